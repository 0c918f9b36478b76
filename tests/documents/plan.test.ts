import { describe, expect, test } from 'vitest'
import { buildChecklist, type Answers } from '../../src/rules'
import { lengthChoices, planTexts } from '../../src/documents/plan'
import { answers } from '../rules/sample'

const plan = (overrides: Partial<Answers> = {}, locale: 'nl' | 'en' = 'nl') => {
  const given = answers(overrides)
  return planTexts(buildChecklist(given, { locale }), given)
}

describe('the plan in words, the same on screen and on paper', () => {
  test('with the buddy: the usual time planned, the suggestion with who makes it longer and the rule behind it', () => {
    expect(plan({ meetingAt: '2026-12-12T15:30' })).toEqual({
      when: 'zaterdag 12 december 2026 om 15:30',
      duration: 'Plan 30 minuten.',
      suggestion:
        'Je gebruikelijke tijd is 30 minuten. Suggestie: 45 minuten, 15 minuten extra, omdat de buddy meekomt. Dit is een suggestie, niet uit de handreiking: 50% extra tijd, naar boven afgerond op 5 minuten, en minstens 10 minuten extra. Je kiest zelf.',
      chairs: 'Zet drie stoelen klaar.',
    })
    expect(plan({ chosenMinutes: 45 }).duration).toBe('Plan 45 minuten.')
  })

  test('names everyone who makes it longer, and with a tolk says it takes about twice as long', () => {
    const tolk = plan({
      buddy: 'unknown',
      otherAttendees: 2,
      others: [{ role: 'interpreter', language: 'Turks' }, { role: 'ib' }],
    })
    expect(tolk.suggestion).toBe(
      'Je gebruikelijke tijd is 30 minuten. Suggestie: 60 minuten, 30 minuten extra, omdat de buddy misschien meekomt, er een tolk bij is en er ook anderen bij zijn. Met een tolk wordt alles vertaald. Dan duurt het gesprek ongeveer twee keer zo lang. Dit is een suggestie, niet uit de handreiking: 100% extra tijd, naar boven afgerond op 5 minuten, en minstens 10 minuten extra. Je kiest zelf.',
    )
    expect(plan({ buddy: 'none', otherAttendees: 1, others: [{ role: 'ib' }] }).suggestion).toMatch(
      /^Je gebruikelijke tijd is 30 minuten\. Suggestie: 45 minuten, 15 minuten extra, omdat er ook anderen bij zijn\. /,
    )
  })

  test('just the teacher and one or two parents: the usual time, no extra minutes, nothing to suggest', () => {
    expect(plan({ buddy: 'none' })).toEqual({
      when: 'Nog niet ingevuld.',
      duration: 'Plan 30 minuten.',
      suggestion: null,
      chairs: 'Zet twee stoelen klaar.',
    })
    expect(plan({ buddy: 'none', parentsAttending: 2 }).suggestion).toBeNull()
  })

  test('offers the usual minutes and the suggestion to choose from, and a length chosen earlier', () => {
    const choices = (overrides: Partial<Answers>) => lengthChoices(buildChecklist(answers(overrides)))
    expect(choices({})).toEqual([
      { minutes: 30, label: '30 minuten: je gebruikelijke tijd' },
      { minutes: 45, label: '45 minuten: de suggestie' },
    ])
    expect(choices({ chosenMinutes: 45 })).toHaveLength(2)
    expect(choices({ chosenMinutes: 40 })).toEqual([
      { minutes: 30, label: '30 minuten: je gebruikelijke tijd' },
      { minutes: 45, label: '45 minuten: de suggestie' },
      { minutes: 40, label: '40 minuten: eerder gekozen' },
    ])
    // Nothing to choose without a suggestion, unless another length was chosen before.
    expect(choices({ buddy: 'none' })).toEqual([])
    expect(choices({ buddy: 'none', chosenMinutes: 45 })).toEqual([
      { minutes: 30, label: '30 minuten: je gebruikelijke tijd' },
      { minutes: 45, label: '45 minuten: eerder gekozen' },
    ])
  })

  test('when it is not known whether the buddy comes, one chair is kept for the buddy', () => {
    expect(plan({ buddy: 'unknown' }).chairs).toBe(
      'Zet drie stoelen klaar. Eén daarvan is voor de buddy, voor als die meekomt.',
    )
    expect(plan({ buddy: 'preparing' }).chairs).toBe('Zet twee stoelen klaar.')
  })

  test('follows the English UI', () => {
    expect(plan({ buddy: 'unknown', meetingAt: '2027-01-01T09:00' }, 'en')).toEqual({
      when: expect.stringMatching(/^Friday,? 1 January 2027 at 09:00$/),
      duration: 'Plan 30 minutes.',
      suggestion:
        'Your usual time is 30 minutes. Suggestion: 45 minutes, 15 minutes extra, because the buddy may come. This is a suggestion, not from the guidance: 50% extra time, rounded up to 5 minutes, and at least 10 minutes extra. You decide.',
      chairs: 'Set out three chairs. That includes one chair for the buddy, in case they come.',
    })
  })
})
