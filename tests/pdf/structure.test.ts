// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { buildChecklist } from '../../src/rules'
import { pdfContent } from '../../src/pdf/pdf-content'
import { renderPdf } from '../../src/pdf/render-pdf'
import { answers } from '../rules/sample'
import { findAll, pdfStructure } from './pdf-structure'
import { testFonts } from './test-fonts'

const fonts = testFonts()

async function checklistPdf(locale: 'nl' | 'en' = 'nl') {
  const given = answers({ meetingAt: '2026-12-12T15:30' })
  const checklist = buildChecklist(given, { locale })
  const document = pdfContent({
    checklist,
    answers: given,
    ticks: { 'during.small-talk': true },
    notes: { 'during.small-talk': 'Vragen naar de verhuizing' },
    questions: [{ id: 'q1', text: 'Kan Anouk extra leesles krijgen?', done: false }],
    evaluation: {},
    followUp: {},
    variant: 'own',
    today: '2026-11-29',
  })
  return { checklist, structure: await pdfStructure(await renderPdf(document, fonts)) }
}

describe('the tagged PDF', () => {
  test('is marked as tagged, with the language set on the document and in its structure', async () => {
    const { structure } = await checklistPdf()
    expect(structure.marked).toBe(true)
    expect(structure.language).toBe('nl')
    expect(findAll(structure.pages, 'Document')[0]?.lang).toBe('nl')
    expect((await checklistPdf('en')).structure.language).toBe('en')
  })

  test('holds the title and the phase headings in reading order', async () => {
    const { structure } = await checklistPdf()
    expect(findAll(structure.pages, 'H1').map((h) => h.text)).toEqual(['Voorbereiding oudergesprek'])
    expect(findAll(structure.pages, 'H2').map((h) => h.text)).toEqual([
      'Voor het gesprek',
      'Tijdens het gesprek',
      'Na het gesprek',
      'Aantekeningen tijdens het gesprek',
      'Vragen voor later',
    ])
  })

  test('tags every checklist item as a list item, in the checklist’s order, with its box read as done or not', async () => {
    const { structure, checklist } = await checklistPdf()
    const items = findAll(structure.pages, 'LI').filter((li) => li.children.some((c) => c.role === 'Lbl'))
    const expected = [
      ...checklist.phases.flatMap((p) => p.items.map((i) => i.title)),
      'Kan Anouk extra leesles krijgen?',
    ]
    expect(items.map((li) => li.children.find((c) => c.role === 'LBody')?.children[0]?.text)).toEqual(expected)
    const state = (title: string) =>
      items.find((li) => li.text.startsWith(title))?.children.find((c) => c.role === 'Lbl')?.alt
    expect(state('Begin met een praatje')).toBe('Gedaan')
    expect(state('Laat weten dat de buddy welkom is')).toBe('Nog niet gedaan')
    expect(state('Kan Anouk extra leesles krijgen?')).toBe('Nog niet gedaan')
  })

  test('keeps an item’s title, text, example sentences and note together in its body, as paragraphs', async () => {
    const { structure, checklist } = await checklistPdf()
    const body = (title: string) =>
      findAll(structure.pages, 'LI')
        .find((li) => li.text.startsWith(title))!
        .children.find((c) => c.role === 'LBody')!.children
    const smallTalk = checklist.phases[1]!.items.find((i) => i.id === 'during.small-talk')!
    expect(body('Begin met een praatje').map((p) => `${p.role}:${p.text}`)).toEqual([
      'P:Begin met een praatje',
      `P:${smallTalk.text}`,
      'P:Notitie: Vragen naar de verhuizing',
    ])
    const otherStart = checklist.phases[1]!.items.find((i) => i.title === 'Begin anders als de buddy erbij is')!
    expect(body(otherStart.title).map((p) => p.text)).toEqual([
      otherStart.title,
      otherStart.text,
      'Wat je kunt zeggen',
      ...otherStart.scripts.map(
        (script) => `‘${script.text}’ ${script.origin === 'sheet' ? 'uit de handreiking' : 'voorbeeld van de app'}`,
      ),
    ])
  })

  test('gives the plan as a table of labels and values', async () => {
    const { structure } = await checklistPdf()
    const rows = findAll(structure.pages, 'TR').map((tr) => tr.children.map((c) => `${c.role}:${c.text}`))
    expect(rows[0]).toEqual(['TH:Datum en tijd', 'TD:zaterdag 12 december 2026 om 15:30'])
    expect(rows.map((r) => r[0])).toEqual(['TH:Datum en tijd', 'TH:Duur', 'TH:Stoelen'])
  })

  test('leaves the footer out of the structure: it is decoration, not content', async () => {
    const { structure } = await checklistPdf()
    const all = structure.pages.map((p) => p.text).join(' ')
    expect(all).toContain('Bron: ‘Handreikingen')
    expect(all).not.toContain('Pagina 1 van')
    expect(all).not.toContain('Gemaakt op')
  })
})
