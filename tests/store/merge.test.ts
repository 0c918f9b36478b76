import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { ADDRESS_VALUES, BUDDY_VALUES } from '../../src/rules'
import { preparationSchema, RATINGS, type Preparation } from '../../src/model'
import { instant, mergePreparation, planImport, same } from '../../src/store/merge'
import { preparation } from './fixtures'
import { answers } from '../rules/sample'

const MARK = '— Tekst uit het bestand —'
const merge = (here: Preparation, file: Preparation) => mergePreparation(here, file, MARK)

describe('merging a preparation from a file with the copy here', () => {
  test('the same copy changes nothing', () => {
    const outcome = merge(preparation('a'), preparation('a'))
    expect(outcome).toEqual({ preparation: preparation('a'), changed: false, added: 0, bothKept: 0, chosen: [] })
  })

  test('what only the file has is added: a tick, a note, a question, an answer, an after-page text', () => {
    const here = preparation('a', { evaluation: {}, answers: answers({ room: undefined }) })
    const file = preparation('a', {
      ticks: { 'during.small-talk': true, 'before.room-and-chairs': true },
      notes: { 'during.small-talk': 'Notitie van a', 'after.next-appointment': 'bellen' },
      questions: [...here.questions, { id: 'q2', text: 'Wanneer is de toets?', done: true }],
      answers: answers({ room: 'lokaal 4' }),
      evaluation: { discussed: 'Lezen gaat beter.' },
    })
    const outcome = merge(here, file)
    expect(outcome).toMatchObject({ changed: true, added: 5, bothKept: 0, chosen: [] })
    expect(outcome.preparation).toEqual({ ...file, updatedAt: here.updatedAt })
  })

  test('a text both changed, each differently, keeps both: this device first, the file under the mark', () => {
    const outcome = merge(
      preparation('a', { card: { notes: 'Hier.' } }),
      preparation('a', { card: { notes: 'Daar.' } }),
    )
    expect(outcome.preparation.card.notes).toBe(`Hier.\n\n${MARK}\nDaar.`)
    expect(outcome).toMatchObject({ changed: true, bothKept: 1, added: 0 })
    // Read back once more: nothing new.
    expect(merge(outcome.preparation, preparation('a', { card: { notes: 'Daar.' } })).changed).toBe(false)
  })

  test('a text that grew on one side is taken whole; an emptied text gives way', () => {
    const grew = merge(
      preparation('a', { card: { notes: 'Eerst' } }),
      preparation('a', { card: { notes: 'Eerst en meer' } }),
    )
    expect(grew.preparation.card.notes).toBe('Eerst en meer')
    expect(grew).toMatchObject({ added: 1, bothKept: 0 })
    const emptied = merge(preparation('a', { card: { notes: '  ' } }), preparation('a', { card: { notes: 'Daar.' } }))
    expect(emptied.preparation.card.notes).toBe('Daar.')
    const emptyInFile = merge(preparation('a', { card: { notes: 'Hier.' } }), preparation('a', { card: { notes: '' } }))
    expect(emptyInFile).toMatchObject({ changed: false, preparation: { card: { notes: 'Hier.' } } })
  })

  test('a choice that differs: the copy changed last decides, and the preview is told which', () => {
    const here = preparation('a', { updatedAt: '2026-11-10T10:00:00.000Z', answers: answers({ room: 'lokaal 4' }) })
    const newerFile = preparation('a', { updatedAt: '2026-11-10T10:00:01.000Z', answers: answers({ room: 'de aula' }) })
    expect(merge(here, newerFile)).toMatchObject({
      preparation: { answers: { room: 'de aula' }, updatedAt: '2026-11-10T10:00:01.000Z' },
      chosen: [{ field: 'answers.room', from: 'file' }],
    })
    const olderFile = { ...newerFile, updatedAt: '2026-11-10T09:59:59.000Z' }
    expect(merge(here, olderFile)).toMatchObject({
      preparation: { answers: { room: 'lokaal 4' }, updatedAt: here.updatedAt },
      chosen: [{ field: 'answers.room', from: 'here' }],
    })
  })

  test('the note put on the card: kept from the copy that has one, and where both differ, the newer copy’s', () => {
    const marked = (keyNote: string | undefined, updatedAt: string) =>
      preparation('a', { updatedAt, card: keyNote ? { keyNote } : {} })
    const onlyFile = merge(
      marked(undefined, '2026-11-10T10:00:00Z'),
      marked('during.small-talk', '2026-11-01T00:00:00Z'),
    )
    expect(onlyFile).toMatchObject({ changed: true, added: 1, preparation: { card: { keyNote: 'during.small-talk' } } })
    const onlyHere = merge(
      marked('during.small-talk', '2026-11-01T00:00:00Z'),
      marked(undefined, '2026-11-10T10:00:00Z'),
    )
    expect(onlyHere).toMatchObject({ changed: false, preparation: { card: { keyNote: 'during.small-talk' } } })
    const newerFile = merge(
      marked('during.small-talk', '2026-11-01T00:00:00Z'),
      marked('before.room-and-chairs', '2026-11-10T10:00:00Z'),
    )
    expect(newerFile).toMatchObject({
      preparation: { card: { keyNote: 'before.room-and-chairs' } },
      chosen: [{ field: 'card.keyNote', from: 'file' }],
    })
    const olderFile = merge(
      marked('during.small-talk', '2026-11-10T10:00:00Z'),
      marked('before.room-and-chairs', '2026-11-01T00:00:00Z'),
    )
    expect(olderFile.preparation.card.keyNote).toBe('during.small-talk')
  })

  test('instants are compared as instants, not as text', () => {
    const here = preparation('a', { updatedAt: '2026-11-10T10:00:00.000Z', evaluation: { rating: 'good' } })
    // The same instant without milliseconds is not newer (as text it sorts after ".000Z").
    const sameInstant = preparation('a', { updatedAt: '2026-11-10T10:00:00Z', evaluation: { rating: 'difficult' } })
    expect(merge(here, sameInstant).preparation.evaluation.rating).toBe('good')
    // "9" sorts after every ISO date as text, but is not a date at all: oldest.
    const notADate = preparation('a', { updatedAt: '9', evaluation: { rating: 'difficult' } })
    expect(merge(here, notADate).preparation.evaluation.rating).toBe('good')
    expect(merge(notADate, here).preparation.evaluation.rating).toBe('good')
    expect(instant('9')).toBe(-Infinity)
    expect(instant('2026-11-10T10:00:00Z')).toBe(instant('2026-11-10T10:00:00.000Z'))
    // A later instant written in another zone is newer.
    const later = preparation('a', { updatedAt: '2026-11-10T11:30:00+01:00', evaluation: { rating: 'mixed' } })
    expect(merge(here, later).preparation.evaluation.rating).toBe('mixed')
    // The earliest creation is kept.
    expect(merge(here, preparation('a', { createdAt: '2026-10-01T00:00:00Z' })).preparation.createdAt).toBe(
      '2026-10-01T00:00:00Z',
    )
  })

  test('questions: the same question once, a done on either side stays done, another text with the same id is kept too', () => {
    const here = preparation('a', { questions: [{ id: 'q1', text: 'Extra leesmoment?', done: false }] })
    const done = merge(here, preparation('a', { questions: [{ id: 'q1', text: 'Extra leesmoment?', done: true }] }))
    expect(done.preparation.questions).toEqual([{ id: 'q1', text: 'Extra leesmoment?', done: true }])
    const other = merge(here, preparation('a', { questions: [{ id: 'q1', text: 'Bijles?', done: false }] }))
    expect(other.preparation.questions).toEqual([
      { id: 'q1', text: 'Extra leesmoment?', done: false },
      { id: 'q1-2', text: 'Bijles?', done: false },
    ])
    const sameText = merge(
      here,
      preparation('a', { questions: [{ id: 'q9', text: 'Extra leesmoment?', done: false }] }),
    )
    expect(sameText.changed).toBe(false)
  })

  test('held and finished on either side stay so', () => {
    expect(merge(preparation('a'), preparation('a', { held: true })).preparation.held).toBe(true)
    expect(merge(preparation('a', { finished: true }), preparation('a')).preparation.finished).toBe(true)
    expect(merge(preparation('a'), preparation('a')).preparation).toMatchObject({ held: false, finished: false })
  })

  test('the plan: new, the same, or merged', () => {
    const existing = { a: preparation('a'), b: preparation('b') }
    const rows = planImport(existing, [preparation('a'), preparation('b', { held: true }), preparation('c')], MARK)
    expect(rows.map((row) => row.action)).toEqual(['same', 'merge', 'add'])
  })

  test('deep equality: undefined fields count as missing, order of keys does not matter', () => {
    expect(same({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(same({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true)
    expect(same([1, 2], [2, 1])).toBe(false)
    expect(same([1], { 0: 1 })).toBe(false)
    expect(same({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false)
    expect(same(null, {})).toBe(false)
    expect(same({ a: 1 }, { a: 1, b: 2 })).toBe(false)
  })
})

const ITEMS = ['during.small-talk', 'before.room-and-chairs', 'after.next-appointment', 'during.agenda'] as const
const text = fc.string({ maxLength: 12 })
const stamp = fc.constantFrom(
  '2026-11-01T00:00:00.000Z',
  '2026-11-01T00:00:00Z',
  '2026-11-15T12:00:00.000Z',
  '2026-11-15T13:00:00+01:00',
  '2026-11-29T00:00:00.000Z',
)
/** Answers as a copy may hold them: any of them, or none. */
const someAnswers = fc.record(
  {
    buddy: fc.constantFrom(...BUDDY_VALUES),
    sensitiveNews: fc.boolean(),
    expectedMinutes: fc.integer({ min: 5, max: 240 }),
    childName: text,
    address: fc.constantFrom(...ADDRESS_VALUES),
    room: text,
  },
  { requiredKeys: [] },
)
const question = fc.record({
  id: fc.constantFrom('q1', 'q2', 'q3'),
  text: fc.string({ minLength: 1, maxLength: 8 }),
  done: fc.boolean(),
})
/** What one device may do to its copy after the two went apart. */
const edits = fc.record({
  updatedAt: stamp,
  answers: someAnswers,
  ticks: fc.subarray([...ITEMS]),
  untick: fc.subarray([...ITEMS]),
  notes: fc.dictionary(fc.constantFrom(...ITEMS), text),
  questions: fc.array(question, { maxLength: 2 }),
  rating: fc.option(fc.constantFrom(...RATINGS), { nil: undefined }),
  discussed: fc.option(text, { nil: undefined }),
  cardNotes: fc.option(text, { nil: undefined }),
  keyNote: fc.option(fc.constantFrom(...ITEMS), { nil: undefined }),
  followUpMinutes: fc.option(fc.integer({ min: 5, max: 240 }), { nil: undefined }),
  held: fc.boolean(),
})
type Edits = typeof edits extends fc.Arbitrary<infer T> ? T : never

const base = fc.record({
  answers: someAnswers,
  ticks: fc.subarray([...ITEMS]),
  notes: fc.dictionary(fc.constantFrom(...ITEMS), text),
  questions: fc.uniqueArray(question, { selector: (q) => q.id, maxLength: 2 }),
})

function apply(start: Preparation, change: Edits): Preparation {
  const ticks = Object.fromEntries(
    [...Object.keys(start.ticks).filter((item) => !(change.untick as string[]).includes(item)), ...change.ticks].map(
      (item) => [item, true as const],
    ),
  )
  const questions = [...start.questions]
  for (const q of change.questions) {
    const index = questions.findIndex((other) => other.id === q.id)
    if (index === -1) questions.push(q)
    else questions[index] = q
  }
  return {
    ...start,
    updatedAt: change.updatedAt,
    answers: { ...start.answers, ...change.answers },
    ticks,
    notes: { ...start.notes, ...change.notes },
    questions,
    evaluation: { ...start.evaluation, rating: change.rating, discussed: change.discussed },
    card: { ...start.card, notes: change.cardNotes, keyNote: change.keyNote },
    followUp: { ...start.followUp, minutes: change.followUpMinutes },
    held: start.held || change.held,
  }
}

const withoutUndefinedKeys = (p: Preparation) => JSON.parse(JSON.stringify(p)) as Preparation

describe('over 1,000 generated pairs of copies that went apart', () => {
  test('merging loses no tick, note, question or answer of either side, and gives a valid preparation', () => {
    fc.assert(
      fc.property(base, edits, edits, (start, mine, theirs) => {
        const common = preparation('a', {
          answers: start.answers,
          ticks: Object.fromEntries(start.ticks.map((item) => [item, true as const])),
          notes: start.notes,
          questions: start.questions,
          evaluation: {},
          card: {},
          followUp: {},
          texts: {},
        })
        const here = withoutUndefinedKeys(apply(common, mine))
        const file = withoutUndefinedKeys(apply(common, theirs))
        const { preparation: merged, changed } = merge(here, file)

        expect(preparationSchema.safeParse(merged).success).toBe(true)
        for (const side of [here, file]) {
          for (const item of Object.keys(side.ticks)) expect(merged.ticks[item]).toBe(true)
          for (const [item, note] of Object.entries(side.notes))
            if (note.trim() !== '') expect(merged.notes[item]).toContain(note)
          for (const q of side.questions) expect(merged.questions.map((m) => m.text)).toContain(q.text)
          for (const field of Object.keys(side.answers)) {
            const value = (merged.answers as Record<string, unknown>)[field]
            expect(value).toBeDefined()
            expect([here, file].some((p) => same((p.answers as Record<string, unknown>)[field], value))).toBe(true)
          }
          if (side.card.notes?.trim()) expect(merged.card.notes).toContain(side.card.notes)
          if (side.card.keyNote !== undefined)
            expect([here.card.keyNote, file.card.keyNote]).toContain(merged.card.keyNote)
          if (side.evaluation.discussed?.trim())
            expect(merged.evaluation.discussed).toContain(side.evaluation.discussed)
          if (side.followUp.minutes !== undefined) expect(merged.followUp.minutes).toBeDefined()
          if (side.evaluation.rating !== undefined) expect(merged.evaluation.rating).toBeDefined()
          if (side.held) expect(merged.held).toBe(true)
        }
        // Question ids stay unique, and the newest time is kept.
        expect(new Set(merged.questions.map((q) => q.id)).size).toBe(merged.questions.length)
        expect(instant(merged.updatedAt)).toBe(Math.max(instant(here.updatedAt), instant(file.updatedAt)))
        // Nothing changes when there was nothing new, and reading the same file again adds nothing.
        if (same(here, file)) expect(changed).toBe(false)
        expect(merge(merged, file).changed).toBe(false)
      }),
      { numRuns: 1000 },
    )
  })
})
