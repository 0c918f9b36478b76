import { describe, expect, test } from 'vitest'
import { buildChecklist, type Answers, type Checklist } from '../../src/rules'
import { answers } from './sample'

const ids = (checklist: Checklist) => checklist.phases.flatMap((p) => p.items.map((i) => i.id))
const item = (checklist: Checklist, id: string) => {
  const found = checklist.phases.flatMap((p) => p.items).find((i) => i.id === id)
  if (!found) throw new Error(`${id} is not in the checklist`)
  return found
}

const ALWAYS = [
  'before.room-and-chairs',
  'during.small-talk',
  'during.explain-what-school-does',
  'during.parent-in-charge',
  'during.welcome-questions',
  'during.answer-later',
  'during.honest-about-feasibility',
  'during.empathic-listening',
  'after.evaluate-together',
  'after.talk-again-later',
  'after.next-appointment',
]

// Each row: answers, and whether the item appears. Covers every value of every condition.
const CONDITION_TABLE: { id: string; rows: [Partial<Answers>, boolean][] }[] = [
  ...['before.ask-buddy-along', 'before.questions-with-buddy', 'before.talk-to-parent-directly'].map((id) => ({
    id,
    rows: [
      [{ buddy: 'attending' }, true],
      [{ buddy: 'preparing' }, true],
      [{ buddy: 'unknown' }, true],
      [{ buddy: 'none' }, false],
    ] as [Partial<Answers>, boolean][],
  })),
  {
    id: 'before.plan-extra-time',
    rows: [
      [{ buddy: 'attending', parentsAttending: 1, otherAttendees: 0 }, true],
      [{ buddy: 'none', parentsAttending: 1, otherAttendees: 0 }, false],
      [{ buddy: 'preparing', parentsAttending: 1, otherAttendees: 0 }, false],
      // Two parents alone is an ordinary conversation: no extra time (review 3, #4).
      [{ buddy: 'none', parentsAttending: 2, otherAttendees: 0 }, false],
      [{ buddy: 'preparing', parentsAttending: 2, otherAttendees: 0 }, false],
      [{ buddy: 'none', parentsAttending: 1, otherAttendees: 1 }, true],
      [{ buddy: 'unknown', parentsAttending: 1, otherAttendees: 0 }, true],
    ],
  },
  ...['before.brief-interpreter', 'during.work-with-interpreter'].map((id) => ({
    id,
    rows: [
      [{ otherAttendees: 1, others: [{ role: 'interpreter' }] }, true],
      [
        { buddy: 'none', otherAttendees: 2, others: [{ role: 'ib' }, { role: 'interpreter', language: 'Turks' }] },
        true,
      ],
      [{ otherAttendees: 1, others: [{ role: 'ib' }] }, false],
      [{ otherAttendees: 0 }, false],
    ] as [Partial<Answers>, boolean][],
  })),
  {
    id: 'during.tell-sensitive-news',
    rows: [
      [{ sensitiveNews: true, buddy: 'attending' }, true],
      [{ sensitiveNews: true, buddy: 'none' }, true],
      [{ sensitiveNews: false, buddy: 'attending' }, false],
      [{ sensitiveNews: false, buddy: 'none' }, false],
    ],
  },
  ...['during.opening-with-buddy', 'during.no-direct-buddy-contact', 'during.buddy-suggestions-to-parent'].map(
    (id) => ({
      id,
      rows: [
        [{ buddy: 'attending' }, true],
        [{ buddy: 'unknown' }, true],
        [{ buddy: 'preparing' }, false],
        [{ buddy: 'none' }, false],
      ] as [Partial<Answers>, boolean][],
    }),
  ),
  {
    id: 'during.sensitive-parent-alone',
    rows: [
      [{ sensitiveNews: true, buddy: 'attending' }, true],
      [{ sensitiveNews: true, buddy: 'preparing' }, true],
      [{ sensitiveNews: true, buddy: 'unknown' }, true],
      [{ sensitiveNews: true, buddy: 'none' }, false],
      [{ sensitiveNews: false, buddy: 'attending' }, false],
    ],
  },
  ...ALWAYS.map((id) => ({
    id,
    rows: [
      [{ buddy: 'none', sensitiveNews: false }, true],
      [{ buddy: 'attending', sensitiveNews: true, parentsAttending: 2, otherAttendees: 3 }, true],
    ] as [Partial<Answers>, boolean][],
  })),
]

describe.each(CONDITION_TABLE)('$id', ({ id, rows }) => {
  test.each(rows)('with %o appears: %s', (overrides, expected) => {
    expect(ids(buildChecklist(answers(overrides))).includes(id)).toBe(expected)
  })
})

describe('buildChecklist', () => {
  test('names the child in the opening script and counts the people in words', () => {
    const opening = item(
      buildChecklist(answers({ childName: 'Anouk', parentsAttending: 2 })),
      'during.opening-with-buddy',
    )
    expect(opening.scripts[0]!.text).toBe(
      'We zijn hier met vier mensen aanwezig, wat mooi om te zien dat u als ouderbuddy ook aanwezig bent in het belang van Anouk…',
    )
    expect(opening.scripts[1]!.text).toContain('dat het met Anouk goed gaat')
    // Without news to tell first, the opening starts by asking whether the buddy may hear it all.
    const plain = item(buildChecklist(answers({ sensitiveNews: false })), 'during.opening-with-buddy')
    expect(plain.scripts.map((script) => [script.text, script.audience, script.origin])).toEqual([
      ['Vindt u het goed dat de buddy hoort wat we over Anouk bespreken?', 'parents', 'suggestion'],
      [expect.stringContaining('u als ouderbuddy'), 'buddy', 'sheet'],
      [expect.stringContaining('U als ouder bent de belangrijkste'), 'parents', 'sheet'],
    ])
  })

  test('uses neutral wording when no name is given', () => {
    const checklist = buildChecklist(answers({ childName: '  ' }))
    // Spoken to the parent it is their child; to the buddy and in what the teacher reads, "het kind".
    expect(item(checklist, 'during.opening-with-buddy').scripts[1]!.text).toContain('dat het met uw kind goed gaat')
    expect(item(checklist, 'during.opening-with-buddy').scripts[0]!.text).toContain('in het belang van het kind…')
    expect(item(checklist, 'during.explain-what-school-does').title).toBe('Vertel wat je doet voor het kind')
    const jullie = buildChecklist(answers({ childName: undefined, address: 'je', parentsAttending: 2 }))
    expect(item(jullie, 'during.opening-with-buddy').scripts[1]!.text).toContain('dat het met jullie kind goed gaat')
    const je = buildChecklist(answers({ childName: undefined, address: 'je', buddy: 'none' }))
    expect(item(je, 'during.empathic-listening').text).toContain('voor het kind')
    const english = buildChecklist(answers({ childName: undefined }), { locale: 'en' })
    expect(item(english, 'during.opening-with-buddy').scripts[1]!.text).toContain(
      'make sure that your child is doing well',
    )
  })

  test('names the parents to the buddy as the teacher greets them, or as “de ouder(s)”', () => {
    const corridor = (overrides: Partial<Answers>) =>
      item(
        buildChecklist(answers({ buddy: 'attending', sensitiveNews: true, ...overrides })),
        'during.sensitive-parent-alone',
      ).scripts[1]!.text
    expect(corridor({ parentNames: 'mevrouw El Amrani' })).toBe(
      'Ik praat eerst even alleen met mevrouw El Amrani. Wilt u zolang op de gang wachten? Ik haal u er zo bij. Dank u wel.',
    )
    expect(corridor({ parentsAttending: 2, address: 'je' })).toBe(
      'Ik praat eerst even alleen met de ouders. Wil je zolang op de gang wachten? Ik haal je er zo bij. Dank je wel.',
    )
  })

  test('renders every script in the je form when the teacher says je', () => {
    const scripts = ids(buildChecklist(answers({ address: 'je' })))
      .map((id) => item(buildChecklist(answers({ address: 'je' })), id))
      .flatMap((i) => i.scripts.map((s) => s.text))
    expect(scripts).toContain('Hoe zie jij dit?')
    expect(scripts.join(' ')).not.toMatch(/\b(u|uw|U)\b/)
  })

  test('suggests half the usual time more, rounded up to 5 minutes, when the buddy comes; plans the usual time until the teacher chooses', () => {
    const checklist = buildChecklist(answers({ expectedMinutes: 30 }))
    expect(checklist.bufferMinutes).toBe(15)
    expect(checklist.suggestedMinutes).toBe(45)
    expect(checklist.plannedMinutes).toBe(30)
    expect(checklist.extraTimeFor).toEqual(['buddy'])
    expect(buildChecklist(answers({ expectedMinutes: 25 })).suggestedMinutes).toBe(40)
  })

  test('plans the minutes the teacher chose, whatever the suggestion', () => {
    expect(buildChecklist(answers({ expectedMinutes: 30, chosenMinutes: 45 })).plannedMinutes).toBe(45)
    expect(buildChecklist(answers({ expectedMinutes: 30, chosenMinutes: 35 })).plannedMinutes).toBe(35)
    const alone = buildChecklist(answers({ buddy: 'none', expectedMinutes: 30, chosenMinutes: 40 }))
    expect([alone.plannedMinutes, alone.suggestedMinutes, alone.bufferMinutes]).toEqual([40, 30, 0])
  })

  test('rounds the extra time up to the next 5 minutes, never down', () => {
    expect(buildChecklist(answers({ expectedMinutes: 22 })).bufferMinutes).toBe(15)
    expect(buildChecklist(answers({ expectedMinutes: 42 })).suggestedMinutes).toBe(67)
  })

  test('tells the teacher the suggested minutes in the extra-time item, whatever was chosen', () => {
    const extra = item(buildChecklist(answers({ expectedMinutes: 30, chosenMinutes: 35 })), 'before.plan-extra-time')
    expect(extra.text).toContain('Een suggestie: plan 45 minuten in plaats van 30.')
  })

  test('adds at least 10 minutes', () => {
    expect(buildChecklist(answers({ expectedMinutes: 10 })).suggestedMinutes).toBe(20)
  })

  test('adds no time when only the teacher and one or two parents meet, with or without a preparing buddy', () => {
    for (const given of [
      { buddy: 'none', parentsAttending: 1 },
      { buddy: 'none', parentsAttending: 2 },
      { buddy: 'preparing', parentsAttending: 2 },
    ] as const) {
      const checklist = buildChecklist(answers({ ...given, expectedMinutes: 30 }))
      expect([checklist.plannedMinutes, checklist.suggestedMinutes, checklist.bufferMinutes]).toEqual([30, 30, 0])
      expect(checklist.extraTimeFor).toEqual([])
    }
  })

  test('with a tolk the suggestion is about double, and says why', () => {
    const tolk = { role: 'interpreter', language: 'Turks' } as const
    for (const expectedMinutes of [10, 15, 20, 30, 45, 60, 90, 240]) {
      const checklist = buildChecklist(answers({ buddy: 'none', expectedMinutes, otherAttendees: 1, others: [tolk] }))
      expect(checklist.suggestedMinutes).toBeGreaterThanOrEqual(2 * expectedMinutes)
      expect(checklist.suggestedMinutes).toBeLessThan(2 * expectedMinutes + 5)
      expect(checklist.extraTimeFor).toEqual(['interpreter'])
    }
    const withAll = buildChecklist(
      answers({ buddy: 'unknown', expectedMinutes: 30, otherAttendees: 2, others: [tolk, { role: 'ib' }] }),
    )
    expect(withAll.extraTimeFor).toEqual(['maybeBuddy', 'interpreter', 'others'])
    expect(withAll.suggestedMinutes).toBe(60)
    expect(item(withAll, 'before.plan-extra-time').text).toContain('Met een tolk erbij wordt alles vertaald')
    // Others from school make it longer, by half.
    const ib = buildChecklist(
      answers({ buddy: 'none', expectedMinutes: 30, otherAttendees: 1, others: [{ role: 'ib' }] }),
    )
    expect([ib.suggestedMinutes, ib.extraTimeFor]).toEqual([45, ['others']])
  })

  test('counts chairs for everyone, and one extra when the buddy might come', () => {
    expect(buildChecklist(answers({ buddy: 'attending', parentsAttending: 2, otherAttendees: 1 })).chairs).toBe(5)
    expect(buildChecklist(answers({ buddy: 'unknown', parentsAttending: 1, otherAttendees: 0 })).chairs).toBe(3)
    expect(buildChecklist(answers({ buddy: 'preparing', parentsAttending: 1, otherAttendees: 0 })).chairs).toBe(2)
  })

  test('gives the reasons in words', () => {
    const checklist = buildChecklist(answers({ buddy: 'attending', sensitiveNews: true }))
    expect(item(checklist, 'during.sensitive-parent-alone').reasons).toEqual([
      'Omdat je iets gevoeligs gaat vertellen dat nog nieuw is voor de ouder.',
      'Omdat je hebt gezegd dat de buddy meekomt.',
    ])
    // To two parents the reasons say "de ouders" (review 3, #5).
    const two = buildChecklist(answers({ buddy: 'preparing', sensitiveNews: true, parentsAttending: 2 }))
    expect(item(two, 'during.sensitive-parent-alone').reasons).toEqual([
      'Omdat je iets gevoeligs gaat vertellen dat nog nieuw is voor de ouders.',
      'Omdat je hebt gezegd dat de buddy de ouders helpt bij de voorbereiding.',
    ])
    expect(item(checklist, 'during.small-talk').reasons).toEqual(['Dit geldt voor elk gesprek met een ouder.'])
    expect(
      item(buildChecklist(answers({ buddy: 'none', otherAttendees: 1 })), 'before.plan-extra-time').reasons,
    ).toEqual(['Omdat er ook anderen bij het gesprek zijn.'])
    const tolk = buildChecklist(answers({ otherAttendees: 1, others: [{ role: 'interpreter' }] }))
    expect(item(tolk, 'before.plan-extra-time').reasons).toEqual([
      'Omdat je hebt gezegd dat de buddy meekomt.',
      'Omdat er ook anderen bij het gesprek zijn.',
    ])
    expect(item(tolk, 'before.brief-interpreter').reasons).toEqual(['Omdat er een tolk bij het gesprek is.'])
  })

  test('speaks English when asked', () => {
    const checklist = buildChecklist(answers(), { locale: 'en' })
    expect(checklist.locale).toBe('en')
    expect(item(checklist, 'during.buddy-suggestions-to-parent').scripts).toContainEqual({
      text: 'How do you see this?',
      origin: 'sheet',
      audience: 'parents',
    })
    expect(item(checklist, 'during.opening-with-buddy').reasons).toEqual(['Because you said the buddy is coming.'])
  })

  test('mentions the buddy in shared items only when the buddy is in the room', () => {
    expect(item(buildChecklist(answers({ buddy: 'attending' })), 'during.small-talk').text).toContain('buddy')
    expect(item(buildChecklist(answers({ buddy: 'none' })), 'during.small-talk').text).not.toContain('buddy')
  })

  test('keeps markup in a name as plain characters', () => {
    const opening = item(buildChecklist(answers({ childName: '<b>Anouk</b>' })), 'during.opening-with-buddy')
    expect(opening.scripts[0]!.text).toContain('in het belang van <b>Anouk</b>…')
  })

  test('accepts other guidance data', async () => {
    const { guidance } = await import('../../src/rules')
    const one = { ...guidance, items: guidance.items.filter((i) => i.id === 'during.small-talk') }
    expect(ids(buildChecklist(answers(), { guidance: one }))).toEqual(['during.small-talk'])
  })
})
