import { describe, expect, test } from 'vitest'
import { buildChecklist, type Answers } from '../../src/rules'
import { planTexts } from '../../src/documents/plan'
import { answers } from '../rules/sample'

const plan = (overrides: Partial<Answers> = {}, locale: 'nl' | 'en' = 'nl') => {
  const given = answers(overrides)
  return planTexts(buildChecklist(given, { locale }), given)
}

describe('the plan in words, the same on screen and on paper', () => {
  test('with the buddy: the time with its extra minutes, offered as a suggestion', () => {
    expect(plan({ meetingAt: '2026-12-12T15:30' })).toEqual({
      when: 'zaterdag 12 december 2026 om 15:30',
      duration: 'Plan 45 minuten: 30 minuten, plus 15 minuten omdat er meer mensen bij kunnen zijn.',
      suggestion:
        'Dit is een suggestie, niet uit de handreiking: 50% extra tijd, naar boven afgerond op 5 minuten, en minstens 10 minuten extra. Je kiest zelf.',
      chairs: 'Zet drie stoelen klaar.',
    })
  })

  test('just the teacher and one parent: the usual time, no extra minutes, nothing to suggest', () => {
    expect(plan({ buddy: 'none' })).toEqual({
      when: 'Nog niet ingevuld.',
      duration: 'Plan 30 minuten.',
      suggestion: null,
      chairs: 'Zet twee stoelen klaar.',
    })
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
      duration: 'Plan 45 minutes: 30 minutes, plus 15 because more people are taking part.',
      suggestion:
        'This is a suggestion, not from the guidance: 50% extra time, rounded up to 5 minutes, and at least 10 minutes extra. You decide.',
      chairs: 'Set out three chairs. That includes one chair for the buddy, in case they come.',
    })
  })
})
