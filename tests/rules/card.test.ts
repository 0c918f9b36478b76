import { describe, expect, test } from 'vitest'
import {
  BUDDY_VALUES,
  buildCard,
  buildChecklist,
  guidance,
  MAX_REMINDERS,
  type Answers,
  type Person,
} from '../../src/rules'
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
  news: 'Vertel het nieuws vroeg en eenvoudig. Laat daarna stilte vallen.',
  interpreter: 'Tolk: praat tegen de ouder, niet tegen de tolk. Korte zinnen.',
}
const R = ALL_REMINDERS

describe('the reminders on the card', () => {
  test.each<[string, Partial<Answers>, string[]]>([
    [
      'buddy comes, sensitive news',
      { buddy: 'attending', sensitiveNews: true },
      [R.sensitive, R.news, R.parentInCharge, R.buddySuggestions, R.noBuddyContact, R.school, R.empathy],
    ],
    [
      'buddy may come',
      { buddy: 'unknown', sensitiveNews: false },
      [R.parentInCharge, R.buddySuggestions, R.noBuddyContact, R.school, R.empathy, R.questions, R.honest],
    ],
    [
      'buddy only prepares, sensitive news',
      { buddy: 'preparing', sensitiveNews: true },
      [R.sensitive, R.news, R.parentInCharge, R.school, R.empathy, R.questions, R.honest],
    ],
    [
      'buddy only prepares',
      { buddy: 'preparing', sensitiveNews: false },
      [R.parentInCharge, R.school, R.empathy, R.questions, R.honest, R.later, R.smallTalk],
    ],
    [
      'no buddy, sensitive news',
      { buddy: 'none', sensitiveNews: true },
      [R.news, R.parentInCharge, R.school, R.empathy, R.questions, R.honest, R.later],
    ],
    [
      'no buddy, a tolk',
      { buddy: 'none', sensitiveNews: false, otherAttendees: 1, others: [{ role: 'interpreter' }] },
      [R.interpreter, R.parentInCharge, R.school, R.empathy, R.questions, R.honest, R.later],
    ],
    [
      'buddy comes, sensitive news and a tolk: the news first, the tolk too',
      { buddy: 'attending', sensitiveNews: true, otherAttendees: 1, others: [{ role: 'interpreter' }] },
      [R.sensitive, R.news, R.interpreter, R.parentInCharge, R.buddySuggestions, R.noBuddyContact, R.school],
    ],
  ])('%s: the first seven that apply, most important first', (_, given, expected) => {
    expect(buildCard(answers(given)).reminders).toEqual(expected)
  })

  test('never more than seven, each from an item that applies; with sensitive news the news ones always on it', () => {
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
      if (a.sensitiveNews) expect(card.reminders).toContain(R.news.replace('de ouder', 'de ouder'))
      if (a.sensitiveNews && a.buddy !== 'none') expect(card.reminders[0]).toBe(R.sensitive)
    }
  })

  test('name two parents as “de ouders”', () => {
    const card = buildCard(answers({ buddy: 'attending', parentsAttending: 2, sensitiveNews: false }))
    expect(card.reminders.slice(0, 3)).toEqual([
      'Kijk de ouders aan en stel je vragen aan de ouders.',
      'Leg elk voorstel van de buddy aan de ouders voor.',
      'Zeg: ik neem altijd contact op met de ouders zelf, niet met de buddy.',
    ])
    const english = buildCard(answers({ buddy: 'attending', parentsAttending: 2, sensitiveNews: false }), {
      locale: 'en',
    })
    expect(english.reminders[0]).toBe('Look at the parents and put your questions to them.')
  })

  test('speak English in the English card, with the child’s name or the neutral word', () => {
    const card = buildCard(answers({ buddy: 'none', childName: undefined, sensitiveNews: false }), { locale: 'en' })
    expect(card.reminders[0]).toBe('Look at the parent and put your questions to them.')
    expect(card.reminders).toContain('Say exactly what you do for the child.')
  })
})

describe('the opening sentences on the card', () => {
  const sentence = (text: string, audience: string, origin = 'suggestion') => ({ text, audience, origin })

  test('with sensitive news and the buddy coming: in the agenda’s order, each saying whom it is for', () => {
    const card = buildCard(answers({ buddy: 'attending', sensitiveNews: true, parentsAttending: 2 }))
    expect(card.openings).toEqual([
      {
        heading: null,
        scripts: [
          sentence('Ik wil eerst graag even alleen met u praten. Daarna kan de buddy erbij komen.', 'parents'),
          sentence(
            'Ik praat eerst even alleen met de ouders. Wilt u zolang op de gang wachten? Ik haal u er zo bij. Dank u wel.',
            'buddy',
          ),
        ],
      },
      {
        heading: null,
        scripts: [
          sentence('Ik wil u iets vertellen over Anouk dat niet makkelijk is om te horen.', 'parents'),
          sentence('Wat hebt u mij net horen zeggen? Zeg het gerust in uw eigen woorden.', 'parents'),
          sentence(
            'Straks komt de buddy erbij. Vindt u het goed dat de buddy hoort wat we over Anouk bespreken?',
            'parents',
          ),
        ],
      },
      {
        heading: 'Als de buddy erbij komt:',
        scripts: [
          sentence(
            'We zijn hier met vier mensen aanwezig, wat mooi om te zien dat u als ouderbuddy ook aanwezig bent in het belang van Anouk…',
            'buddy',
            'sheet',
          ),
          sentence(
            'We zijn hier allemaal om te zorgen dat het met Anouk goed gaat. U bent als ouders het belangrijkst. Het gaat om uw kind.',
            'parents',
            'sheet',
          ),
        ],
      },
    ])
    expect(buildCard(answers({ buddy: 'attending', sensitiveNews: true }), { locale: 'en' }).openings[2]!.heading).toBe(
      'When the buddy joins:',
    )
  })

  test('in the je-form to two parents, as the checklist says them, first asking whether the buddy may hear it', () => {
    const given = answers({ buddy: 'attending', sensitiveNews: false, parentsAttending: 2, address: 'je' })
    const opening = buildChecklist(given).phases[1]!.items.find((i) => i.id === 'during.opening-with-buddy')!
    expect(buildCard(given).openings).toEqual([{ heading: null, scripts: opening.scripts }])
    expect(opening.scripts.map((script) => script.text)).toEqual([
      'Vinden jullie het goed dat de buddy hoort wat we over Anouk bespreken?',
      expect.stringContaining('jij als ouderbuddy'),
      expect.stringContaining('Jullie als ouders zijn de belangrijksten'),
    ])
  })

  test('with a tolk: first, to everyone, that the tolk translates everything and it stays in the room', () => {
    const card = buildCard(
      answers({ buddy: 'attending', sensitiveNews: true, otherAttendees: 1, others: [{ role: 'interpreter' }] }),
    )
    expect(card.openings[0]).toEqual({
      heading: null,
      scripts: [
        sentence('De tolk vertaalt alles wat we zeggen. Wat we hier bespreken, blijft binnen dit gesprek.', 'everyone'),
      ],
    })
    expect(card.openings).toHaveLength(4)
  })

  test.each<Partial<Answers>>([
    { buddy: 'preparing', sensitiveNews: true },
    { buddy: 'none', sensitiveNews: true },
  ])('with sensitive news and no buddy in the room, only the news (%j)', (given) => {
    expect(buildCard(answers(given)).openings.flatMap((o) => o.scripts.map((s) => s.text))).toEqual([
      'Ik wil u iets vertellen over Anouk dat niet makkelijk is om te horen.',
      'Wat hebt u mij net horen zeggen? Zeg het gerust in uw eigen woorden.',
    ])
  })

  test.each<Partial<Answers>>([
    { buddy: 'preparing', sensitiveNews: false },
    { buddy: 'none', sensitiveNews: false },
  ])('are none without a buddy in the room, news or a tolk (%j)', (given) => {
    expect(buildCard(answers(given)).openings).toEqual([])
  })
})

describe('the agenda on the card', () => {
  const ids = (a: Answers) => buildCard(a).agenda.map((row) => row.id)
  const rest = ['school', 'questions', 'agreements', 'evaluate']

  test('follows the items that apply: the news early, alone first when a buddy is in the room, who is who when others come', () => {
    const alone = ['welcome-short', 'news-alone', 'buddy-joins', ...rest]
    expect(ids(answers({ buddy: 'attending', sensitiveNews: true }))).toEqual(alone)
    expect(ids(answers({ buddy: 'unknown', sensitiveNews: true }))).toEqual(alone)
    expect(ids(answers({ buddy: 'attending', sensitiveNews: true, parentsAttending: 2 }))).toEqual(alone)
    expect(ids(answers({ buddy: 'preparing', sensitiveNews: true }))).toEqual(['welcome-short', 'news', ...rest])
    expect(ids(answers({ buddy: 'none', sensitiveNews: true }))).toEqual(['welcome-short', 'news', ...rest])
    expect(ids(answers({ buddy: 'attending', sensitiveNews: false }))).toEqual(['welcome', ...rest])
    expect(ids(answers({ buddy: 'none', sensitiveNews: false, otherAttendees: 1 }))).toEqual([
      'introductions',
      'welcome',
      ...rest,
    ])
    expect(buildCard(answers({ buddy: 'none', sensitiveNews: false, otherAttendees: 1 })).agenda[0]!.title).toBe(
      'Voorstellen: wie is wie en waarom zijn we hier',
    )
  })

  test('for every family and length: adds up to the chosen minutes, the news a third or more before any buddy row', () => {
    for (const a of families(OTHER_SETS))
      for (const expectedMinutes of [5, 7, 10, 13, 15, 20, 30, 45, 90, 240]) {
        const usual = { ...a, expectedMinutes }
        const suggested = buildChecklist(usual).suggestedMinutes
        for (const chosenMinutes of [undefined, suggested, expectedMinutes + 7]) {
          const given = { ...usual, chosenMinutes }
          const card = buildCard(given)
          const label = JSON.stringify(given)
          expect(card.plannedMinutes, label).toBe(chosenMinutes ?? expectedMinutes)
          expect(card.plannedMinutes, label).toBe(buildChecklist(given).plannedMinutes)
          expect(
            card.agenda.reduce((sum, row) => sum + row.minutes, 0),
            label,
          ).toBe(card.plannedMinutes)
          expect(card.agenda.every((row) => row.minutes >= 1)).toBe(true)
          card.agenda.forEach((row, index) =>
            expect(row.offset).toBe(index === 0 ? 0 : card.agenda[index - 1]!.offset + card.agenda[index - 1]!.minutes),
          )
          const news = card.agenda.findIndex((row) => row.item === 'during.tell-sensitive-news')
          expect(news !== -1, label).toBe(a.sensitiveNews)
          if (news === -1) continue
          expect(card.agenda[news]!.minutes * 3, label).toBeGreaterThanOrEqual(card.plannedMinutes)
          const buddyRow = card.agenda.findIndex((row) => row.id === 'buddy-joins')
          if (buddyRow !== -1) expect(buddyRow, label).toBeGreaterThan(news)
          // From fifteen minutes on, the buddy's row is there to tell the buddy when to come in.
          const buddyInRoom = a.buddy === 'attending' || a.buddy === 'unknown'
          if (card.plannedMinutes >= 15) expect(buddyRow !== -1, label).toBe(buddyInRoom)
        }
      }
  })

  test('45 minutes chosen with the buddy and sensitive news, from 15:30, in steps of five', () => {
    const card = buildCard(answers({ meetingAt: '2026-12-12T15:30', chosenMinutes: 45 }))
    expect(card.agenda.map((row) => `${row.clock?.start}–${row.clock?.end} ${row.title} · ${row.minutes} min`)).toEqual(
      [
        '15:30–15:35 Kort welkom · 5 min',
        '15:35–15:50 Het nieuws, eerst alleen met de ouder · 15 min',
        '15:50–15:55 De buddy komt erbij · 5 min',
        '15:55–16:00 Wat we op school doen voor Anouk · 5 min',
        '16:00–16:05 Vragen en zorgen · 5 min',
        '16:05–16:10 Afspraken maken · 5 min',
        '16:10–16:15 Samen terugkijken · 5 min',
      ],
    )
  })

  test('has no clock times without a meeting time, and English titles in English', () => {
    const card = buildCard(answers({ buddy: 'none', childName: undefined, sensitiveNews: false }), { locale: 'en' })
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
      const texts = [
        ...card.reminders,
        ...card.agenda.map((r) => r.title),
        ...card.openings.flatMap((o) => o.scripts.map((s) => s.text)),
      ]
      expect(texts.join(' ')).not.toMatch(/buddy/i)
    }
  })

  test('is the same for the same answers', () => {
    expect(buildCard(answers())).toEqual(buildCard(answers()))
  })

  test('keeps markup in a name as plain characters', () => {
    const card = buildCard(answers({ childName: '<b>Anouk</b>' }))
    expect(card.agenda.find((row) => row.id === 'school')!.title).toBe('Wat we op school doen voor <b>Anouk</b>')
  })
})

/** Who else comes: nobody, one from school, a tolk, or three with a tolk among them. */
const OTHER_SETS: Person[][] = [
  [],
  [{ role: 'ib' }],
  [{ role: 'interpreter', language: 'Turks' }],
  [{ role: 'ib' }, { role: 'interpreter' }, { role: 'colleague' }],
]

/** Buddy (4) × sensitive news (2) × parents (2) × others (by default nobody, one or three colleagues) × u or je. */
function families(others: Person[][] = [[], [{ role: 'colleague' }], Array(3).fill({ role: 'colleague' })]): Answers[] {
  return BUDDY_VALUES.flatMap((buddy) =>
    [true, false].flatMap((sensitiveNews) =>
      ([1, 2] as const).flatMap((parentsAttending) =>
        others.flatMap((people) =>
          (['u', 'je'] as const).map((address) =>
            answers({ buddy, sensitiveNews, parentsAttending, otherAttendees: people.length, others: people, address }),
          ),
        ),
      ),
    ),
  )
}
