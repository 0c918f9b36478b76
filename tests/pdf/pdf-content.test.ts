// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { buildChecklist, guidance } from '../../src/rules'
import type { PdfInput } from '../../src/pdf/pdf-content'
import type { PdfBlock } from '../../src/pdf/document'
import { answers } from '../rules/sample'
import { checklistDocument } from './render'

// What goes on paper, read from the document before it is drawn: fast, and exact about each block.

function content(overrides: Partial<PdfInput> = {}, locale: 'nl' | 'en' = 'nl') {
  return checklistDocument(answers({ meetingAt: '2026-12-12T15:30' }), overrides, locale)
}

/** The blocks after the heading with this text, up to the next heading. */
function section(blocks: PdfBlock[], heading: string): PdfBlock[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading)
  expect(start, heading).toBeGreaterThanOrEqual(0)
  const rest = blocks.slice(start + 1)
  const end = rest.findIndex((b) => b.kind === 'heading')
  return end < 0 ? rest : rest.slice(0, end)
}

const items = (blocks: PdfBlock[]) => blocks.flatMap((b) => (b.kind === 'checklist' ? b.items : []))
const rows = (blocks: PdfBlock[]) => blocks.flatMap((b) => (b.kind === 'rows' ? b.rows : []))

describe('the checklist PDF’s content', () => {
  test('numbers its pages “Pagina n van totaal” and says on which day it was made', () => {
    expect(content().footer).toEqual({ text: 'Gemaakt op 29 november 2026', pageTemplate: 'Pagina {n} van {total}' })
  })

  test('ends with the source and the acknowledgement, small and grey, the source at the foot of the last page', () => {
    expect(content().blocks.slice(-2)).toEqual([
      { kind: 'paragraph', tone: 'muted', atPageEnd: true, text: `Bron: ‘${guidance.title.nl}’.` },
      { kind: 'paragraph', tone: 'muted', text: guidance.acknowledgement.nl },
    ])
  })

  test('says the example sentences are in Dutch when an English checklist keeps them in Dutch', () => {
    const given = answers({ meetingAt: '2026-12-12T15:30' })
    const dutchScripts = content({ checklist: buildChecklist(given, { locale: 'en', scriptLocale: 'nl' }) }, 'en')
    const labels = new Set(items(dutchScripts.blocks).flatMap((i) => (i.scriptsLabel ? [i.scriptsLabel] : [])))
    expect([...labels]).toEqual(['What you can say (in Dutch)'])
    const english = new Set(items(content({}, 'en').blocks).flatMap((i) => (i.scriptsLabel ? [i.scriptsLabel] : [])))
    expect([...english]).toEqual(['What you can say'])
  })

  test('gives a note without the spaces typed around it', () => {
    const { blocks } = content({ notes: { 'during.small-talk': '  Vragen naar de verhuizing \n' } })
    const item = items(blocks).find((i) => i.title === buildChecklist(answers()).phases[1]!.items[0]!.title)
    expect(item?.note).toBe('Notitie: Vragen naar de verhuizing')
  })

  test('puts the card’s notes, trimmed, under “Aantekeningen tijdens het gesprek”, and lines to write on', () => {
    const withNotes = section(
      content({ card: { notes: '  Moeder wil een vervolg  ' } }).blocks,
      'Aantekeningen tijdens het gesprek',
    )
    expect(withNotes).toEqual([
      { kind: 'paragraph', text: 'Moeder wil een vervolg' },
      { kind: 'lines', count: 8 },
    ])
    const emptyCard = section(content({ card: {} }).blocks, 'Aantekeningen tijdens het gesprek')
    expect(emptyCard).toEqual([{ kind: 'lines', count: 8 }])
  })

  test('leaves room for questions to come back to: five lines with none, fewer as questions fill it, at least two', () => {
    const question = (n: number, done = false) => ({ id: `q${n}`, text: `Vraag ${n}`, done })
    const later = (count: number) =>
      section(
        content({ questions: Array.from({ length: count }, (_, i) => question(i + 1, i === 0)) }).blocks,
        'Vragen voor later',
      ).filter((b) => b.kind !== 'paragraph')
    expect(later(0)).toEqual([{ kind: 'lines', count: 5 }])
    const one = later(1)
    expect(one).toEqual([
      {
        kind: 'checklist',
        stateLabels: { checked: 'Gedaan', unchecked: 'Nog niet gedaan' },
        items: [{ checked: true, title: 'Vraag 1', scripts: [], note: null }],
      },
      { kind: 'lines', count: 4 },
    ])
    expect(later(3).at(-1)).toEqual({ kind: 'lines', count: 2 })
    expect(later(6).at(-1)).toEqual({ kind: 'lines', count: 2 })
  })

  test('in the evaluation, names the parents “Ouders” when two came and “Ouder” when one did', () => {
    const evaluation = { parent: 'Opgelucht' }
    const two = checklistDocument(answers({ parentsAttending: 2 }), { evaluation }, 'nl')
    expect(rows(section(two.blocks, 'Evaluatie'))).toContainEqual({ label: 'Ouders', value: 'Opgelucht' })
    const one = checklistDocument(answers({ parentsAttending: 1 }), { evaluation }, 'nl')
    expect(rows(section(one.blocks, 'Evaluatie'))).toContainEqual({ label: 'Ouder', value: 'Opgelucht' })
  })

  test('gives the evaluation without the spaces typed around it, and leaves out what holds only spaces', () => {
    const { blocks } = content({ evaluation: { discussed: '  Het lezen  ', agreements: '   ' } })
    expect(rows(section(blocks, 'Evaluatie'))).toEqual([{ label: 'Besproken', value: 'Het lezen' }])
  })
})
