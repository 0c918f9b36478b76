import { describe, expect, test } from 'vitest'
import {
  emptyState,
  parseSaved,
  readSaved,
  serialise,
  STORAGE_KEY,
  STORAGE_VERSION,
  type ReadOutcome,
} from '../../src/store/persistence'
import { MemoryStorage } from './memory-storage'
import { preparation, saved } from './fixtures'
import { answers } from '../rules/sample'
import type { Answers } from '../../src/rules'

const NOW = '2026-11-29T12:00:00.000Z'
const ok = (outcome: ReadOutcome) => {
  if (outcome.kind !== 'ok') throw new Error(`expected ok, got ${outcome.kind}`)
  return outcome
}

/** A preparation as versions 2 to 4 wrote it: everything but the conversation card and the changed texts. */
function beforeTheCard(id: string, notes: Record<string, string>) {
  const written: Partial<ReturnType<typeof preparation>> = beforeTheTexts(id, notes)
  delete written.card
  return written
}

/** A preparation as version 5 wrote it: everything but the texts the teacher changed and the note on the card. */
function beforeTheTexts(id: string, notes: Record<string, string>) {
  const written: Partial<ReturnType<typeof preparation>> = beforeTheKeyNote(id, notes)
  delete written.texts
  return written
}

/** The conversation card as version 6 wrote it: its notes and timer, no note put on it from the checklist. */
const CARD_BEFORE_THE_KEY_NOTE = { notes: 'Aantekening van old', timerStartedAt: '2026-12-12T14:30:00.000Z' }

/** A preparation as version 6 wrote it: everything but the checklist note put on the card. */
function beforeTheKeyNote(id: string, notes: Record<string, string>) {
  return { ...preparation(id, { notes }), card: CARD_BEFORE_THE_KEY_NOTE }
}

/** What each earlier version wrote, for a preparation with something in every part it knew. */
const EARLIER_VERSIONS: Record<number, unknown> = {
  1: {
    version: 1,
    state: {
      locale: 'en',
      activeId: 'old',
      preparations: {
        old: {
          id: 'old',
          createdAt: '2026-11-01T09:00:00.000Z',
          updatedAt: '2026-11-01T10:00:00.000Z',
          answers: answers(),
          ticks: { 'during.small-talk': true },
          notes: { 'during.small-talk': 'Uit de eerste versie' },
        },
      },
    },
  },
  2: {
    version: 2,
    state: {
      locale: 'nl',
      activeId: 'old',
      preparations: {
        old: beforeTheCard('old', { 'during.small-talk': 'Uit de tweede versie' }),
      },
    },
  },
  3: {
    version: 3,
    state: {
      settings: { locale: 'nl', dutchScripts: true },
      lastUsedId: 'old',
      writes: ['w1'],
      preparations: {
        old: {
          ...beforeTheCard('old', { 'during.small-talk': 'Uit de derde versie' }),
          answers: answers({ otherAttendees: 2 }),
        },
      },
    },
  },
  4: {
    version: 4,
    state: {
      settings: { locale: 'en', dutchScripts: true, teacherName: 'juf Sanne' },
      lastUsedId: 'old',
      writes: ['w2'],
      preparations: {
        old: {
          ...beforeTheCard('old', { 'during.small-talk': 'Uit de vierde versie' }),
          answers: {
            ...answers(),
            others: [{ role: 'ib', name: 'mevrouw Jansen' }],
            otherAttendees: 1,
            purpose: 'Lezen',
          },
          followsId: 'first',
        },
      },
    },
  },
  5: {
    version: 5,
    state: {
      settings: { locale: 'nl', dutchScripts: false, teacherName: 'juf Sanne', defaultRoom: 'lokaal 12' },
      lastUsedId: 'old',
      writes: ['w3'],
      preparations: {
        old: {
          ...beforeTheTexts('old', { 'during.small-talk': 'Uit de vijfde versie' }),
          answers: answers({ purpose: 'Lezen' }),
          followsId: 'first',
          carriedAgreements: 'Over zes weken weer',
        },
      },
    },
  },
  6: {
    version: 6,
    state: {
      settings: { locale: 'nl', dutchScripts: false, teacherName: 'juf Sanne', phone: '06 12345678' },
      lastUsedId: 'old',
      writes: ['w4'],
      preparations: {
        old: {
          ...beforeTheKeyNote('old', { 'during.small-talk': 'Uit de zesde versie' }),
          answers: answers({ purpose: 'Lezen', parentSubject: 'Hoe het gaat met lezen' }),
        },
        // Two parents: version 6 planned 30 minutes plus 15 for three people in the room.
        pair: {
          ...beforeTheKeyNote('pair', {}),
          answers: answers({ buddy: 'none', parentsAttending: 2 }),
          texts: { invitation: { text: 'Hoe lang: ongeveer 45 minuten', basedOn: 'x' } },
        },
        // One parent and nobody else: 6 planned the usual 20.
        alone: { ...beforeTheKeyNote('alone', {}), answers: answers({ buddy: 'none', expectedMinutes: 20 }) },
        // Not all answered yet: 6 planned nothing.
        draft: { ...beforeTheKeyNote('draft', {}), answers: { buddy: 'unknown', expectedMinutes: 30 } },
      },
    },
  },
  7: {
    version: 7,
    state: {
      settings: { locale: 'nl', dutchScripts: false, schoolName: 'OBS De Linde' },
      lastUsedId: 'old',
      writes: ['w5'],
      preparations: {
        old: {
          ...preparation('old'),
          notes: { 'during.small-talk': 'Uit de zevende versie' },
          card: { keyNote: 'during.small-talk' },
        },
      },
    },
  },
}

/** A school's version of the guidance as version 8 saves it (checked in full where it is used). */
const SCHOOL_VERSION = {
  format: 'oudergesprek-handreiking-school',
  formatVersion: 1,
  school: { name: 'OBS De Linde' },
  version: 1,
  date: '2026-11-23',
  items: { 'after.talk-again-later': { hidden: true } },
}

describe('saved data from every earlier version', () => {
  test('the chain of versions is complete', () => {
    expect(Object.keys(EARLIER_VERSIONS).map(Number)).toEqual(
      Array.from({ length: STORAGE_VERSION - 1 }, (_, i) => i + 1),
    )
  })

  test('version 1 comes back with its answers, ticks and notes, and the after part empty', () => {
    const outcome = ok(parseSaved(JSON.stringify(EARLIER_VERSIONS[1]), NOW))
    expect(outcome.changed).toBe(true)
    expect(outcome.repairs).toEqual([])
    expect(outcome.state.settings).toEqual({ locale: 'en', dutchScripts: false })
    expect(outcome.state.lastUsedId).toBe('old')
    expect(outcome.state.preparations.old).toEqual({
      id: 'old',
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      answers: { ...answers(), others: [], chosenMinutes: 45 },
      ticks: { 'during.small-talk': true },
      notes: { 'during.small-talk': 'Uit de eerste versie' },
      questions: [],
      evaluation: {},
      followUp: {},
      card: {},
      texts: {},
      held: false,
      finished: false,
    })
  })

  test('version 2 comes back whole, the open preparation remembered as the one used last', () => {
    const outcome = ok(parseSaved(JSON.stringify(EARLIER_VERSIONS[2]), NOW))
    expect(outcome.state.preparations.old).toEqual({
      ...preparation('old'),
      answers: { ...preparation('old').answers, others: [], chosenMinutes: 45 },
      notes: { 'during.small-talk': 'Uit de tweede versie' },
      card: {},
      texts: {},
    })
    expect(outcome.state).toMatchObject({ settings: { locale: 'nl', dutchScripts: false }, lastUsedId: 'old' })
  })

  test('version 3 comes back whole, its others from school as colleagues the teacher can name', () => {
    const outcome = ok(parseSaved(JSON.stringify(EARLIER_VERSIONS[3]), NOW))
    expect(outcome.changed).toBe(true)
    expect(outcome.repairs).toEqual([])
    expect(outcome.state.preparations.old).toEqual({
      ...preparation('old'),
      answers: {
        ...answers({ otherAttendees: 2 }),
        others: [{ role: 'colleague' }, { role: 'colleague' }],
        chosenMinutes: 45,
      },
      notes: { 'during.small-talk': 'Uit de derde versie' },
      card: {},
      texts: {},
    })
    expect(outcome.state).toMatchObject({
      settings: { locale: 'nl', dutchScripts: true },
      lastUsedId: 'old',
      writes: ['w1'],
    })
  })

  test('version 4 comes back whole, with an empty conversation card and nothing repaired', () => {
    const outcome = ok(parseSaved(JSON.stringify(EARLIER_VERSIONS[4]), NOW))
    expect(outcome.changed).toBe(true)
    expect(outcome.repairs).toEqual([])
    expect(outcome.state.preparations.old).toEqual({
      ...preparation('old'),
      answers: {
        ...answers(),
        others: [{ role: 'ib', name: 'mevrouw Jansen' }],
        otherAttendees: 1,
        purpose: 'Lezen',
        chosenMinutes: 45,
      },
      notes: { 'during.small-talk': 'Uit de vierde versie' },
      followsId: 'first',
      card: {},
      texts: {},
    })
    expect(outcome.state).toMatchObject({ settings: { locale: 'en', dutchScripts: true, teacherName: 'juf Sanne' } })
  })

  test('version 5 comes back whole, with no changed invitations, its series and settings kept', () => {
    const outcome = ok(parseSaved(JSON.stringify(EARLIER_VERSIONS[5]), NOW))
    expect(outcome.changed).toBe(true)
    expect(outcome.repairs).toEqual([])
    expect(outcome.state.preparations.old).toEqual({
      ...preparation('old'),
      answers: answers({ purpose: 'Lezen', chosenMinutes: 45 }),
      notes: { 'during.small-talk': 'Uit de vijfde versie' },
      followsId: 'first',
      carriedAgreements: 'Over zes weken weer',
      card: CARD_BEFORE_THE_KEY_NOTE,
      texts: {},
    })
    expect(outcome.state).toMatchObject({
      settings: { locale: 'nl', dutchScripts: false, teacherName: 'juf Sanne', defaultRoom: 'lokaal 12' },
      lastUsedId: 'old',
      writes: ['w3'],
    })
  })

  test('version 6 comes back whole, its changed invitation kept, no note put on the card, and the length it planned', () => {
    const outcome = ok(parseSaved(JSON.stringify(EARLIER_VERSIONS[6]), NOW))
    expect(outcome.changed).toBe(true)
    expect(outcome.repairs).toEqual([])
    expect(outcome.state.preparations.old).toEqual({
      ...preparation('old'),
      answers: answers({ purpose: 'Lezen', parentSubject: 'Hoe het gaat met lezen', chosenMinutes: 45 }),
      notes: { 'during.small-talk': 'Uit de zesde versie' },
      card: CARD_BEFORE_THE_KEY_NOTE,
    })
    expect(outcome.state).toMatchObject({
      settings: { locale: 'nl', dutchScripts: false, teacherName: 'juf Sanne', phone: '06 12345678' },
      lastUsedId: 'old',
      writes: ['w4'],
    })
    // An invitation already sent said 45 minutes: the length stays, and so does the text.
    const { pair, alone, draft } = outcome.state.preparations
    expect(pair!.answers).toEqual(answers({ buddy: 'none', parentsAttending: 2, chosenMinutes: 45 }))
    expect(pair!.texts).toEqual({ invitation: { text: 'Hoe lang: ongeveer 45 minuten', basedOn: 'x' } })
    expect(alone!.answers).toEqual(answers({ buddy: 'none', expectedMinutes: 20 }))
    expect(draft!.answers).toEqual({ buddy: 'unknown', expectedMinutes: 30 })
  })

  test.each<[string, Partial<Answers>, number | undefined]>([
    ['a buddy who comes, 30 usual', { buddy: 'attending', expectedMinutes: 30 }, 45],
    ['a buddy who may come, 10 usual: at least ten more', { buddy: 'unknown', expectedMinutes: 10 }, 20],
    ['one colleague, 22 usual: rounded up to five', { buddy: 'none', otherAttendees: 1, expectedMinutes: 22 }, 37],
    ['a preparing buddy and one parent', { buddy: 'preparing', expectedMinutes: 30 }, undefined],
    ['a preparing buddy and two parents', { buddy: 'preparing', parentsAttending: 2, expectedMinutes: 30 }, 45],
  ])('version 6 kept its length: %s', (_, given, chosen) => {
    const state = {
      ...(EARLIER_VERSIONS[6] as { state: object }).state,
      preparations: { p: { ...beforeTheKeyNote('p', {}), answers: answers(given) } },
    }
    const outcome = ok(parseSaved(JSON.stringify({ version: 6, state }), NOW))
    expect(outcome.state.preparations.p!.answers.chosenMinutes).toBe(chosen)
  })

  test('version 7 comes back whole, with no school version of the guidance', () => {
    const outcome = ok(parseSaved(JSON.stringify(EARLIER_VERSIONS[7]), NOW))
    expect(outcome.changed).toBe(true)
    expect(outcome.repairs).toEqual([])
    expect(outcome.state).toEqual({
      preparations: {
        old: {
          ...preparation('old'),
          notes: { 'during.small-talk': 'Uit de zevende versie' },
          card: { keyNote: 'during.small-talk' },
        },
      },
      settings: { locale: 'nl', dutchScripts: false, schoolName: 'OBS De Linde' },
      lastUsedId: 'old',
      writes: ['w5'],
      schoolGuidance: null,
    })
  })

  test.each(Object.entries(EARLIER_VERSIONS))(
    'version %s comes back with the guidance as the sheet has it',
    (_, data) => {
      expect(ok(parseSaved(JSON.stringify(data), NOW)).state.schoolGuidance).toBeNull()
    },
  )

  test('a school version of the guidance is kept; something else in its place is not', () => {
    const state = (school: unknown) =>
      JSON.stringify({ version: STORAGE_VERSION, state: { preparations: {}, schoolGuidance: school } })
    expect(ok(parseSaved(state(SCHOOL_VERSION), NOW)).state.schoolGuidance).toEqual(SCHOOL_VERSION)
    for (const other of [null, 'OBS De Linde', [SCHOOL_VERSION], { ...SCHOOL_VERSION, format: 'oudergesprek-backup' }])
      expect(ok(parseSaved(state(other), NOW)).state.schoolGuidance).toBeNull()
  })

  test('the current version needs no change', () => {
    const outcome = ok(parseSaved(saved([preparation('a')]), NOW))
    expect(outcome.changed).toBe(false)
    expect(outcome.state.preparations).toEqual({ a: preparation('a') })
  })
})

describe('reading saved data', () => {
  test('one bad field drops that part only, and says which', () => {
    const bad = { ...preparation('a'), followUp: { at: '2026-12-19T14:30', minutes: 9999 } }
    const outcome = ok(parseSaved(saved([bad]), NOW))
    expect(outcome.state.preparations.a).toEqual({ ...preparation('a'), followUp: { at: '2026-12-19T14:30' } })
    expect(outcome.repairs).toEqual([{ id: 'a', childName: 'Kind a', parts: ['followUp'], original: bad }])
  })

  test('an unreadable changed invitation drops only the texts; the series it belongs to is kept', () => {
    const bad = {
      ...preparation('a'),
      texts: { invitation: { text: 42 } },
      followsId: 'first',
      carriedAgreements: 'Over zes weken weer',
    }
    const outcome = ok(parseSaved(saved([bad as never]), NOW))
    expect(outcome.state.preparations.a).toEqual({
      ...preparation('a'),
      texts: {},
      followsId: 'first',
      carriedAgreements: 'Over zes weken weer',
    })
    expect(outcome.repairs[0]?.parts).toEqual(['texts'])
  })

  test('a follow-up length in part minutes is dropped; its date and the buddy are kept', () => {
    const bad = { ...preparation('a'), followUp: { at: '2026-12-19T14:30', minutes: 22.5, withBuddy: true } }
    const outcome = ok(parseSaved(saved([bad]), NOW))
    expect(outcome.state.preparations.a?.followUp).toEqual({ at: '2026-12-19T14:30', withBuddy: true })
    expect(outcome.repairs[0]?.parts).toEqual(['followUp'])
  })

  test('an unreadable timer start drops only the card’s timer, and the card’s notes stay', () => {
    const bad = { ...preparation('a'), card: { notes: 'Moeder wil een vervolg', timerStartedAt: 'om drie uur' } }
    const outcome = ok(parseSaved(saved([bad as never]), NOW))
    expect(outcome.state.preparations.a).toEqual({ ...preparation('a'), card: { notes: 'Moeder wil een vervolg' } })
    expect(outcome.repairs[0]?.parts).toEqual(['card'])
  })

  test('an unreadable mark of the note on the card drops only the mark; the card’s notes and timer stay', () => {
    const bad = { ...preparation('a'), card: { ...preparation('a').card, keyNote: '' } }
    const outcome = ok(parseSaved(saved([bad]), NOW))
    expect(outcome.state.preparations.a?.card).toEqual({
      notes: 'Aantekening van a',
      timerStartedAt: '2026-12-12T14:30:00.000Z',
    })
    expect(outcome.repairs[0]?.parts).toEqual(['card'])
  })

  test('a bad answer, a bad tick and a bad question are each dropped on their own', () => {
    const bad = {
      ...preparation('a'),
      answers: { ...answers({ childName: 'Sem' }), expectedMinutes: 12.5 },
      ticks: { 'during.small-talk': true, 'before.room-and-chairs': 'yes' },
      questions: [{ id: 'q1', text: 'Goed', done: false }, { id: 'q2' }],
      held: 'no',
    }
    const outcome = ok(parseSaved(saved([bad as never]), NOW))
    const rest = Object.fromEntries(
      Object.entries(answers({ childName: 'Sem' })).filter(([k]) => k !== 'expectedMinutes'),
    )
    expect(outcome.state.preparations.a).toMatchObject({
      answers: rest,
      ticks: { 'during.small-talk': true },
      questions: [{ id: 'q1', text: 'Goed', done: false }],
      held: false,
      notes: preparation('a').notes,
    })
    expect(outcome.repairs[0]?.parts).toEqual(['answers', 'ticks', 'questions', 'status'])
  })

  test('a preparation whose id differs from its key is kept under its key', () => {
    const text = JSON.stringify({
      version: STORAGE_VERSION,
      state: { preparations: { a: { ...preparation('a'), id: 'other' } }, settings: { locale: 'nl' } },
    })
    expect(ok(parseSaved(text, NOW)).state.preparations).toEqual({ a: preparation('a') })
  })

  test('a value that is no preparation at all is set apart whole; the rest is kept', () => {
    const text = saved([preparation('good')]).replace('"preparations":{', '"preparations":{"bad":"tekst",')
    const outcome = ok(parseSaved(text, NOW))
    expect(outcome.unusable).toEqual([{ id: 'bad', value: 'tekst' }])
    expect(Object.keys(outcome.state.preparations)).toEqual(['good'])
  })

  test('an unknown language falls back to Dutch and sets nothing aside', () => {
    const outcome = ok(parseSaved(saved([preparation('a')], { settings: { locale: 'fr', dutchScripts: true } }), NOW))
    expect(outcome.state.settings).toEqual({ locale: 'nl', dutchScripts: true })
    expect(outcome.unusable).toEqual([])
    expect(outcome.repairs).toEqual([])
    expect(outcome.state.preparations.a).toEqual(preparation('a'))
  })

  test('a remembered preparation that is gone is forgotten', () => {
    const outcome = ok(parseSaved(saved([preparation('a')], { lastUsedId: 'gone' }), NOW))
    expect(outcome.state.lastUsedId).toBeNull()
  })

  test('an id remembered as a number is forgotten, even when a preparation has that number as its key', () => {
    const outcome = ok(parseSaved(saved([preparation('1')], { lastUsedId: 1 }), NOW))
    expect(Object.keys(outcome.state.preparations)).toEqual(['1'])
    expect(outcome.state.lastUsedId).toBeNull()
  })

  test('a list of writes that is not a list of texts is started afresh; the preparations are kept', () => {
    const outcome = ok(parseSaved(saved([preparation('a')], { writes: 'w1' }), NOW))
    expect(outcome.state.writes).toEqual([])
    expect(outcome.state.preparations).toEqual({ a: preparation('a') })
  })

  test.each([
    ['text that is not JSON', '{not json'],
    ['JSON without a version', '{"state": {"preparations": {}}}'],
    ['preparations that are not a record', '{"version": 3, "state": {"preparations": 12}}'],
    ['a version that never existed', '{"version": 0, "state": {"preparations": {}}}'],
    ['a version that is not a whole number', '{"version": 2.5, "state": {"preparations": {}}}'],
  ])('%s is unreadable, kept exactly as it was', (_, text) => {
    expect(parseSaved(text, NOW)).toEqual({ kind: 'unreadable', raw: text })
  })

  test('a newer version is recognised as newer, not as unreadable', () => {
    const text = JSON.stringify({ version: STORAGE_VERSION + 1, state: {} })
    expect(parseSaved(text, NOW)).toEqual({ kind: 'newer', raw: text, version: STORAGE_VERSION + 1 })
  })
})

describe('the device’s storage', () => {
  test('with nothing saved yet is empty, and a new device starts with no preparations, in Dutch, with the sheet as it is', () => {
    expect(readSaved(new MemoryStorage(), NOW)).toEqual({ kind: 'empty' })
    expect(emptyState()).toEqual({
      preparations: {},
      settings: { locale: 'nl', dutchScripts: false },
      lastUsedId: null,
      writes: [],
      schoolGuidance: null,
    })
  })

  test('that cannot be read says so, rather than looking empty', () => {
    const storage = new MemoryStorage()
    storage.setItem(STORAGE_KEY, saved([preparation('a')]))
    storage.readFails = true
    expect(readSaved(storage, NOW)).toEqual({ kind: 'failed' })
  })

  test('gives back what was written, exactly', () => {
    const state = { ...emptyState(), preparations: { a: preparation('a') }, lastUsedId: 'a', writes: ['w1'] }
    const storage = new MemoryStorage()
    storage.setItem(STORAGE_KEY, serialise(state))
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual({ version: STORAGE_VERSION, state })
    const outcome = ok(readSaved(storage, NOW))
    expect(outcome.state).toEqual(state)
    expect(outcome.raw).toBe(serialise(state))
    expect(outcome.changed).toBe(false)
  })

  test('writes the same text JSON would, and a preparation changed since the last write as it is now', () => {
    const a = preparation('a')
    const state = { ...emptyState(), preparations: { a, __proto__: preparation('__proto__') } }
    // The record's own "__proto__" entry, as saved data may hold one.
    Object.defineProperty(state.preparations, '__proto__', { value: preparation('__proto__'), enumerable: true })
    expect(serialise(state)).toBe(JSON.stringify({ version: STORAGE_VERSION, state }))
    const changed = { ...state, preparations: { ...state.preparations, a: { ...a, notes: { x: 'Nieuw' } } } }
    expect(JSON.parse(serialise(changed)).state.preparations.a.notes).toEqual({ x: 'Nieuw' })
    expect(JSON.parse(serialise(emptyState()))).toEqual({ version: STORAGE_VERSION, state: emptyState() })
  })
})
