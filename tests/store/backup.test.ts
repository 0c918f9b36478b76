import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { ADDRESS_VALUES, BUDDY_VALUES } from '../../src/rules'
import { RATINGS, type Preparation } from '../../src/model'
import {
  BACKUP_FORMAT,
  makeBackup,
  planDetails,
  planSchool,
  readBackup,
  readBackupOrCopy,
} from '../../src/store/backup'
import { emptyState, STORAGE_KEY, STORAGE_VERSION } from '../../src/store/persistence'
import { flushSaves, previewBackup, reloadFromStorage, useStore } from '../../src/store/store'
import { mergePreparation, planImport } from '../../src/store/merge'
import { listSetAside } from '../../src/store/set-aside'
import type { TeacherDetails } from '../../src/store/persistence'
import { actions } from '../helpers'
import { preparation, saved } from './fixtures'
import { answers } from '../rules/sample'

const file = (preparations: Preparation[]) =>
  makeBackup(
    { ...emptyState(), preparations: Object.fromEntries(preparations.map((p) => [p.id, p])) },
    '2026-11-29T12:00:00.000Z',
  )

const MARK = '— Tekst uit het bestand —'
/** Reads preparations back as the backup screen does: each merged with the copy here. */
const restore = (incoming: Preparation[], details?: TeacherDetails) =>
  actions().restorePreparations(
    incoming,
    (here, inFile) => {
      const outcome = mergePreparation(here, inFile, MARK)
      return outcome.changed ? outcome.preparation : null
    },
    details,
  )
const plan = (incoming: Preparation[]) => planImport(useStore.getState().preparations, incoming, MARK)

describe('a backup', () => {
  test('holds every part of every preparation and reads back equal', () => {
    const all = [preparation('a'), preparation('b', { finished: true, held: true })]
    const reading = readBackup(file(all))
    expect(reading).toEqual({
      ok: true,
      preparations: all,
      details: {},
      exportedAt: '2026-11-29T12:00:00.000Z',
      school: null,
    })
  })

  test.each([
    ['not-json', 'geen json'],
    ['not-backup', JSON.stringify({ version: 3, state: { preparations: {} } })],
    ['newer', JSON.stringify({ format: BACKUP_FORMAT, version: STORAGE_VERSION + 1, state: { preparations: {} } })],
    ['invalid', file([preparation('a')]).replace('"expectedMinutes": 30', '"expectedMinutes": "dertig"')],
    ['invalid', file([preparation('a')]).replace('"id": "a"', '"id": "b"')],
  ])('is refused as %s', (problem, text) => {
    expect(readBackup(text)).toEqual({ ok: false, problem })
  })

  test('read back: new ones added, copies here merged so nothing of either is lost, the copy replaced set aside, undo', () => {
    const newerHere = preparation('newer-here', {
      updatedAt: '2026-11-20T00:00:00.000Z',
      notes: { 'during.small-talk': 'hier getypt' },
    })
    const olderHere = preparation('older-here', { updatedAt: '2026-11-01T00:00:00.000Z' })
    window.localStorage.setItem(STORAGE_KEY, saved([newerHere, olderHere, preparation('same')]))
    reloadFromStorage()
    const incoming = [
      preparation('newer-here', {
        updatedAt: '2026-11-10T00:00:00.000Z',
        notes: { 'during.small-talk': 'in het bestand', 'after.next-appointment': 'alleen in het bestand' },
        ticks: { 'before.room-and-chairs': true },
      }),
      preparation('older-here', { updatedAt: '2026-11-10T00:00:00.000Z', answers: answers({ room: 'de aula' }) }),
      preparation('same'),
      preparation('new'),
    ]
    const preview = previewBackup(file(incoming))
    if (!preview.ok) throw new Error(preview.problem)
    expect(plan(preview.preparations).map((row) => [row.incoming.id, row.action])).toEqual([
      ['newer-here', 'merge'],
      ['older-here', 'merge'],
      ['same', 'same'],
      ['new', 'add'],
    ])
    const restored = restore(preview.preparations)
    expect(restored).toEqual({ previous: [newerHere, olderHere], added: ['new'] })
    flushSaves()
    reloadFromStorage()
    const { preparations } = useStore.getState()
    expect(preparations['newer-here']).toMatchObject({
      updatedAt: '2026-11-20T00:00:00.000Z',
      notes: {
        'during.small-talk': `hier getypt\n\n${MARK}\nin het bestand`,
        'after.next-appointment': 'alleen in het bestand',
      },
      ticks: { 'during.small-talk': true, 'before.room-and-chairs': true },
    })
    // The choice that differs: the copy changed last decides.
    expect(preparations['older-here']?.answers.room).toBe('de aula')
    expect(preparations.same).toEqual(preparation('same'))
    expect(preparations.new).toEqual(preparation('new'))
    // The copies replaced are kept aside on this device, as they were.
    const aside = listSetAside(window.localStorage).filter((entry) => entry.reason === 'replaced')
    expect(aside.map((entry) => JSON.parse(entry.data) as unknown)).toEqual(
      expect.arrayContaining([newerHere, olderHere]),
    )
    expect(aside).toHaveLength(2)
    // Undo: everything as it was.
    actions().undoRestore(restored!)
    flushSaves()
    reloadFromStorage()
    expect(useStore.getState().preparations).toEqual({
      'newer-here': newerHere,
      'older-here': olderHere,
      same: preparation('same'),
    })
  })

  test('only what the teacher chose is read back', () => {
    window.localStorage.setItem(STORAGE_KEY, saved([preparation('a')]))
    reloadFromStorage()
    restore([preparation('b')])
    flushSaves()
    reloadFromStorage()
    expect(Object.keys(useStore.getState().preparations)).toEqual(['a', 'b'])
  })
})

describe("the teacher's details in a backup", () => {
  const SANNE = { teacherName: 'juf Sanne', schoolName: 'De Linde', defaultRoom: 'lokaal 12', phone: '06-12345678' }
  const withSettings = (settings: Record<string, unknown>) =>
    makeBackup(
      { ...emptyState(), settings: { locale: 'en', dutchScripts: true, ...settings } as never },
      '2026-11-29T12:00:00.000Z',
    )

  test('are read back: the details only, not how the app looks on that device', () => {
    expect(readBackup(withSettings(SANNE))).toMatchObject({ ok: true, details: SANNE })
    const reading = readBackup(withSettings({ ...SANNE, email: '  ' }))
    expect(reading.ok && reading.details).toEqual(SANNE)
  })

  test('a detail that is not valid is left out; settings that are not settings refuse the file', () => {
    const reading = readBackup(withSettings({ ...SANNE, teacherName: 'x'.repeat(61) }))
    expect(reading.ok && reading.details).toEqual({
      schoolName: 'De Linde',
      defaultRoom: 'lokaal 12',
      phone: '06-12345678',
    })
    const notSettings = withSettings({}).replace(/"settings": \{[^}]*\}/, '"settings": "juf Sanne"')
    expect(notSettings).toContain('"settings": "juf Sanne"')
    expect(readBackup(notSettings)).toEqual({ ok: false, problem: 'invalid' })
  })

  test.each([
    ['none', {}, {}],
    ['none', SANNE, {}],
    ['same', SANNE, SANNE],
    ['new', {}, SANNE],
    ['different', SANNE, { ...SANNE, phone: '06-87654321' }],
    ['different', SANNE, { teacherName: 'juf Sanne' }],
    ['different', { teacherName: 'juf Sanne' }, SANNE],
  ])('are planned as %s for these details here and in the file', (kind, here, incoming) => {
    expect(planDetails(here, incoming).kind).toBe(kind)
  })

  test('read back with the preparations in one write; a field the file leaves empty is emptied', () => {
    actions().saveSettings({ teacherName: 'meester Bas', email: 'bas@school.nl' })
    flushSaves()
    expect(restore([preparation('a')], SANNE)).toEqual({
      previous: [],
      added: ['a'],
      details: { teacherName: 'meester Bas', email: 'bas@school.nl' },
    })
    reloadFromStorage()
    const { settings, preparations } = useStore.getState()
    expect(settings).toEqual({ locale: 'nl', dutchScripts: false, ...SANNE })
    expect(Object.keys(preparations)).toEqual(['a'])
  })

  test('the preview says what would happen to the details', () => {
    actions().saveSettings({ teacherName: 'meester Bas' })
    const preview = previewBackup(withSettings(SANNE))
    expect(preview).toMatchObject({
      ok: true,
      details: { kind: 'different', here: { teacherName: 'meester Bas' }, incoming: SANNE },
    })
  })
})

describe("the school's version of the guidance in a backup", () => {
  const LINDE = {
    format: 'oudergesprek-handreiking-school',
    formatVersion: 1,
    school: { name: 'OBS De Linde' },
    version: 2,
    date: '2026-11-23',
    items: { 'after.talk-again-later': { hidden: true } },
  } as const
  const withSchool = (school: typeof LINDE | null) =>
    makeBackup({ ...emptyState(), schoolGuidance: school }, '2026-11-29T12:00:00.000Z')

  test('is in the backup and read back as it was', () => {
    expect(readBackup(withSchool(LINDE))).toMatchObject({ ok: true, school: LINDE })
    expect(readBackup(withSchool(null))).toMatchObject({ ok: true, school: null })
  })

  test('an older backup, from before schools had their own version, still opens, with none', () => {
    const older = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 7,
      state: { preparations: { a: preparation('a') }, settings: { locale: 'nl', dutchScripts: false } },
    })
    expect(readBackup(older)).toEqual({
      ok: true,
      preparations: [preparation('a')],
      details: {},
      exportedAt: null,
      school: null,
    })
  })

  test.each([
    ['none', LINDE, null],
    ['same', LINDE, LINDE],
    ['new', null, LINDE],
    ['different', { ...LINDE, version: 1 }, LINDE],
  ] as const)('is planned as %s for the version here and in the file', (kind, here, incoming) => {
    expect(planSchool(here, incoming).kind).toBe(kind)
  })

  test('the preview says what would happen; taken with the preparations in one write, and undone', () => {
    const preview = previewBackup(withSchool(LINDE))
    expect(preview).toMatchObject({ ok: true, school: { kind: 'new', incoming: LINDE } })
    const restored = actions().restorePreparations([preparation('a')], () => null, undefined, LINDE)
    expect(restored).toEqual({ previous: [], added: ['a'], school: { previous: null } })
    flushSaves()
    reloadFromStorage()
    expect(useStore.getState().schoolGuidance).toEqual(LINDE)
    actions().undoRestore(restored!)
    flushSaves()
    reloadFromStorage()
    expect(useStore.getState()).toMatchObject({ schoolGuidance: null, preparations: {} })
  })
})

describe('ids and dates a file may hold', () => {
  test('"constructor", "toString" and "__proto__" are ids like any other: each is read back and kept', () => {
    const odd = ['constructor', 'toString', '__proto__'].map((id) => preparation(id))
    const text = file(odd)
    expect(text).toContain('"__proto__": {')
    const preview = previewBackup(text)
    if (!preview.ok) throw new Error(preview.problem)
    expect(plan(preview.preparations).map((row) => row.action)).toEqual(['add', 'add', 'add'])
    restore(preview.preparations)
    flushSaves()
    reloadFromStorage()
    const { preparations } = useStore.getState()
    expect(Object.keys(preparations)).toEqual(['constructor', 'toString', '__proto__'])
    expect(Object.getPrototypeOf(preparations)).toBe(Object.prototype)
    expect(Object.hasOwn(preparations, '__proto__') && preparations['__proto__']).toEqual(preparation('__proto__'))
    // Read back again: each is now here, as new as the file, so kept.
    const again = previewBackup(text)
    expect(again.ok && plan(again.preparations).map((row) => row.action)).toEqual(['same', 'same', 'same'])
  })

  test.each([
    ['a follow-up on 31 February', { followUp: { at: '2027-02-31T10:00' } }],
    ['a follow-up at 25:99', { followUp: { at: '2026-12-19T25:99' } }],
    ['a conversation in the year 0050', { answers: answers({ meetingAt: '0050-12-12T15:30' }) }],
    ['a conversation in the year 2201', { answers: answers({ meetingAt: '2201-01-01T15:30' }) }],
  ])('a file with %s is refused whole', (_, overrides) => {
    expect(readBackup(file([preparation('a'), preparation('b', overrides as Partial<Preparation>)]))).toEqual({
      ok: false,
      problem: 'invalid',
    })
  })

  test('29 February is a date in a leap year', () => {
    const leap = preparation('a', { followUp: { at: '2028-02-29T10:00' } })
    expect(readBackup(file([leap]))).toMatchObject({ ok: true, preparations: [leap] })
  })
})

describe('a copy downloaded from the recovery page reads back', () => {
  test('the saved data as it was found, in an older version, migrated and repaired like saved data', () => {
    const whole = JSON.stringify({
      version: 5,
      state: {
        preparations: {
          a: { ...preparation('a'), texts: undefined },
          b: { ...preparation('b'), followUp: { at: '2027-02-31T10:00' } },
          c: 'niet te lezen',
        },
      },
    })
    const reading = readBackupOrCopy(whole, '2026-11-30T09:00:00.000Z')
    if (!reading.ok) throw new Error(reading.problem)
    expect(reading.preparations.map((p) => p.id)).toEqual(['a', 'b'])
    expect(reading.preparations[0]).toEqual({
      ...preparation('a'),
      texts: {},
      answers: { ...preparation('a').answers, chosenMinutes: 45 },
    })
    // The impossible date is left out; the rest of that preparation is kept.
    expect(reading.preparations[1]?.notes).toEqual(preparation('b').notes)
    expect(reading.preparations[1]?.followUp.at).toBeUndefined()
  })

  test('one preparation, as the recovery page keeps it', () => {
    const one = JSON.stringify({ ...preparation('a'), notes: { 'during.small-talk': 7 } })
    const reading = readBackupOrCopy(one, '2026-11-30T09:00:00.000Z')
    expect(reading).toMatchObject({ ok: true, preparations: [{ id: 'a', ticks: preparation('a').ticks }] })
  })

  test('a backup file is still read whole, and refused whole when damaged', () => {
    expect(readBackupOrCopy(file([preparation('a')]), '2026-11-30T09:00:00.000Z')).toEqual(
      readBackup(file([preparation('a')])),
    )
    const damaged = file([preparation('a')]).replace('"id": "a"', '"id": "b"')
    expect(readBackupOrCopy(damaged, '2026-11-30T09:00:00.000Z')).toEqual({ ok: false, problem: 'invalid' })
  })

  test.each([
    ['not-json', 'geen json'],
    ['newer', JSON.stringify({ version: STORAGE_VERSION + 1, state: { preparations: {} } })],
    ['not-backup', JSON.stringify({ naam: 'iets anders' })],
    ['not-backup', JSON.stringify({ id: 'a', answers: 'geen antwoorden' })],
    ['not-backup', JSON.stringify({ answers: {} })],
    ['not-backup', JSON.stringify({ id: 7, answers: {} })],
    ['not-backup', JSON.stringify({ id: 'a', answers: null })],
    ['not-backup', JSON.stringify([1, 2])],
    ['not-backup', 'null'],
  ])('what is not such a copy is refused as %s', (problem, text) => {
    expect(readBackupOrCopy(text, '2026-11-30T09:00:00.000Z')).toEqual({ ok: false, problem })
  })
})

const arbitraryPreparation: fc.Arbitrary<Preparation> = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  createdAt: fc.constant('2026-11-01T09:00:00.000Z'),
  updatedAt: fc.constantFrom('2026-11-01T00:00:00.000Z', '2026-11-15T00:00:00.000Z', '2026-11-29T00:00:00.000Z'),
  answers: fc.record(
    {
      buddy: fc.constantFrom(...BUDDY_VALUES),
      sensitiveNews: fc.boolean(),
      expectedMinutes: fc.integer({ min: 5, max: 240 }),
      childName: fc.string({ maxLength: 20 }),
      address: fc.constantFrom(...ADDRESS_VALUES),
    },
    { requiredKeys: [] },
  ),
  ticks: fc.dictionary(fc.constantFrom('during.small-talk', 'before.room-and-chairs'), fc.constant(true as const)),
  notes: fc.dictionary(fc.constantFrom('during.small-talk', 'after.next-appointment'), fc.string({ maxLength: 40 })),
  questions: fc.array(
    fc.record({ id: fc.uuid(), text: fc.string({ minLength: 1, maxLength: 20 }), done: fc.boolean() }),
    {
      maxLength: 2,
    },
  ),
  evaluation: fc.record({ rating: fc.constantFrom(...RATINGS), agreements: fc.string() }, { requiredKeys: [] }),
  followUp: fc.record({ minutes: fc.integer({ min: 5, max: 240 }) }, { requiredKeys: [] }),
  card: fc.record(
    {
      notes: fc.string({ maxLength: 40 }),
      timerStartedAt: fc.constant('2026-12-12T14:30:00.000Z'),
      keyNote: fc.constantFrom('during.small-talk', 'before.room-and-chairs'),
    },
    { requiredKeys: [] },
  ),
  texts: fc.record(
    { invitation: fc.record({ text: fc.string({ maxLength: 40 }), basedOn: fc.string({ maxLength: 40 }) }) },
    { requiredKeys: [] },
  ),
  held: fc.boolean(),
  finished: fc.boolean(),
})
const preparations = fc.uniqueArray(arbitraryPreparation, { selector: (p) => p.id, maxLength: 4 })

/** A change somewhere in a JSON value: a value replaced, a key dropped, or the text cut short. */
type Mutation = { kind: 'replace' | 'drop'; path: number[]; value: unknown } | { kind: 'truncate'; at: number }
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('replace' as const, 'drop' as const),
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
)

function mutate(text: string, change: Mutation): string {
  if (change.kind === 'truncate') return text.slice(0, change.at % text.length)
  const root = JSON.parse(text) as unknown
  let node = root
  for (const [depth, step] of change.path.entries()) {
    if (typeof node !== 'object' || node === null) break
    const keys = Object.keys(node)
    if (keys.length === 0) break
    const key = keys[step % keys.length]!
    const record = node as Record<string, unknown>
    if (depth === change.path.length - 1 || typeof record[key] !== 'object' || record[key] === null) {
      if (change.kind === 'drop') Reflect.deleteProperty(record, key)
      else record[key] = change.value
      break
    }
    node = record[key]
  }
  return JSON.stringify(root)
}

describe('reading a backup back, over 1,000 generated and damaged files', () => {
  test('a refused file changes nothing here; an accepted one loses nothing that was here', () => {
    fc.assert(
      fc.property(preparations, preparations, mutation, fc.boolean(), (here, inFile, change, damage) => {
        window.localStorage.setItem(STORAGE_KEY, saved(here))
        reloadFromStorage()
        const before = { stored: { ...window.localStorage }, state: useStore.getState().preparations }
        const text = damage ? mutate(file(inFile), change) : file(inFile)
        const preview = previewBackup(text)
        if (!preview.ok) {
          flushSaves()
          expect({ ...window.localStorage }).toEqual(before.stored)
          expect(useStore.getState().preparations).toBe(before.state)
          return
        }
        restore(preview.preparations)
        flushSaves()
        const after = useStore.getState().preparations
        for (const old of here) {
          // Nothing that was here is lost: every tick and note, the newest time.
          const now = after[old.id]!
          expect(Date.parse(now.updatedAt) >= Date.parse(old.updatedAt)).toBe(true)
          for (const item of Object.keys(old.ticks)) expect(now.ticks[item]).toBe(true)
          for (const [item, note] of Object.entries(old.notes)) if (note.trim()) expect(now.notes[item]).toContain(note)
          if (!inFile.some((p) => p.id === old.id)) expect(now).toEqual(old)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
