import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { ADDRESS_VALUES, BUDDY_VALUES } from '../../src/rules'
import { RATINGS, type Preparation } from '../../src/model'
import { BACKUP_FORMAT, makeBackup, readBackup } from '../../src/store/backup'
import { emptyState, STORAGE_KEY, STORAGE_VERSION } from '../../src/store/persistence'
import { flushSaves, previewBackup, reloadFromStorage, useStore } from '../../src/store/store'
import { actions } from '../helpers'
import { preparation, saved } from './fixtures'

const file = (preparations: Preparation[]) =>
  makeBackup(
    { ...emptyState(), preparations: Object.fromEntries(preparations.map((p) => [p.id, p])) },
    '2026-11-29T12:00:00.000Z',
  )

describe('a backup', () => {
  test('holds every part of every preparation and reads back equal', () => {
    const all = [preparation('a'), preparation('b', { finished: true, held: true })]
    const reading = readBackup(file(all))
    expect(reading).toEqual({ ok: true, preparations: all, exportedAt: '2026-11-29T12:00:00.000Z' })
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

  test('read back: new ones are added, older copies here replaced, newer copies here kept', () => {
    window.localStorage.setItem(
      STORAGE_KEY,
      saved([
        preparation('newer-here', { updatedAt: '2026-11-20T00:00:00.000Z' }),
        preparation('older-here', { updatedAt: '2026-11-01T00:00:00.000Z' }),
      ]),
    )
    reloadFromStorage()
    const incoming = [
      preparation('newer-here', { updatedAt: '2026-11-10T00:00:00.000Z', notes: {} }),
      preparation('older-here', { updatedAt: '2026-11-10T00:00:00.000Z', notes: { x: 'uit de kopie' } }),
      preparation('new'),
    ]
    const preview = previewBackup(file(incoming))
    if (!preview.ok) throw new Error(preview.problem)
    expect(preview.plan.added.map((p) => p.id)).toEqual(['new'])
    expect(preview.plan.updated.map((p) => p.id)).toEqual(['older-here'])
    expect(preview.plan.kept.map((p) => p.id)).toEqual(['newer-here'])
    actions().importPreparations([...preview.plan.added, ...preview.plan.updated])
    flushSaves()
    reloadFromStorage()
    const { preparations } = useStore.getState()
    expect(preparations['newer-here']?.updatedAt).toBe('2026-11-20T00:00:00.000Z')
    expect(preparations['older-here']?.notes).toEqual({ x: 'uit de kopie' })
    expect(preparations.new).toEqual(preparation('new'))
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
    { notes: fc.string({ maxLength: 40 }), timerStartedAt: fc.constant('2026-12-12T14:30:00.000Z') },
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
  test('a refused file changes nothing here; an accepted one never replaces a newer copy', () => {
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
        actions().importPreparations([...preview.plan.added, ...preview.plan.updated])
        flushSaves()
        const after = useStore.getState().preparations
        for (const old of here) {
          expect(after[old.id]!.updatedAt >= old.updatedAt).toBe(true)
          const incoming = inFile.find((p) => p.id === old.id)
          if (!damage && (!incoming || incoming.updatedAt <= old.updatedAt)) expect(after[old.id]).toEqual(old)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
