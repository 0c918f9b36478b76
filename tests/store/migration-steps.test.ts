import { describe, expect, test } from 'vitest'
import { migrate, STORAGE_VERSION } from '../../src/store/migrations'

/*
 * Each step of the saved data's migrations on its own, at the edges of what it changes: a teacher
 * who saved with an older version finds the same preparation, with nothing made up and nothing lost.
 * Only the parts a step is about are checked, so a later step may add parts of its own.
 */

type Saved = Record<string, unknown>
/** One preparation as the given version wrote it, brought up to the current version. */
function upgraded(version: number, preparation: unknown): Saved {
  const state = migrate({ preparations: { p: preparation } }, version) as { preparations: { p: Saved } }
  return state.preparations.p
}
const answersAfter = (version: number, answers: Saved) => upgraded(version, { id: 'p', answers }).answers as Saved

/** The answers of a conversation version 6 planned: thirty minutes, two parents, no buddy. */
const SIX: Saved = {
  expectedMinutes: 30,
  parentsAttending: 2,
  otherAttendees: 0,
  sensitiveNews: false,
  buddy: 'none',
  address: 'u',
}
const lengthFrom6 = (changes: Saved) => answersAfter(6, { ...SIX, ...changes }).chosenMinutes

describe('version 6 to 7: the length version 6 planned is kept as the chosen length', () => {
  test('three people in the room: the usual minutes plus half, rounded up to five, at least ten', () => {
    expect(lengthFrom6({})).toBe(45)
    expect(lengthFrom6({ expectedMinutes: 25 })).toBe(40)
    expect(lengthFrom6({ expectedMinutes: 20 })).toBe(30)
    expect(lengthFrom6({ expectedMinutes: 10 })).toBe(20)
    expect(lengthFrom6({ expectedMinutes: 5 })).toBe(15)
    expect(lengthFrom6({ expectedMinutes: 240 })).toBe(360)
    expect(lengthFrom6({ expectedMinutes: 90 })).toBe(135)
  })

  test('who makes three: a second parent, the buddy attending, or a colleague; a buddy who might come counts too', () => {
    const one = { parentsAttending: 1 }
    expect(lengthFrom6(one)).toBeUndefined()
    expect(lengthFrom6({ ...one, buddy: 'preparing' })).toBeUndefined()
    expect(lengthFrom6({ ...one, buddy: 'attending' })).toBe(45)
    expect(lengthFrom6({ ...one, otherAttendees: 1 })).toBe(45)
    expect(lengthFrom6({ ...one, buddy: 'unknown' })).toBe(45)
    expect(lengthFrom6({ parentsAttending: 2, buddy: 'attending', otherAttendees: 10 })).toBe(45)
  })

  test('version 6 made no plan without every answer it needed: nothing is chosen then', () => {
    for (const missing of [
      { expectedMinutes: 4 },
      { expectedMinutes: 241 },
      { expectedMinutes: 30.5 },
      { expectedMinutes: '30' },
      { parentsAttending: 0 },
      { parentsAttending: 3 },
      { otherAttendees: -1 },
      { otherAttendees: 11 },
      { otherAttendees: 1.5 },
      { sensitiveNews: undefined },
      { sensitiveNews: 'no' },
      { buddy: 'maybe' },
      { buddy: undefined },
      { address: 'jij' },
      { address: undefined },
    ])
      expect(lengthFrom6(missing), JSON.stringify(missing)).toBeUndefined()
    expect(lengthFrom6({ address: 'je', sensitiveNews: true, otherAttendees: 10 })).toBe(45)
  })

  test('a length already chosen stays, and the other answers stay as they were', () => {
    expect(lengthFrom6({ chosenMinutes: 60 })).toBe(60)
    expect(answersAfter(6, { ...SIX, childName: 'Sam' })).toMatchObject({ ...SIX, childName: 'Sam' })
  })
})

describe('version 3 to 4: the number of others from school becomes that many colleagues', () => {
  const others = (answers: Saved) => answersAfter(3, answers).others

  test('each of them a colleague the teacher can name later, from none up to ten', () => {
    expect(others({ otherAttendees: 2 })).toEqual([{ role: 'colleague' }, { role: 'colleague' }])
    expect(others({ otherAttendees: 0 })).toEqual([])
    expect(others({ otherAttendees: 10 })).toHaveLength(10)
  })

  test('a number that cannot be people, or people already named, stays as it was', () => {
    for (const count of [-1, 11, 1.5, '2', undefined]) expect(others({ otherAttendees: count })).toBeUndefined()
    const named = [{ role: 'ib' }]
    expect(others({ otherAttendees: 2, others: named })).toEqual(named)
  })
})

describe('the steps that add a part', () => {
  test('version 1 gets the after part empty, keeping what it had', () => {
    const p = upgraded(1, { id: 'p', held: true, questions: [{ id: 'q' }] })
    expect(p).toMatchObject({ questions: [{ id: 'q' }], evaluation: {}, followUp: {}, held: true, finished: false })
    expect(upgraded(1, { id: 'p' })).toMatchObject({ questions: [], held: false })
  })

  test('version 2 keeps the language among the settings and the open preparation as the one used last', () => {
    const from2 = (state: Saved) => migrate({ preparations: {}, ...state }, 2) as Saved
    expect(from2({ activeId: 'a', locale: 'en', dutchScripts: true })).toMatchObject({
      settings: { locale: 'en', dutchScripts: true },
      lastUsedId: 'a',
    })
    const none = from2({ locale: 'nl' })
    expect(none.lastUsedId).toBeNull()
    expect(none).not.toHaveProperty('activeId')
    expect(none).not.toHaveProperty('locale')
  })

  test('versions 4 and 5 get an empty card and no changed texts, keeping a card or texts they had', () => {
    expect(upgraded(4, { id: 'p' })).toMatchObject({ card: {}, texts: {} })
    expect(upgraded(4, { id: 'p', card: { notes: 'x' } }).card).toMatchObject({ notes: 'x' })
    expect(upgraded(5, { id: 'p', texts: { invitation: 'x' } }).texts).toEqual({ invitation: 'x' })
  })

  test('what is not a preparation, or answers that are not a record, pass through for the check after', () => {
    const state = migrate({ preparations: { a: 'text', b: { id: 'b', answers: [1] } } }, 1) as {
      preparations: Saved
    }
    expect(state.preparations.a).toBe('text')
    expect((state.preparations.b as Saved).answers).toEqual([1])
    expect(migrate({ preparations: 12 }, 1)).toMatchObject({ preparations: 12 })
  })
})

describe('which versions can be brought up', () => {
  test('every version from 1 up to the current one; the current one as it is', () => {
    const current = { preparations: {}, settings: { locale: 'nl' } }
    expect(migrate(current, STORAGE_VERSION)).toBe(current)
    expect(migrate({ preparations: {} }, 1)).not.toBeNull()
  })

  test('no version 0, no half version, no newer version, and only an object as the saved state', () => {
    expect(migrate({}, 0)).toBeNull()
    expect(migrate({}, 1.5)).toBeNull()
    expect(migrate({}, STORAGE_VERSION + 1)).toBeNull()
    expect(migrate([], 1)).toBeNull()
    expect(migrate(null, 1)).toBeNull()
    expect(migrate('state', STORAGE_VERSION)).toBeNull()
  })
})
