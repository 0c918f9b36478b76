import { describe, expect, test } from 'vitest'
import { minuteOf, statusOf } from '../../src/model'
import { answers } from '../rules/sample'

// 14:15 with a buddy who comes and one parent: three people, no extra time, so 30 minutes.
const at = (meetingAt: string, extra: Partial<Parameters<typeof answers>[0]> = {}) => ({
  answers: answers({
    meetingAt,
    buddy: 'attending',
    parentsAttending: 1,
    otherAttendees: 0,
    expectedMinutes: 30,
    ...extra,
  }),
  held: false,
  finished: false,
})

describe('where a conversation stands, by the clock', () => {
  test.each([
    ['2026-12-01T09:00', 'preparing'],
    ['2026-12-03T00:00', 'today'],
    ['2026-12-03T14:14', 'today'],
    ['2026-12-03T14:15', 'today'],
    ['2026-12-03T14:20', 'today'],
    ['2026-12-03T14:59', 'today'],
    ['2026-12-03T15:00', 'held'],
    ['2026-12-04T08:00', 'held'],
  ])('at %s a conversation from 14:15 to 15:00 is %s', (now, status) => {
    // Three people: 30 minutes plus the suggested 15 of extra time.
    expect(statusOf(at('2026-12-03T14:15'), now)).toBe(status)
  })

  test('the planned length counts, extra time included: 90 minutes planned ends at 15:45', () => {
    const long = at('2026-12-03T14:15', { expectedMinutes: 60 })
    expect(statusOf(long, '2026-12-03T15:44')).toBe('today')
    expect(statusOf(long, '2026-12-03T15:45')).toBe('held')
  })

  test('without extra time a conversation of 30 minutes for two people ends at 14:45', () => {
    const short = at('2026-12-03T14:15', { buddy: 'none' })
    expect(statusOf(short, '2026-12-03T14:44')).toBe('today')
    expect(statusOf(short, '2026-12-03T14:45')).toBe('held')
  })

  test('the teacher can say it was held or finished, whatever the clock says', () => {
    expect(statusOf({ ...at('2026-12-03T14:15'), held: true }, '2026-12-01T09:00')).toBe('held')
    expect(statusOf({ ...at('2026-12-03T14:15'), finished: true }, '2026-12-01T09:00')).toBe('finished')
  })

  test('without a date it is being prepared', () => {
    expect(statusOf({ answers: answers(), held: false, finished: false }, '2030-01-01T00:00')).toBe('preparing')
  })

  test('a conversation just before midnight is still on after it', () => {
    const late = at('2026-12-31T23:50', { buddy: 'none' })
    expect(statusOf(late, '2026-12-30T23:55')).toBe('preparing')
    expect(statusOf(late, '2027-01-01T00:19')).toBe('today')
    expect(statusOf(late, '2027-01-01T00:20')).toBe('held')
  })

  test('minutes are counted by the calendar, leap days included', () => {
    expect(minuteOf('1970-01-01T00:01')).toBe(1)
    expect(minuteOf('2028-03-01T00:00')! - minuteOf('2028-02-28T00:00')!).toBe(2 * 24 * 60)
    expect(minuteOf('2027-03-01T00:00')! - minuteOf('2027-02-28T00:00')!).toBe(24 * 60)
    expect(minuteOf('2000-03-01T00:00')! - minuteOf('2000-02-28T00:00')!).toBe(2 * 24 * 60)
    expect(minuteOf('2100-03-01T00:00')! - minuteOf('2100-02-28T00:00')!).toBe(24 * 60)
    expect(minuteOf('2027-01-01T00:00')! - minuteOf('2026-12-31T23:59')!).toBe(1)
    expect(minuteOf('niet een datum')).toBeNull()
  })
})
