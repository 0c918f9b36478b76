import { describe, expect, test } from 'vitest'
import { seriesOf, type Preparation } from '../../src/model'
import { FILTERS, groupByYear, passes, schoolYearOf, schoolYearOfDay } from '../../src/home/school-years'
import { preparation } from '../store/fixtures'
import { answers } from '../rules/sample'

const NOW = '2026-11-30T10:00'
/** A preparation of Noor's with a conversation at `meetingAt` (none: not planned yet). */
const talk = (id: string, meetingAt: string | undefined, overrides: Partial<Preparation> = {}) =>
  preparation(id, { answers: answers({ childName: 'Noor', ...(meetingAt ? { meetingAt } : {}) }), ...overrides })

describe('a school year', () => {
  test('runs from 1 August to 31 July', () => {
    expect(schoolYearOfDay('2026-07-31')).toBe(2025)
    expect(schoolYearOfDay('2026-08-01')).toBe(2026)
    expect(schoolYearOfDay('2026-12-31')).toBe(2026)
    expect(schoolYearOfDay('2027-01-01')).toBe(2026)
    expect(schoolYearOfDay('2027-07-31')).toBe(2026)
  })

  test('of a preparation is that of its conversation, late on 31 July or early on 1 August', () => {
    expect(schoolYearOf(talk('a', '2026-07-31T23:59'))).toBe(2025)
    expect(schoolYearOf(talk('b', '2026-08-01T00:00'))).toBe(2026)
  })

  test('of a preparation without a date is that of the day it was made, in Amsterdam', () => {
    // 22:30 on 31 July in UTC is already 1 August in Amsterdam (summer time, UTC+2).
    expect(schoolYearOf(talk('a', undefined, { createdAt: '2026-07-31T22:30:00.000Z' }))).toBe(2026)
    expect(schoolYearOf(talk('b', undefined, { createdAt: '2026-07-31T21:30:00.000Z' }))).toBe(2025)
    expect(schoolYearOf(talk('c', undefined, { createdAt: 'not a date' }))).toBeNull()
  })
})

describe('the list by school year', () => {
  test('puts the newest year first, and folds only the finished conversations of earlier years', () => {
    const list = [
      talk('this-year', '2026-09-10T10:00', { finished: true }),
      talk('next-year', '2027-09-10T10:00'),
      talk('last-year-held', '2026-07-31T10:00'),
      talk('last-year-finished', '2026-07-01T10:00', { finished: true }),
      talk('two-years-ago', '2024-10-01T10:00', { finished: true }),
    ]
    const ids = (series: Preparation[][]) => series.map((one) => one.map((p) => p.id))
    const years = groupByYear(seriesOf(list), 2026, NOW)
    expect(years.map((group) => [group.year, ids(group.shown), ids(group.folded)])).toEqual([
      [2027, [['next-year']], []],
      [2026, [['this-year']], []],
      [2025, [['last-year-held']], [['last-year-finished']]],
      [2024, [], [['two-years-ago']]],
    ])
  })

  test('keeps a conversation and its follow-up together, in the year of the last', () => {
    const first = talk('first', '2026-06-10T10:00', { finished: true })
    const followUp = talk('follow-up', '2026-09-10T10:00', { finished: true, followsId: 'first' })
    const years = groupByYear(seriesOf([first, followUp]), 2026, NOW)
    expect(years).toEqual([{ year: 2026, shown: [[first, followUp]], folded: [] }])
  })
})

describe('the filters', () => {
  test('show everything, the conversations still to come, the held ones, or the finished ones', () => {
    const shown = (status: Parameters<typeof passes>[0]) => FILTERS.filter((filter) => passes(status, filter))
    expect(shown('preparing')).toEqual(['all', 'upcoming'])
    expect(shown('today')).toEqual(['all', 'upcoming'])
    expect(shown('held')).toEqual(['all', 'held'])
    expect(shown('finished')).toEqual(['all', 'finished'])
  })
})
