import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { agendaFrom, agendaNow, splitMinutes, timeAgenda, type AgendaPart, type AgendaRow } from '../../src/rules'

describe('splitting the planned minutes', () => {
  test.each([
    // total, shares, step, minutes
    [45, [10, 20, 25, 25, 15, 10], 5, [5, 10, 10, 10, 5, 5]],
    [135, [10, 20, 25, 25, 15, 10], 5, [15, 25, 30, 30, 20, 15]],
    [20, [10, 20, 25, 25, 15, 10], 5, [2, 4, 5, 4, 3, 2]],
    [10, [10, 25, 25, 15, 10], 5, [1, 3, 3, 2, 1]],
    [30, [10, 25, 25, 15, 10], 5, [5, 10, 5, 5, 5]],
    // Equal remainders: the earlier part gets the unit left over.
    [25, [1, 1], 5, [15, 10]],
    [7, [1, 1, 1], 5, [3, 2, 2]],
    // 24 is no multiple of 5: whole minutes.
    [24, [1, 1], 5, [12, 12]],
    // Every part gets at least one minute, paid for by the part furthest above its share.
    [5, [100, 1, 1, 1, 1], 1, [1, 1, 1, 1, 1]],
    [6, [100, 1, 1, 1, 1], 1, [2, 1, 1, 1, 1]],
    [12, [60, 1, 1, 38], 1, [6, 1, 1, 4]],
  ])('%i minutes over shares %j in steps of %i: %j', (total, shares, step, minutes) => {
    expect(splitMinutes(total, shares, step)).toEqual(minutes)
  })

  test('adds up exactly, gives every part at least one minute, and keeps to the step when it can', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(1, 5, 10),
        (total, shares, step) => {
          fc.pre(shares.length <= total)
          const minutes = splitMinutes(total, shares, step)
          expect(minutes.reduce((a, b) => a + b, 0)).toBe(total)
          expect(minutes.every((m) => Number.isInteger(m) && m >= 1)).toBe(true)
          if (total % step === 0 && total / step >= shares.length)
            expect(minutes.every((m) => m % step === 0)).toBe(true)
        },
      ),
    )
  })

  test('never gives a larger share fewer minutes than a smaller one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 400 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
        (total, shares) => {
          fc.pre(shares.length <= total)
          const minutes = splitMinutes(total, shares, 1)
          shares.forEach((a, i) =>
            shares.forEach((b, j) => {
              if (a > b) expect(minutes[i]).toBeGreaterThanOrEqual(minutes[j]!)
            }),
          )
        },
      ),
    )
  })

  test('refuses more parts than minutes', () => {
    expect(() => splitMinutes(2, [1, 1, 1], 1)).toThrow(RangeError)
  })
})

const PARTS: AgendaPart[] = [
  { id: 'welcome', item: 'during.small-talk', title: 'Welkom', share: 10 },
  { id: 'school', item: 'during.explain-what-school-does', title: 'School', share: 25 },
  { id: 'questions', item: 'during.welcome-questions', title: 'Vragen', share: 25 },
  { id: 'agreements', item: 'during.honest-about-feasibility', title: 'Afspraken', share: 15 },
  { id: 'evaluate', item: 'after.evaluate-together', title: 'Terugkijken', share: 10 },
]

describe('the timed agenda', () => {
  test('gives each row its minutes, its start and its clock times from the meeting time', () => {
    expect(timeAgenda(PARTS, 30, 5, '2026-12-12T15:30')).toEqual([
      {
        id: 'welcome',
        item: 'during.small-talk',
        title: 'Welkom',
        minutes: 5,
        offset: 0,
        clock: { start: '15:30', end: '15:35' },
      },
      {
        id: 'school',
        item: 'during.explain-what-school-does',
        title: 'School',
        minutes: 10,
        offset: 5,
        clock: { start: '15:35', end: '15:45' },
      },
      {
        id: 'questions',
        item: 'during.welcome-questions',
        title: 'Vragen',
        minutes: 5,
        offset: 15,
        clock: { start: '15:45', end: '15:50' },
      },
      {
        id: 'agreements',
        item: 'during.honest-about-feasibility',
        title: 'Afspraken',
        minutes: 5,
        offset: 20,
        clock: { start: '15:50', end: '15:55' },
      },
      {
        id: 'evaluate',
        item: 'after.evaluate-together',
        title: 'Terugkijken',
        minutes: 5,
        offset: 25,
        clock: { start: '15:55', end: '16:00' },
      },
    ])
  })

  test('has no clock times when the meeting time is not known', () => {
    expect(timeAgenda(PARTS, 30, 5).map((row) => row.clock)).toEqual([null, null, null, null, null])
  })

  test('runs on past midnight', () => {
    const rows = timeAgenda(PARTS, 45, 5, '2026-12-12T23:40')
    expect(rows.at(-1)!.clock).toEqual({ start: '00:20', end: '00:25' })
    expect(rows[1]!.clock).toEqual({ start: '23:45', end: '00:00' })
  })

  test('with fewer minutes than parts leaves out the smallest shares, the later of equals first', () => {
    expect(timeAgenda(PARTS, 3, 5).map((row) => [row.id, row.minutes])).toEqual([
      ['school', 1],
      ['questions', 1],
      ['agreements', 1],
    ])
    expect(timeAgenda(PARTS, 4, 5).map((row) => row.id)).toEqual(['welcome', 'school', 'questions', 'agreements'])
  })
})

describe('the agenda from the moment the conversation started', () => {
  const planned = timeAgenda(PARTS, 30, 5, '2026-12-12T15:15')

  test('a late start moves every row’s clock times; the minutes and the order stay', () => {
    const late = agendaFrom(planned, '2026-12-12T15:25')
    expect(late.map((row) => row.clock)).toEqual([
      { start: '15:25', end: '15:30' },
      { start: '15:30', end: '15:40' },
      { start: '15:40', end: '15:45' },
      { start: '15:45', end: '15:50' },
      { start: '15:50', end: '15:55' },
    ])
    const withoutClock = (row: AgendaRow) => ({ ...row, clock: null })
    expect(late.map(withoutClock)).toEqual(planned.map(withoutClock))
  })

  test('an early start moves them back, and one near midnight runs on into the next day', () => {
    expect(agendaFrom(planned, '2026-12-12T15:09')[0]!.clock).toEqual({ start: '15:09', end: '15:14' })
    expect(agendaFrom(planned, '2026-12-12T23:50').at(-1)!.clock).toEqual({ start: '00:15', end: '00:20' })
  })

  test('gives clock times to an agenda that had none, and leaves the agenda as it was for a start that is not a time', () => {
    const untimed = timeAgenda(PARTS, 30, 5)
    expect(agendaFrom(untimed, '2026-12-12T09:00')[1]!.clock).toEqual({ start: '09:05', end: '09:15' })
    expect(agendaFrom(planned, 'straks')).toEqual(planned)
  })
})

describe('where the conversation stands', () => {
  const agenda = timeAgenda(PARTS.slice(0, 3), 25, 5)
  // Rows of 5, 10 and 10 minutes.

  test.each([
    [0, { kind: 'row', index: 0, rowSecondsLeft: 300, totalSecondsLeft: 1500 }],
    [299, { kind: 'row', index: 0, rowSecondsLeft: 1, totalSecondsLeft: 1201 }],
    [300, { kind: 'row', index: 1, rowSecondsLeft: 600, totalSecondsLeft: 1200 }],
    [899, { kind: 'row', index: 1, rowSecondsLeft: 1, totalSecondsLeft: 601 }],
    [900, { kind: 'row', index: 2, rowSecondsLeft: 600, totalSecondsLeft: 600 }],
    [1499, { kind: 'row', index: 2, rowSecondsLeft: 1, totalSecondsLeft: 1 }],
    [1500, { kind: 'over', secondsOver: 0 }],
    [1560, { kind: 'over', secondsOver: 60 }],
    // A clock set back after the start counts as the start.
    [-30, { kind: 'row', index: 0, rowSecondsLeft: 300, totalSecondsLeft: 1500 }],
  ])('%i seconds in: %j', (elapsed, position) => {
    expect(agenda.map((row) => row.minutes)).toEqual([5, 10, 10])
    expect(agendaNow(agenda, elapsed)).toEqual(position)
  })
})
