// @vitest-environment node
import { describe, expect, test } from 'vitest'
import type { PdfBlock } from '../../src/pdf/document'
import { pageCount } from '../../src/pdf/render-pdf'
import { findAll, pdfStructure } from './pdf-structure'
import { pdfText } from './pdf-text'
import { documentOf, renderBlocks } from './render'
import { testFonts } from './test-fonts'

const fonts = testFonts(['noto-sans-latin'])

/** A conversation card as a later screen will build it: one A4 page, made from blocks only. */
function card(reminders: number): PdfBlock[] {
  return [
    { kind: 'heading', level: 1, text: 'Gesprekskaart: Anouk' },
    { kind: 'rows', rows: [{ label: 'Wie komen er', value: 'Moeder, de buddy, de intern begeleider' }] },
    { kind: 'heading', level: 2, text: 'Openingszinnen' },
    { kind: 'paragraph', text: '‘Fijn dat u er bent. We hebben een half uur.’' },
    { kind: 'heading', level: 2, text: 'Denk aan' },
    {
      kind: 'list',
      ordered: false,
      items: Array.from({ length: reminders }, (_, i) => ({ text: `Korte herinnering ${i + 1}` })),
    },
    { kind: 'heading', level: 2, text: 'Agenda' },
    {
      kind: 'list',
      ordered: true,
      items: [
        { lead: '15:30', text: 'Welkom en praatje' },
        { lead: '15:35', text: 'Wat we zien in de klas' },
        { lead: '15:50', text: 'Afspraken' },
      ],
    },
    { kind: 'heading', level: 2, text: 'Notities' },
    { kind: 'lines', count: 'fill' },
  ]
}

describe('the document blocks', () => {
  test('a card with seven reminders fits on one page, compact or not, ruled to the bottom', async () => {
    expect(pageCount(documentOf(card(7), { compact: true }), fonts)).toBe(1)
    expect(pageCount(documentOf(card(7)), fonts)).toBe(1)
    expect(pageCount(documentOf(card(60)), fonts)).toBeGreaterThan(1)
  })

  test('compact type fits a card on one page that would otherwise take two', () => {
    const sizes = Array.from({ length: 40 }, (_, i) => i + 8)
    const pages = (reminders: number, compact: boolean) => pageCount(documentOf(card(reminders), { compact }), fonts)
    const helped = sizes.filter((n) => pages(n, true) === 1 && pages(n, false) === 2)
    expect(helped.length).toBeGreaterThan(3)
  })

  test('an agenda is an ordered list whose items carry their number and their time', async () => {
    const bytes = await renderBlocks(card(3), fonts)
    const { pages } = await pdfStructure(bytes)
    const lists = findAll(pages, 'L')
    const agenda = lists[1]!.children.map((li) => li.text)
    expect(agenda).toEqual(['1. 15:30 Welkom en praatje', '2. 15:35 Wat we zien in de klas', '3. 15:50 Afspraken'])
    expect(lists[0]!.children.map((li) => li.children[0]?.text)).toEqual(['•', '•', '•'])
    expect((await pdfText(bytes)).pages[0]!.split('\n')).toEqual(
      expect.arrayContaining(['• Korte herinnering 1', '1. 15:30 Welkom en praatje', '3. 15:50 Afspraken']),
    )
  })

  test('an example sentence shows where it comes from when that is known', async () => {
    const item = (origin: string | null) => ({
      kind: 'checklist' as const,
      stateLabels: { checked: 'Gedaan', unchecked: 'Niet gedaan' },
      items: [
        {
          checked: false,
          title: 'Begin met een praatje',
          scriptsLabel: 'Wat je kunt zeggen',
          scripts: [{ text: '‘Fijn dat u er bent.’', origin }],
          note: null,
        },
      ],
    })
    const withOrigin = (await pdfText(await renderBlocks([item('uit de handreiking')], fonts))).pages[0]!
    expect(withOrigin.split('\n')).toEqual(expect.arrayContaining(['‘Fijn dat u er bent.’', 'uit de handreiking']))
    const without = (await pdfText(await renderBlocks([item(null)], fonts))).pages[0]!
    expect(without).toContain('‘Fijn dat u er bent.’')
    expect(without).not.toContain('handreiking')
  })

  test('a heading never ends a page: it moves on with the first thing under it', async () => {
    // Whatever the text before it, the heading and the line under it share a page.
    for (let lines = 36; lines <= 46; lines++) {
      const filler: PdfBlock[] = Array.from({ length: lines }, (_, i) => ({
        kind: 'paragraph',
        text: `Regel ${i + 1}`,
      }))
      const blocks: PdfBlock[] = [
        ...filler,
        { kind: 'heading', level: 2, text: 'Kopje' },
        { kind: 'paragraph', text: 'Eronder' },
      ]
      const { pages } = await pdfText(await renderBlocks(blocks, fonts))
      const page = pages.find((p) => p.includes('Kopje'))!.split('\n')
      expect(page[page.indexOf('Kopje') + 1], `after ${lines} lines`).toBe('Eronder')
    }
  })

  test('numbers every page in the footer', async () => {
    const filler: PdfBlock[] = Array.from({ length: 120 }, (_, i) => ({ kind: 'paragraph', text: `Regel ${i + 1}` }))
    const { pages } = await pdfText(await renderBlocks(filler, fonts))
    expect(pages.length).toBeGreaterThan(2)
    pages.forEach((page, i) => expect(page).toContain(`Pagina ${i + 1} van ${pages.length}`))
  })
})

describe('ruled lines that fill the page', () => {
  test('stop where what follows them still fits, so a source at the page end stays on the page', async () => {
    const blocks: PdfBlock[] = [
      { kind: 'heading', level: 1, text: 'Gesprekskaart' },
      { kind: 'heading', level: 2, text: 'Aantekeningen' },
      { kind: 'lines', count: 'fill' },
      { kind: 'paragraph', tone: 'muted', atPageEnd: true, text: 'Bron: de handreiking.' },
      { kind: 'paragraph', tone: 'muted', text: 'Met dank aan Afke Persoon.' },
    ]
    for (const compact of [false, true]) {
      const { numPages, pages } = await pdfText(await renderBlocks(blocks, fonts, { compact }))
      expect(numPages).toBe(1)
      expect(pages[0]).toContain('Met dank aan Afke Persoon.')
    }
    const filled = pageCount(documentOf(blocks.slice(0, 3)), fonts)
    expect(filled).toBe(1)
  })
})
