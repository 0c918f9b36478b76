// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { buildChecklist, type Answers, type Locale } from '../../src/rules'
import { pdfContent, type PdfInput } from '../../src/pdf/pdf-content'
import { renderPdf } from '../../src/pdf/render-pdf'
import type { SchoolDetails } from '../../src/documents/school'
import { answers } from '../rules/sample'
import { flat, pdfText } from './pdf-text'
import { findAll, pdfStructure } from './pdf-structure'
import { testFonts } from './test-fonts'
import { BASE_GROUP } from '../../src/pdf/font-coverage'

const fonts = testFonts([BASE_GROUP])
const SCHOOL: SchoolDetails = { teacherName: 'Sanne de Vries', schoolName: 'De Regenboog', defaultRoom: 'lokaal 12' }

/** Everything the teacher could have written: the parent's version must show only what is meant for the parent. */
const HELD: Pick<PdfInput, 'ticks' | 'notes' | 'questions' | 'evaluation' | 'followUp'> = {
  ticks: { 'during.small-talk': true },
  notes: { 'during.small-talk': 'Vader is ziek', 'before.room-and-chairs': 'Lokaal 12 reserveren' },
  questions: [{ id: 'q1', text: 'Kan Anouk extra leesles krijgen?', done: false }],
  evaluation: {
    rating: 'difficult',
    parent: 'Ouder vond het spannend',
    buddy: 'Buddy was kritisch',
    teacher: 'Ik was te gehaast',
    discussed: 'De zorgen over het dyslexieonderzoek',
    agreements: 'Anouk leest elke dag tien minuten thuis.\nOver zes weken praten we verder.',
  },
  followUp: { at: '2026-12-19T14:30', minutes: 30, withBuddy: true },
}
const BEFORE: typeof HELD = { ticks: {}, notes: {}, questions: [], evaluation: {}, followUp: {} }

function parentInput(overrides: Partial<Answers> = {}, after = HELD, locale: Locale = 'nl', school = SCHOOL): PdfInput {
  const given = answers({
    meetingAt: '2026-12-12T15:30',
    sensitiveNews: false,
    purpose: 'hoe het gaat met lezen',
    others: [{ role: 'ib', name: 'mevrouw Jansen' }],
    otherAttendees: 1,
    // The teacher took the suggestion: 30 minutes as usual, 15 more with the buddy and the ib.
    chosenMinutes: 45,
    ...overrides,
  })
  return {
    checklist: buildChecklist(given, { locale }),
    answers: given,
    ...after,
    variant: 'parent',
    school,
    today: '2026-11-29',
  }
}

const pdfOf = (input: PdfInput) => renderPdf(pdfContent(input), fonts)
const textOf = async (input: PdfInput) => flat((await pdfText(await pdfOf(input))).text)

describe('the version for the parent', () => {
  test('holds what it is about, when, where, how long and who comes', async () => {
    const text = await textOf(parentInput())
    expect(text).toContain('Gesprek over Anouk Voor de ouder ')
    expect(text).toContain('Waar gaat het over? Hoe het gaat met lezen')
    expect(text).toContain('Wanneer? Zaterdag 12 december om 15.30 uur')
    expect(text).toContain('Waar? Lokaal 12, De Regenboog')
    expect(text).toContain('Hoe lang? Ongeveer 45 minuten')
    expect(text).toContain(
      'Wie zijn erbij? De leerkracht (Sanne de Vries) en de intern begeleider (mevrouw Jansen) De intern begeleider denkt mee over hoe kinderen op school het best leren.',
    )
    expect(text).toContain('Past deze tijd niet, of hebt u een vraag? Laat het Sanne de Vries dan weten.')
  })

  test('is for the parents, never addressed to the buddy, and never holds the acknowledgement', async () => {
    for (const buddy of ['attending', 'unknown', 'preparing', 'none'] as const)
      for (const parentsAttending of [1, 2] as const) {
        const { info, text } = await pdfText(await pdfOf(parentInput({ buddy, parentsAttending }, BEFORE)))
        const audience = parentsAttending === 2 ? 'Voor de ouders' : 'Voor de ouder'
        // The title and the line under it, then straight to the plan: nobody else is addressed.
        expect(flat(text)).toContain(`Gesprek over Anouk ${audience} Waar gaat het over?`)
        expect(info).toMatchObject({ Subject: audience })
        expect(flat(text)).not.toMatch(/Afke Persoon|orthopedagoog/)
      }
  })

  test('with sensitive news holds the subject for the parent, or none, never the teacher’s own; the first part is alone with the parent', async () => {
    const sensitive = { sensitiveNews: true, purpose: 'mogelijke dyslexie' }
    const general = await textOf(parentInput({ ...sensitive, parentSubject: 'hoe het gaat met lezen' }, BEFORE))
    expect(general).toContain('Waar gaat het over? Hoe het gaat met lezen')
    expect(general).toContain(
      'Eerst praat Sanne de Vries alleen met u. Om ongeveer 15.50 uur kan uw buddy erbij komen.',
    )
    expect(general).not.toContain('bespreek ze met uw buddy')
    const none = await textOf(parentInput(sensitive, BEFORE))
    expect(none).not.toContain('Waar gaat het over')
    for (const text of [general, none, await textOf(parentInput(sensitive, HELD))])
      expect(text).not.toContain('dyslexie')
  })

  test('holds none of the teacher’s checklist, coaching, sensitive intentions, notes or rating', async () => {
    const input = parentInput({ sensitiveNews: true, buddy: 'unknown' })
    const text = await textOf(input)
    for (const item of input.checklist.phases.flatMap((phase) => phase.items)) {
      expect(text, item.id).not.toContain(item.title)
      expect(text, item.id).not.toContain(item.text)
      for (const script of item.scripts) expect(text, item.id).not.toContain(script.text)
    }
    for (const never of [
      'gevoelig',
      'Gevoelig',
      'Wat je kunt zeggen',
      'Notitie',
      'Vader is ziek',
      'Lokaal 12 reserveren',
      'Hoe ging het',
      'Moeizaam',
      'Ouder vond het spannend',
      'Buddy was kritisch',
      'Ik was te gehaast',
      'dyslexieonderzoek',
      'Kan Anouk extra leesles krijgen?',
      'Vragen voor later',
      'uit de handreiking',
      'Waarom staat dit hier',
    ])
      expect(text).not.toContain(never)
    // The sheet is thanked on the teacher's own documents, not on the parent's (review 3, #1).
    expect(text).not.toContain('Afke Persoon')
  })

  test('after the conversation holds the agreements and the next appointment', async () => {
    const text = await textOf(parentInput())
    expect(text).toContain(
      'Wat we hebben afgesproken Anouk leest elke dag tien minuten thuis. Over zes weken praten we verder. Opgeschreven door Sanne de Vries.',
    )
    expect(text).toContain(
      'Volgende afspraak Wanneer? Zaterdag 19 december om 14.30 uur Waar? Lokaal 12, De Regenboog Hoe lang? Ongeveer 30 minuten Uw buddy is weer van harte welkom.',
    )
    const before = await textOf(parentInput({}, BEFORE))
    expect(before).not.toContain('Wat we hebben afgesproken')
    expect(before).not.toContain('Volgende afspraak')
    const notThere = await textOf(parentInput({ buddy: 'unknown' }, { ...HELD, evaluation: { buddyCame: false } }))
    expect(notThere).toContain('Ongeveer 30 minuten Uw buddy is ook van harte welkom.')
    const alone = await textOf(parentInput({}, { ...HELD, followUp: { at: '2026-12-19T14:30', withBuddy: false } }))
    expect(alone).toContain(
      'Volgende afspraak Wanneer? Zaterdag 19 december om 14.30 uur Waar? Lokaal 12, De Regenboog Uw vragen',
    )
    const unnamed = await textOf(parentInput({}, HELD, 'nl', {}))
    expect(unnamed).toContain('Opgeschreven door de leerkracht van Anouk.')
  })

  test('welcomes the buddy and suggests going over the questions with them, only when a buddy is involved', async () => {
    const attending = await textOf(parentInput({ buddy: 'attending' }, BEFORE))
    expect(attending).toContain('Uw buddy is ook van harte welkom.')
    const unknown = await textOf(parentInput({ buddy: 'unknown' }, BEFORE))
    // Nobody signs a PDF: the parent is told whom to tell by name, never "me".
    expect(unknown).toContain('Komt uw buddy ook? Laat het Sanne de Vries dan even weten.')
    expect(unknown).not.toMatch(/(^|[^\p{L}])me(?!\p{L})/u)
    expect(attending).toContain(
      'Uw vragen Tip: schrijf van tevoren uw vragen op en bespreek ze met uw buddy. Dan vergeet u niets in het gesprek. Hieronder is ruimte om ze op te schrijven.',
    )
    const none = await textOf(parentInput({ buddy: 'none' }, HELD))
    expect(none).toContain('Voor de ouder ')
    expect(none).toContain('Tip: schrijf van tevoren uw vragen op. Dan vergeet u niets in het gesprek.')
    expect(none).not.toMatch(/buddy/i)
  })

  test('after the day of the conversation no longer asks whether the buddy comes to it', async () => {
    const later = { ...parentInput({ buddy: 'unknown' }), today: '2026-12-13' }
    const text = await textOf(later)
    expect(text).not.toContain('Komt uw buddy ook?')
    // What it was: who were there, and no length any more.
    expect(text).toContain('Wie waren erbij? De leerkracht (Sanne de Vries)')
    expect(text).not.toContain('Hoe lang? Ongeveer 45 minuten')
    expect(text).toContain('Ongeveer 30 minuten Uw buddy is ook van harte welkom.')
    const onTheDay = await textOf({ ...parentInput({ buddy: 'unknown' }), today: '2026-12-12' })
    expect(onTheDay).toContain('Komt uw buddy ook?')
  })

  test('speaks in the chosen form, to one parent or two', async () => {
    const jullie = await textOf(parentInput({ address: 'je', parentsAttending: 2, buddy: 'none' }, BEFORE))
    expect(jullie).toContain('Voor de ouders ')
    expect(jullie).toContain('Jullie vragen Tip: schrijf van tevoren jullie vragen op.')
    expect(jullie).toContain('Past deze tijd niet, of hebben jullie een vraag?')
    expect(jullie).not.toMatch(/(^|[^\p{L}])(u|uw|je|jij|jou|jouw)(?!\p{L})/iu)
    const je = await textOf(parentInput({ address: 'je' }, BEFORE))
    expect(je).toContain('Je vragen Tip: schrijf van tevoren je vragen op en bespreek ze met je buddy.')
    expect(je).not.toMatch(/(^|[^\p{L}])(u|uw|jullie)(?!\p{L})/iu)
  })

  test('says what is not known yet, and leaves out what is not there', async () => {
    const text = await textOf(
      parentInput(
        { meetingAt: undefined, purpose: undefined, childName: undefined, others: [], otherAttendees: 0 },
        BEFORE,
        'nl',
        {},
      ),
    )
    expect(text).toContain('Gesprek op school')
    expect(text).toContain('Wanneer? Dat spreken we nog af.')
    expect(text).not.toContain('Waar gaat het over')
    expect(text).not.toContain('Waar?')
    expect(text).toContain('Wie zijn erbij? De leerkracht Uw buddy is ook van harte welkom.')
    expect(text).toContain('Neem dan contact op met de leerkracht.')
    expect(await textOf(parentInput({ room: 'de teamkamer' }, BEFORE))).toContain('Waar? De teamkamer, De Regenboog')
    const reach = await textOf(
      parentInput({}, BEFORE, 'nl', { teacherName: 'juf Sanne', phone: '06-12345678', otherContact: 'de Parro-app' }),
    )
    expect(reach).toContain('Laat het juf Sanne dan weten via 06-12345678 of de Parro-app.')
    const after = await textOf({
      ...parentInput({}, HELD, 'nl', { teacherName: 'juf Sanne', email: 'sanne@school.nl' }),
      today: '2026-12-13',
    })
    expect(after).toContain('Hebt u een vraag over het gesprek? Neem dan contact op met juf Sanne via sanne@school.nl.')
  })

  test('is in English in the English checklist', async () => {
    const text = await textOf(parentInput({}, BEFORE, 'en'))
    expect(text).toContain('Conversation about Anouk For the parent ')
    expect(text).toContain('What is it about? Hoe het gaat met lezen')
    expect(text).toContain(
      'Who will be there? The teacher (Sanne de Vries) and the special needs coordinator (mevrouw Jansen)',
    )
    expect(text).toContain('Tip: write down your questions beforehand and go over them with your buddy.')
  })

  test('is in Dutch when the teacher speaks Dutch with the parent, whatever the language of the app', async () => {
    const input = parentInput({}, BEFORE, 'en')
    const dutch = {
      ...input,
      checklist: buildChecklist(input.answers as Answers, { locale: 'en', scriptLocale: 'nl' }),
    }
    const text = await textOf(dutch)
    expect(text).toContain('Gesprek over Anouk Voor de ouder ')
    expect((await pdfText(await pdfOf(dutch))).info).toMatchObject({ Language: 'nl' })
  })

  test('is tagged, in its language, with a title, headings and the plan as a table', async () => {
    const structure = await pdfStructure(await pdfOf(parentInput()))
    expect(structure.marked).toBe(true)
    expect(structure.language).toBe('nl')
    expect(findAll(structure.pages, 'Document')[0]?.lang).toBe('nl')
    expect(findAll(structure.pages, 'H1').map((h) => h.text)).toEqual(['Gesprek over Anouk'])
    expect(findAll(structure.pages, 'H2').map((h) => h.text)).toEqual([
      'Wat we hebben afgesproken',
      'Volgende afspraak',
      'Uw vragen',
    ])
    const rows = findAll(structure.pages, 'TR').map((tr) => tr.children.map((c) => `${c.role}:${c.text}`))
    expect(rows[0]).toEqual(['TH:Waar gaat het over?', 'TD:Hoe het gaat met lezen'])
    expect(rows.slice(0, 5).map((r) => r[0])).toEqual([
      'TH:Waar gaat het over?',
      'TH:Wanneer?',
      'TH:Waar?',
      'TH:Hoe lang?',
      'TH:Wie zijn erbij?',
    ])
    const { info } = await pdfText(await pdfOf(parentInput({}, BEFORE, 'en')))
    expect(info).toMatchObject({ Title: 'Conversation about Anouk', Language: 'en' })
  })

  test('fits on one page before the conversation', async () => {
    expect((await pdfText(await pdfOf(parentInput({}, BEFORE)))).numPages).toBe(1)
  })
})
