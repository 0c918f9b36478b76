import { describe, expect, test } from 'vitest'
import { byNewestConversation, minuteOf, plannedMinutes, statusOf } from '../../src/model'
import { answers } from '../rules/sample'
import { preparation } from '../store/fixtures'

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
    // With the buddy: 30 minutes, and the suggested 15 of extra time taken.
    expect(statusOf(at('2026-12-03T14:15', { chosenMinutes: 45 }), now)).toBe(status)
  })

  test('the chosen length counts: 90 minutes chosen ends at 15:45; without a choice the usual 60 end at 15:15', () => {
    const long = at('2026-12-03T14:15', { expectedMinutes: 60, chosenMinutes: 90 })
    expect(statusOf(long, '2026-12-03T15:44')).toBe('today')
    expect(statusOf(long, '2026-12-03T15:45')).toBe('held')
    const usual = at('2026-12-03T14:15', { expectedMinutes: 60 })
    expect(statusOf(usual, '2026-12-03T15:14')).toBe('today')
    expect(statusOf(usual, '2026-12-03T15:15')).toBe('held')
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

  test('with only a date and a length answered, the length alone counts: 45 minutes from 14:15 end at 15:00', () => {
    const partial = { answers: { meetingAt: '2026-12-03T14:15', expectedMinutes: 45 }, held: false, finished: false }
    expect(plannedMinutes(partial.answers)).toBe(45)
    expect(statusOf(partial, '2026-12-03T14:59')).toBe('today')
    expect(statusOf(partial, '2026-12-03T15:00')).toBe('held')
    expect(plannedMinutes({ meetingAt: '2026-12-03T14:15' })).toBeNull()
  })

  test('a date that cannot be read, or a clock that cannot, leaves the conversation being prepared', () => {
    expect(statusOf(at('morgen om drie'), '2026-12-03T14:30')).toBe('preparing')
    expect(statusOf(at('2026-12-03T14:15'), '2026-12-03 14:30')).toBe('preparing')
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

describe('the list of preparations, newest conversation first', () => {
  const on = (id: string, meetingAt: string | undefined, updatedAt = '2026-11-02T09:00:00.000Z') =>
    preparation(id, { answers: answers(meetingAt ? { meetingAt } : {}), updatedAt })

  test('puts those without a date on top, then the latest date first', () => {
    const list = [
      on('december', '2026-12-03T14:15'),
      on('undated', undefined),
      on('january', '2027-01-14T09:00'),
      on('november', '2026-11-20T08:30'),
    ]
    expect(list.sort(byNewestConversation).map((p) => p.id)).toEqual(['undated', 'january', 'december', 'november'])
    expect(
      list
        .reverse()
        .sort(byNewestConversation)
        .map((p) => p.id),
    ).toEqual(['undated', 'january', 'december', 'november'])
  })

  test('puts the one changed last first when the dates are the same, or both missing', () => {
    const older = on('older', '2026-12-03T14:15', '2026-11-01T09:00:00.000Z')
    const newer = on('newer', '2026-12-03T14:15', '2026-11-05T09:00:00.000Z')
    expect(byNewestConversation(older, newer)).toBe(1)
    expect(byNewestConversation(newer, older)).toBe(-1)
    const a = on('a', undefined, '2026-11-01T09:00:00.000Z')
    const b = on('b', undefined, '2026-11-05T09:00:00.000Z')
    expect([a, b].sort(byNewestConversation).map((p) => p.id)).toEqual(['b', 'a'])
  })
})
