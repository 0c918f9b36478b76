import { describe, expect, test } from 'vitest'
import { buildChecklist, type Answers, type Locale } from '../../src/rules'
import { cardFacts } from '../../src/documents/card-facts'
import { answers } from '../rules/sample'

const facts = (given: Partial<Answers>, notes: Record<string, string> = {}, locale: Locale = 'nl') => {
  const a = answers(given)
  return cardFacts(buildChecklist(a, { locale }), a, notes)
}

describe('the facts on the conversation card', () => {
  test.each<[Partial<Answers>, string]>([
    [{ buddy: 'none', parentsAttending: 1, otherAttendees: 0 }, 'Jij en 1 ouder of verzorger'],
    [
      { buddy: 'preparing', parentsAttending: 2, otherAttendees: 1 },
      'Jij, 2 ouders of verzorgers en 1 collega van school',
    ],
    [
      { buddy: 'attending', parentsAttending: 1, otherAttendees: 3 },
      'Jij, 1 ouder of verzorger, de ouderbuddy en 3 collega’s van school',
    ],
    [
      { buddy: 'unknown', parentsAttending: 2, otherAttendees: 0 },
      'Jij, 2 ouders of verzorgers en misschien de ouderbuddy',
    ],
  ])('say who is coming (%j)', (given, who) => {
    expect(facts(given).who).toBe(who)
  })

  test('say who is coming in English', () => {
    expect(facts({ buddy: 'unknown', parentsAttending: 2, otherAttendees: 2 }, {}, 'en').who).toBe(
      'You, 2 parents or carers, perhaps the parent buddy and 2 colleagues from school',
    )
  })

  test('give the room noted on the checklist and the chairs, or the chairs alone', () => {
    expect(facts({ buddy: 'unknown' }, { 'before.room-and-chairs': '  Lokaal 12  ' }).room).toBe(
      'Lokaal 12 · 3 stoelen',
    )
    expect(facts({ buddy: 'none' }, { 'before.room-and-chairs': '   ' }).room).toBe('2 stoelen')
  })

  test('give the child, the time and the planned minutes, or say the time is not set yet', () => {
    expect(facts({ meetingAt: '2026-12-12T15:30' })).toMatchObject({
      child: 'Anouk',
      when: 'zaterdag 12 december 2026 om 15:30',
      duration: '45 minuten',
    })
    expect(facts({ childName: '  ', buddy: 'none' })).toMatchObject({
      child: null,
      when: 'Nog niet ingevuld.',
      duration: '30 minuten',
    })
  })
})
