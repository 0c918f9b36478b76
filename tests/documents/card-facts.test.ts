import { describe, expect, test } from 'vitest'
import { buildChecklist, type Answers, type Locale } from '../../src/rules'
import { cardFacts, keyNoteOf } from '../../src/documents/card-facts'
import type { SchoolDetails } from '../../src/documents/school'
import { answers } from '../rules/sample'

const facts = (
  given: Partial<Answers>,
  notes: Record<string, string> = {},
  locale: Locale = 'nl',
  school: SchoolDetails = {},
) => {
  const a = answers(given)
  return cardFacts(buildChecklist(a, { locale }), a, notes, school)
}

describe('the facts on the conversation card', () => {
  test.each<[Partial<Answers>, string]>([
    [{ buddy: 'none', parentsAttending: 1, otherAttendees: 0 }, 'Jij en de ouder'],
    [{ buddy: 'preparing', parentsAttending: 2, otherAttendees: 1 }, 'Jij, de ouders en een collega van school'],
    [
      { buddy: 'attending', parentsAttending: 1, otherAttendees: 3 },
      'Jij, de ouder, de ouderbuddy en drie collega’s van school',
    ],
    [{ buddy: 'unknown', parentsAttending: 2, otherAttendees: 0 }, 'Jij, de ouders en misschien de ouderbuddy'],
  ])('say who is coming (%j)', (given, who) => {
    expect(facts(given).who).toBe(who)
  })

  test('say who is coming in English', () => {
    expect(facts({ buddy: 'unknown', parentsAttending: 2, otherAttendees: 2 }, {}, 'en').who).toBe(
      'You, the parents, perhaps the parent buddy and two colleagues from school',
    )
  })

  test('name the parents as the teacher greets them, when the teacher gave their names', () => {
    expect(facts({ parentNames: 'mevrouw El Amrani' }).who).toBe('Jij, mevrouw El Amrani en de ouderbuddy')
    expect(facts({ parentNames: ' Lisa en Mark ', parentsAttending: 2, buddy: 'none' }).who).toBe(
      'Jij en de ouders (Lisa en Mark)',
    )
  })

  test('name the others by role, with their names when given', () => {
    const others = [{ role: 'ib' as const, name: 'mevrouw Jansen' }, { role: 'interpreter' as const }]
    expect(facts({ buddy: 'none', otherAttendees: 2, others }).who).toBe(
      'Jij, de ouder, de intern begeleider (mevrouw Jansen) en een tolk',
    )
  })

  test('give the room of the conversation, or the usual room from the settings, before the note and the chairs', () => {
    expect(facts({ buddy: 'none', room: 'Lokaal 4' }, {}, 'nl', { defaultRoom: 'Lokaal 12' }).room).toBe(
      'Lokaal 4 · 2 stoelen',
    )
    expect(
      facts({ buddy: 'none' }, { 'before.room-and-chairs': 'Koffie klaarzetten' }, 'nl', { defaultRoom: 'Lokaal 12' })
        .room,
    ).toBe('Lokaal 12 · Koffie klaarzetten · 2 stoelen')
  })

  test('give the room noted on the checklist and the chairs, or the chairs alone', () => {
    expect(facts({ buddy: 'unknown' }, { 'before.room-and-chairs': '  Lokaal 12  ' }).room).toBe(
      'Lokaal 12 · 3 stoelen',
    )
    expect(facts({ buddy: 'none' }, { 'before.room-and-chairs': '   ' }).room).toBe('2 stoelen')
  })

  test('give the child, the time and the chosen minutes, or say the time is not set yet', () => {
    expect(facts({ meetingAt: '2026-12-12T15:30', chosenMinutes: 45 })).toMatchObject({
      child: 'Anouk',
      when: 'zaterdag 12 december 2026 om 15:30',
      duration: '45 minuten',
    })
    expect(facts({ meetingAt: '2026-12-12T15:30' })).toMatchObject({ duration: '30 minuten' })
    expect(facts({ childName: '  ', buddy: 'none' })).toMatchObject({
      child: null,
      when: 'Nog niet ingevuld.',
      duration: '30 minuten',
    })
  })
})

describe('the teacher’s own note on the conversation card', () => {
  const checklist = buildChecklist(answers())
  const keyNote = (notes: Record<string, string>, marked: string | null = null) => keyNoteOf(checklist, notes, marked)

  test('is the note the teacher put on the card, with its item', () => {
    const notes = { 'before.questions-with-buddy': 'Buddy belt zelf', 'during.small-talk': '  Over de hond  ' }
    expect(keyNote(notes, 'during.small-talk')).toEqual({ item: 'Begin met een praatje', note: 'Over de hond' })
  })

  test('without a mark, is the first note in the checklist’s order, not the first one written', () => {
    const notes = { 'during.small-talk': 'Over de hond', 'before.questions-with-buddy': 'Buddy belt zelf' }
    expect(keyNote(notes)).toEqual({
      item: 'Moedig de ouder aan om vragen met de buddy voor te bereiden',
      note: 'Buddy belt zelf',
    })
  })

  test('passes over empty notes, a mark on an emptied note, and a mark on an item that no longer applies', () => {
    const notes = { 'before.ask-buddy-along': '  ', 'during.small-talk': 'Over de hond' }
    expect(keyNote(notes)?.item).toBe('Begin met een praatje')
    expect(keyNote(notes, 'before.ask-buddy-along')?.item).toBe('Begin met een praatje')
    const gone = { 'during.small-talk': 'Over de hond', 'not.an-item': 'Oud' }
    expect(keyNote(gone, 'not.an-item')?.note).toBe('Over de hond')
  })

  test('passes over the note on the room, which the card shows beside the room, unless the teacher put it on', () => {
    const notes = { 'before.room-and-chairs': 'Lokaal 12', 'during.small-talk': 'Over de hond' }
    expect(keyNote(notes)?.note).toBe('Over de hond')
    expect(keyNote(notes, 'before.room-and-chairs')?.note).toBe('Lokaal 12')
    expect(keyNote({ 'before.room-and-chairs': 'Lokaal 12' })).toBeNull()
  })

  test('is not there without notes', () => {
    expect(keyNote({})).toBeNull()
    expect(keyNote({ 'during.small-talk': '\n ' }, 'during.small-talk')).toBeNull()
  })
})
