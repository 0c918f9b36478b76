import { describe, expect, test } from 'vitest'
import { BUDDY_VALUES, buildCard, buildChecklist, guidance, MAX_REMINDERS, type Answers } from '../../src/rules'
import { answers } from './sample'

const ALL_REMINDERS = {
  parentInCharge: 'Kijk de ouder aan en stel je vragen aan de ouder.',
  buddySuggestions: 'Leg elk voorstel van de buddy aan de ouder voor.',
  noBuddyContact: 'Zeg: ik neem altijd contact op met de ouder zelf, niet met de buddy.',
  school: 'Vertel precies wat je doet voor Anouk.',
  empathy: 'Luister naar de zorg en laat er ruimte voor.',
  questions: 'Moedig vragen aan en waardeer elke vraag.',
  honest: 'Wees eerlijk over wat haalbaar is.',
  later: 'Weet je het niet? Zeg dat je erop terugkomt.',
  sensitive: 'Gevoelig nieuws: vertel het eerst zonder de buddy erbij.',
  smallTalk: 'Begin met een praatje.',
}
const R = ALL_REMINDERS

describe('the reminders on the card', () => {
  test.each<[string, Partial<Answers>, string[]]>([
    [
      'buddy comes, sensitive news',
      { buddy: 'attending', sensitiveNews: true },
      [R.parentInCharge, R.buddySuggestions, R.noBuddyContact, R.school, R.empathy, R.questions, R.honest],
    ],
    [
      'buddy may come',
      { buddy: 'unknown', sensitiveNews: false },
      [R.parentInCharge, R.buddySuggestions, R.noBuddyContact, R.school, R.empathy, R.questions, R.honest],
    ],
    [
      'buddy only prepares, sensitive news',
      { buddy: 'preparing', sensitiveNews: true },
      [R.parentInCharge, R.school, R.empathy, R.questions, R.honest, R.later, R.sensitive],
    ],
    [
      'buddy only prepares',
      { buddy: 'preparing', sensitiveNews: false },
      [R.parentInCharge, R.school, R.empathy, R.questions, R.honest, R.later, R.smallTalk],
    ],
    [
      'no buddy, sensitive news',
      { buddy: 'none', sensitiveNews: true },
      [R.parentInCharge, R.school, R.empathy, R.questions, R.honest, R.later, R.smallTalk],
    ],
  ])('%s: the first seven that apply, most important first', (_, given, expected) => {
    expect(buildCard(answers(given)).reminders).toEqual(expected)
  })

  test('never more than seven, each from an item that applies', () => {
    for (const a of families()) {
      const card = buildCard(a)
      const ids = new Set(buildChecklist(a).phases.flatMap((phase) => phase.items.map((item) => item.id)))
      expect(card.reminders.length).toBeLessThanOrEqual(MAX_REMINDERS)
      expect(card.reminders.length).toBeGreaterThan(0)
      for (const text of card.reminders) {
        const parentWord = a.parentsAttending === 2 ? 'de ouders' : 'de ouder'
        const source = guidance.card.reminders.find(
          (r) => r.text.nl.replace('{child}', 'Anouk').replaceAll('{parentWord}', parentWord) === text,
        )!
        expect(ids.has(source.item), text).toBe(true)
      }
    }
  })

  test('name two parents as “de ouders”', () => {
    const card = buildCard(answers({ buddy: 'attending', parentsAttending: 2 }))
    expect(card.reminders.slice(0, 3)).toEqual([
      'Kijk de ouders aan en stel je vragen aan de ouders.',
      'Leg elk voorstel van de buddy aan de ouders voor.',
      'Zeg: ik neem altijd contact op met de ouders zelf, niet met de buddy.',
    ])
    const english = buildCard(answers({ buddy: 'attending', parentsAttending: 2 }), { locale: 'en' })
    expect(english.reminders[0]).toBe('Look at the parents and put your questions to them.')
  })

  test('speak English in the English card, with the child’s name or the neutral word', () => {
    const card = buildCard(answers({ buddy: 'none', childName: undefined }), { locale: 'en' })
    expect(card.reminders[0]).toBe('Look at the parent and put your questions to them.')
    expect(card.reminders).toContain('Say exactly what you do for the child.')
  })
})

describe('the opening sentences on the card', () => {
  test('with sensitive news and the buddy coming: first the parent alone, then the opening with the buddy', () => {
    const card = buildCard(answers({ buddy: 'attending', sensitiveNews: true, parentsAttending: 2 }))
    expect(card.openings).toEqual([
      {
        text: 'Ik wil eerst graag even alleen met u praten. Daarna kan de buddy erbij komen.',
        origin: 'suggestion',
      },
      {
        text: 'Ik praat eerst even alleen met de ouders. Wilt u zolang op de gang wachten? Ik haal u er zo bij. Dank u wel.',
        origin: 'suggestion',
      },
      {
        text: 'We zijn hier met vier mensen aanwezig, wat mooi om te zien dat u als ouderbuddy ook aanwezig bent in het belang van Anouk…',
        origin: 'sheet',
      },
      {
        text: 'We zijn hier allemaal om te zorgen dat het met Anouk goed gaat. U bent als ouders het belangrijkst. Het gaat om uw kind.',
        origin: 'sheet',
      },
    ])
  })

  test('in the je-form to two parents, as the checklist says them', () => {
    const given = answers({ buddy: 'attending', sensitiveNews: false, parentsAttending: 2, address: 'je' })
    const opening = buildChecklist(given).phases[1]!.items.find((i) => i.id === 'during.opening-with-buddy')!
    expect(buildCard(given).openings).toEqual(opening.scripts)
    expect(buildCard(given).openings[1]!.text).toContain('Jullie als ouders zijn de belangrijksten')
  })

  test.each<Partial<Answers>>([
    { buddy: 'preparing', sensitiveNews: true },
    { buddy: 'preparing', sensitiveNews: false },
    { buddy: 'none', sensitiveNews: true },
  ])('are none when no buddy is in the room (%j)', (given) => {
    expect(buildCard(answers(given)).openings).toEqual([])
  })
})

describe('the agenda on the card', () => {
  const ids = (a: Answers) => buildCard(a).agenda.map((row) => row.id)

  test('follows the items that apply: talking alone first only with sensitive news and a buddy in the room, with one parent or both', () => {
    const all = ['welcome', 'parent-alone', 'school', 'questions', 'agreements', 'evaluate']
    const without = all.filter((id) => id !== 'parent-alone')
    expect(ids(answers({ buddy: 'attending', sensitiveNews: true }))).toEqual(all)
    expect(ids(answers({ buddy: 'unknown', sensitiveNews: true }))).toEqual(all)
    const both = all.map((id) => (id === 'parent-alone' ? 'parents-alone' : id))
    expect(ids(answers({ buddy: 'attending', sensitiveNews: true, parentsAttending: 2 }))).toEqual(both)
    expect(ids(answers({ buddy: 'attending', sensitiveNews: false }))).toEqual(without)
    expect(ids(answers({ buddy: 'preparing', sensitiveNews: true }))).toEqual(without)
    expect(ids(answers({ buddy: 'none', sensitiveNews: true }))).toEqual(without)
  })

  test('adds up to the planned minutes, buffer included, for every family and length', () => {
    for (const a of families())
      for (const expectedMinutes of [5, 7, 10, 13, 30, 45, 90, 240]) {
        const given = { ...a, expectedMinutes }
        const card = buildCard(given)
        expect(card.plannedMinutes).toBe(buildChecklist(given).plannedMinutes)
        expect(card.agenda.reduce((sum, row) => sum + row.minutes, 0)).toBe(card.plannedMinutes)
        expect(card.agenda.every((row) => row.minutes >= 1)).toBe(true)
      }
  })

  test('45 minutes with the buddy and sensitive news, from 15:30', () => {
    const card = buildCard(answers({ meetingAt: '2026-12-12T15:30' }))
    expect(card.agenda.map((row) => `${row.clock?.start}–${row.clock?.end} ${row.title} · ${row.minutes} min`)).toEqual(
      [
        '15:30–15:35 Welkom en praatje · 5 min',
        '15:35–15:45 Eerst alleen met de ouder · 10 min',
        '15:45–15:55 Wat we op school doen voor Anouk · 10 min',
        '15:55–16:05 Vragen en zorgen · 10 min',
        '16:05–16:10 Afspraken maken · 5 min',
        '16:10–16:15 Samen terugkijken · 5 min',
      ],
    )
  })

  test('has no clock times without a meeting time, and English titles in English', () => {
    const card = buildCard(answers({ buddy: 'none', childName: undefined }), { locale: 'en' })
    expect(card.agenda.map((row) => [row.title, row.minutes, row.clock])).toEqual([
      ['Welcome and small talk', 5, null],
      ['What we do at school for the child', 10, null],
      ['Questions and concerns', 5, null],
      ['Agreeing next steps', 5, null],
      ['Looking back together', 5, null],
    ])
  })
})

describe('the whole card', () => {
  test('never mentions a buddy when there is none', () => {
    for (const a of families().filter((f) => f.buddy === 'none')) {
      const card = buildCard(a)
      const texts = [...card.reminders, ...card.agenda.map((r) => r.title), ...card.openings.map((o) => o.text)]
      expect(texts.join(' ')).not.toMatch(/buddy/i)
    }
  })

  test('is the same for the same answers', () => {
    expect(buildCard(answers())).toEqual(buildCard(answers()))
  })

  test('keeps markup in a name as plain characters', () => {
    const card = buildCard(answers({ childName: '<b>Anouk</b>' }))
    expect(card.agenda[2]!.title).toBe('Wat we op school doen voor <b>Anouk</b>')
  })
})

/** Buddy (4) × sensitive news (2) × parents (2) × colleagues 0, 1 or 3 × u or je. */
function families(): Answers[] {
  return BUDDY_VALUES.flatMap((buddy) =>
    [true, false].flatMap((sensitiveNews) =>
      ([1, 2] as const).flatMap((parentsAttending) =>
        [0, 1, 3].flatMap((otherAttendees) =>
          (['u', 'je'] as const).map((address) =>
            answers({ buddy, sensitiveNews, parentsAttending, otherAttendees, address }),
          ),
        ),
      ),
    ),
  )
}
