// @vitest-environment node
import { describe, expect, test } from 'vitest'
import {
  BUDDY_VALUES,
  buildCard,
  buildChecklist,
  LIMITS,
  type Answers,
  type Locale,
  type Person,
} from '../../src/rules'
import { cardContent, type CardPdfInput } from '../../src/pdf/card-content'
import { pageCount, renderPdf } from '../../src/pdf/render-pdf'
import { pdfFileName } from '../../src/pdf/file-name'
import { answers } from '../rules/sample'
import { flat, pdfText } from './pdf-text'
import { findAll, pdfStructure } from './pdf-structure'
import { testFonts } from './test-fonts'
import { checklistDocument } from './render'

const fonts = testFonts()

/** A name as long as the wizard allows. */
const LONG_NAME = 'Maximiliaan-Alexander Johannes Christiaan van den Oudenhoven Bakker'.slice(0, LIMITS.childName.max)

function input(given: Answers, extra: Partial<CardPdfInput> = {}, locale: Locale = 'nl'): CardPdfInput {
  return {
    checklist: buildChecklist(given, { locale }),
    card: buildCard(given, { locale }),
    answers: given,
    notes: {},
    questions: [],
    cardNotes: '',
    school: {},
    today: '2026-11-29',
    ...extra,
  }
}

const cardPdf = (given: Answers, extra: Partial<CardPdfInput> = {}, locale: Locale = 'nl') =>
  renderPdf(cardContent(input(given, extra, locale)), fonts)

/** The minutes of the agenda's rows as printed: "Welkom en praatje · 5 min". */
const agendaMinutes = (text: string) => [...flat(text).matchAll(/· (\d+) min(?!\p{L})/gu)].map((m) => Number(m[1]))

/** Who else comes: nobody, one from school, a tolk, or three with a tolk among them. */
const OTHERS: Person[][] = [
  [],
  [{ role: 'ib', name: 'mevrouw Jansen' }],
  [{ role: 'interpreter', language: 'Turks' }],
  [{ role: 'ib' }, { role: 'interpreter', name: 'meneer Yılmaz', language: 'Turks' }, { role: 'colleague' }],
]

/** Every combination of the answers that change the card's length, with the longest name. */
function combinations(buddy: Answers['buddy']): Answers[] {
  return [true, false].flatMap((sensitiveNews) =>
    ([1, 2] as const).flatMap((parentsAttending) =>
      OTHERS.flatMap((others) =>
        [10, 30, 90].flatMap((expectedMinutes) =>
          [false, true].map((suggestionTaken) => {
            const given = answers({
              buddy,
              sensitiveNews,
              parentsAttending,
              otherAttendees: others.length,
              others,
              expectedMinutes,
              childName: LONG_NAME,
              meetingAt: '2026-12-12T15:30',
            })
            return suggestionTaken ? { ...given, chosenMinutes: buildChecklist(given).suggestedMinutes } : given
          }),
        ),
      ),
    ),
  )
}

describe('the conversation card PDF', () => {
  test.each(BUDDY_VALUES)(
    'is one A4 page whose agenda adds up to the planned minutes, for every combination with buddy = %s',
    { timeout: 240_000 },
    async (buddy) => {
      expect(LONG_NAME).toHaveLength(60)
      for (const given of combinations(buddy)) {
        const label = JSON.stringify(given)
        const { numPages, text } = await pdfText(await cardPdf(given))
        expect(numPages, label).toBe(1)
        const planned = buildChecklist(given).plannedMinutes
        expect(
          agendaMinutes(text).reduce((a, b) => a + b, 0),
          label,
        ).toBe(planned)
        const all = flat(text)
        for (const opening of buildCard(given).openings) {
          if (opening.heading) expect(all, label).toContain(opening.heading)
          for (const script of opening.scripts) expect(all, label).toContain(`‘${script.text}’`)
        }
        if (given.childName) expect(all, label).toContain(given.childName)
      }
    },
  )

  test('is one page for the richest cards in English and in the je-form too', { timeout: 60_000 }, async () => {
    for (const buddy of ['attending', 'unknown'] as const)
      for (const address of ['u', 'je'] as const)
        for (const locale of ['nl', 'en'] as const) {
          const given = answers({ buddy, address, parentsAttending: 2, otherAttendees: 3, childName: LONG_NAME })
          expect(pageCount(cardContent(input(given, {}, locale)), fonts), `${buddy} ${address} ${locale}`).toBe(1)
        }
  })

  test.each(['Ayşe Łukasiewicz', 'Zoë-Élodie'])('holds the name %s exactly', async (name) => {
    const { text } = await pdfText(await cardPdf(answers({ childName: name })))
    expect(text.split('\n')).toContain(`Kind ${name}`)
    expect(flat(text)).toContain(`in het belang van ${name}…`)
    expect(flat(text)).toContain(`Wat we op school doen voor ${name}`)
  })

  test('holds who, when and where, the opening sentences, the timed agenda and the reminders, in order', async () => {
    const given = answers({
      parentsAttending: 2,
      otherAttendees: 1,
      meetingAt: '2026-12-12T15:30',
      chosenMinutes: 45,
      sensitiveNews: false,
    })
    const { text } = await pdfText(
      await cardPdf(given, { notes: { 'before.room-and-chairs': 'Lokaal 12, de kleine tafel' } }),
    )
    const lines = text.split('\n')
    expect(lines).toEqual(
      expect.arrayContaining([
        'Gesprekskaart',
        'Kind Anouk',
        'Wanneer zaterdag 12 december 2026 om 15:30',
        'Duur 45 minuten',
        'Ruimte Lokaal 12, de kleine tafel · 5 stoelen',
        '1. 15:30–15:35 Voorstellen: wie is wie en waarom zijn we hier · 5 min',
        '2. 15:35–15:40 Welkom en praatje · 5 min',
        '6. 16:10–16:15 Samen terugkijken · 5 min',
        '• Kijk de ouders aan en stel je vragen aan de ouders.',
      ]),
    )
    const all = flat(text)
    expect(all).toContain('Wie zijn erbij Jij, de ouders, de ouderbuddy en een collega van school')
    expect(all).toContain(
      'Tegen de ouders: ‘Vindt u het goed dat de buddy hoort wat we over Anouk bespreken?’ (voorbeeld van de app)',
    )
    expect(all).toContain('Tegen de buddy: ‘We zijn hier met vijf mensen aanwezig')
    expect(all).toContain('in het belang van Anouk…’ (uit de handreiking)')
    const order = ['Zo kun je beginnen', 'Agenda', 'Denk aan', 'Vraag voor later', 'Aantekeningen', 'Bron:']
    expect(order.map((heading) => all.indexOf(heading))).toEqual(
      [...order.map((heading) => all.indexOf(heading))].sort((a, b) => a - b),
    )
    expect(all).toContain('Met dank aan Afke Persoon, orthopedagoog,')
  })

  test('leaves out the opening sentences when there are none, and the clock times when the time is not known', async () => {
    const all = flat((await pdfText(await cardPdf(answers({ buddy: 'none', sensitiveNews: false })))).text)
    expect(all).not.toContain('Zo kun je beginnen')
    expect(all).toContain('1. Welkom en praatje · 5 min')
    expect(all).toContain('Wanneer Nog niet ingevuld.')
    // No buddy, apart from the title of the sheet it cites.
    expect(all.replace('met een ouder en ouderbuddy’.', '')).not.toMatch(/buddy/i)
  })

  test('holds the open questions, not the ones done, and the notes typed so far, on the one page', async () => {
    const { numPages, text } = await pdfText(
      await cardPdf(answers({ parentsAttending: 2, otherAttendees: 3, childName: LONG_NAME }), {
        questions: [
          { id: 'q1', text: 'Kan Anouk extra leesles krijgen?', done: false },
          { id: 'q2', text: 'Wanneer is de toets?', done: true },
          { id: 'q3', text: 'Mag de buddy de map zien?', done: false },
        ],
        cardNotes: 'Moeder wil een vervolg in januari.',
      }),
    )
    expect(numPages).toBe(1)
    const all = flat(text)
    expect(all).toContain('• Kan Anouk extra leesles krijgen?')
    expect(all).toContain('• Mag de buddy de map zien?')
    expect(all).not.toContain('Wanneer is de toets?')
    expect(all).toContain('Aantekeningen Moeder wil een vervolg in januari.')
  })

  test('never cuts what the teacher typed: very long notes go on to a second page', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Zin ${i + 1} van de aantekeningen.`).join(' ')
    const { numPages, text } = await pdfText(await cardPdf(answers(), { cardNotes: long }))
    expect(numPages).toBe(2)
    expect(flat(text)).toContain('Zin 120 van de aantekeningen.')
  })

  test('is tagged: a title, the sections as headings, the agenda as an ordered list, in Dutch', async () => {
    const structure = await pdfStructure(
      await cardPdf(answers({ meetingAt: '2026-12-12T15:30', chosenMinutes: 45, sensitiveNews: false })),
    )
    expect(structure.language).toBe('nl')
    expect(findAll(structure.pages, 'H1').map((h) => h.text)).toEqual(['Gesprekskaart'])
    expect(findAll(structure.pages, 'H2').map((h) => h.text)).toEqual([
      'Zo kun je beginnen',
      'Agenda',
      'Denk aan',
      'Vraag voor later',
      'Aantekeningen',
    ])
    const agenda = findAll(structure.pages, 'L')[1]!
    expect(agenda.children[0]!.text).toBe('1. 15:30–15:35 Welkom en praatje · 5 min')
  })

  test('speaks English in the English card', async () => {
    const { text, info } = await pdfText(await cardPdf(answers({ buddy: 'none', sensitiveNews: false }), {}, 'en'))
    expect(info).toMatchObject({ Title: 'Conversation card', Language: 'en' })
    expect(flat(text)).toContain('Keep in mind')
    expect(flat(text)).toContain('1. Welcome and small talk · 5 min')
    expect(flat(text)).toContain('Who will be there You and the parent')
  })

  test('says before each opening sentence whom it is for, under when it is said, in the agenda’s order', async () => {
    const given = answers({ sensitiveNews: true, otherAttendees: 1, others: [{ role: 'interpreter' }] })
    const structure = await pdfStructure(await cardPdf(given))
    expect(findAll(structure.pages, 'H3').map((h) => h.text)).toEqual(['Als de buddy erbij komt:'])
    const all = flat((await pdfText(await cardPdf(given))).text)
    const said = [
      'Tegen iedereen: ‘De tolk vertaalt alles',
      'Tegen de ouder: ‘Ik wil eerst graag even alleen met u praten.',
      'Tegen de buddy: ‘Ik praat eerst even alleen met de ouder.',
      'Tegen de ouder: ‘Ik wil u iets vertellen over Anouk',
      'Als de buddy erbij komt:',
      'Tegen de buddy: ‘We zijn hier met vier mensen',
    ]
    expect(said.map((text) => all.indexOf(text))).toEqual(said.map((text) => all.indexOf(text)).sort((a, b) => a - b))
    expect(said.every((text) => all.includes(text))).toBe(true)
  })

  test('is named after the card, the child and the day', () => {
    expect(pdfFileName('Anouk', '2026-12-12', 'card')).toBe('oudergesprek-gesprekskaart-anouk-2026-12-12.pdf')
    expect(pdfFileName(undefined, '2026-11-29', 'card')).toBe('oudergesprek-gesprekskaart-2026-11-29.pdf')
  })
})

describe('the checklist PDF', () => {
  test('carries the notes typed on the card in the own version, not in the version to share', async () => {
    const given = answers()
    const make = (variant: 'own' | 'colleague') =>
      renderPdf(checklistDocument(given, { card: { notes: 'Moeder wil een vervolg in januari.' }, variant }), fonts)
    expect(flat((await pdfText(await make('own'))).text)).toContain(
      'Aantekeningen tijdens het gesprek Moeder wil een vervolg in januari.',
    )
    expect(flat((await pdfText(await make('colleague'))).text)).not.toContain('Moeder wil een vervolg')
  })
})
