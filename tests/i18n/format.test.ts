import { describe, expect, test } from 'vitest'
import { formatDate, formatMeetingAt } from '../../src/i18n/format'

// Run in several time zones (vite.config.ts): a day the teacher chose is that day everywhere.

describe('a day in words', () => {
  test.each([
    ['2026-12-12', 'nl', '12 december 2026'],
    ['2027-01-01', 'nl', '1 januari 2027'],
    ['2026-12-31', 'en', '31 December 2026'],
    ['2027-03-28', 'nl', '28 maart 2027'],
  ] as const)('%s in %s is %s', (day, locale, words) => {
    expect(formatDate(day, locale)).toBe(words)
  })

  test('with its weekday', () => {
    expect(formatDate('2026-12-12', 'nl', { weekday: true })).toBe('zaterdag 12 december 2026')
    expect(formatDate('2027-01-01', 'nl', { weekday: true })).toBe('vrijdag 1 januari 2027')
    expect(formatDate('2027-01-01', 'en', { weekday: true })).toMatch(/^Friday,? 1 January 2027$/)
  })
})

test('a conversation’s date and time in words', () => {
  expect(formatMeetingAt('2026-12-12T15:30', 'nl')).toBe('zaterdag 12 december 2026 om 15:30')
  expect(formatMeetingAt('2027-01-01T00:15', 'nl')).toBe('vrijdag 1 januari 2027 om 00:15')
  expect(formatMeetingAt('2026-12-31T23:45', 'en')).toMatch(/^Thursday,? 31 December 2026 at 23:45$/)
})
