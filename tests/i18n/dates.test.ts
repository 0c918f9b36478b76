import { describe, expect, test } from 'vitest'
import {
  dateTimeFields,
  existsLocally,
  localDateTime,
  parseTime,
  skippedByClockChange,
  typedDateTime,
} from '../../src/i18n/dates'
import { inZone } from './zones'

// These tests run in several time zones (vite.config.ts): what a teacher types means the same day
// and time wherever the device is set.

describe('times as a Dutch teacher types them', () => {
  test.each([
    ['15:30', '15:30'],
    ['9.05', '09:05'],
    [' 0:00 ', '00:00'],
    ['23:59', '23:59'],
    ['24:00', null],
    ['12:60', null],
    ['1530', null],
    ['15:3', null],
    ['x15:30', null],
    ['15:30x', null],
  ])('%j is %s', (text, time) => {
    expect(parseTime(text)).toBe(time)
  })

  test('a saved date and time come back as typed', () => {
    expect(dateTimeFields('2026-12-12T15:30')).toEqual({ date: '12-12-2026', time: '15:30' })
    expect(dateTimeFields('2027-01-01T00:05')).toEqual({ date: '01-01-2027', time: '00:05' })
    expect(dateTimeFields('2026-12-12')).toEqual({ date: '12-12-2026', time: '' })
    expect(dateTimeFields(undefined)).toEqual({ date: '', time: '' })
    expect(dateTimeFields('')).toEqual({ date: '', time: '' })
  })

  test('a typed date and time are saved as one local date-time once both are understood', () => {
    // Dates themselves: typed-date.test.ts.
    expect(typedDateTime('15-12', '9.05', '2026-11-30')).toBe('2026-12-15T09:05')
    expect(typedDateTime('15-12', '9.05', '2026-12-16')).toBe('2027-12-15T09:05')
    expect(typedDateTime('19 januari 2027', '15:30', '2026-11-30')).toBe('2027-01-19T15:30')
    expect(typedDateTime('31-02-2027', '15:30', '2026-11-30')).toBeUndefined()
    expect(typedDateTime('15-12', '25:00', '2026-11-30')).toBeUndefined()
    expect(typedDateTime('', '', '2026-11-30')).toBeUndefined()
  })
})

describe('a moment on the device’s clock in the saved form', () => {
  test.each([
    [new Date(2026, 11, 12, 9, 5), '2026-12-12T09:05'],
    // Just after midnight and just before: the local day, wherever UTC's day is then.
    [new Date(2027, 0, 1, 0, 5), '2027-01-01T00:05'],
    [new Date(2026, 11, 31, 23, 55), '2026-12-31T23:55'],
    // Summer time in Europe, winter on the Chatham Islands.
    [new Date(2027, 5, 15, 14, 30), '2027-06-15T14:30'],
  ])('%o is %s', (moment, saved) => {
    expect(localDateTime(moment)).toBe(saved)
  })
})

describe('a time that the spring clock change skips', () => {
  const TODAY = '2026-11-30'

  // Amsterdam skips 02:00–02:59 on 28 March 2027; Chatham skips 02:45–03:44 on 26 September 2027;
  // Bonaire keeps one time all year.
  test.each([
    ['2027-03-28T02:30', { 'Europe/Amsterdam': false, 'Pacific/Chatham': true, 'America/Kralendijk': true }],
    ['2027-03-28T01:59', { 'Europe/Amsterdam': true, 'Pacific/Chatham': true, 'America/Kralendijk': true }],
    ['2027-03-28T03:00', { 'Europe/Amsterdam': true, 'Pacific/Chatham': true, 'America/Kralendijk': true }],
    ['2027-09-26T03:00', { 'Europe/Amsterdam': true, 'Pacific/Chatham': false, 'America/Kralendijk': true }],
    ['2027-09-26T03:45', { 'Europe/Amsterdam': true, 'Pacific/Chatham': true, 'America/Kralendijk': true }],
    ['2026-10-25T02:30', { 'Europe/Amsterdam': true, 'Pacific/Chatham': true, 'America/Kralendijk': true }],
  ])('%s exists on the device’s clock: %o', (value, exists) => {
    expect(existsLocally(value)).toBe(inZone(exists))
  })

  test.each(['2026-12-19 14:30', '2026-12-19', 'morgen', '2026-02-30T14:30'])('%j is no time on any clock', (value) => {
    expect(existsLocally(value)).toBe(false)
  })

  test('is told apart from a date or time that is simply wrong, or not typed yet', () => {
    const skipped = inZone({
      'Europe/Amsterdam': ['28-3-2027', '2.30'],
      'Pacific/Chatham': ['26-9-2027', '3:00'],
      'America/Kralendijk': null,
    })
    if (skipped) expect(skippedByClockChange(skipped[0]!, skipped[1]!, TODAY)).toBe(true)
    // Typed without a year: 28 March 2027, the next one.
    const amsterdamOnly = { 'Europe/Amsterdam': true, 'Pacific/Chatham': false, 'America/Kralendijk': false }
    expect(skippedByClockChange('28 maart', '2:30', TODAY)).toBe(inZone(amsterdamOnly))
    expect(skippedByClockChange('28-3-2027', '14:30', TODAY)).toBe(false)
    expect(skippedByClockChange('26-9-2027', '14:30', TODAY)).toBe(false)
    expect(skippedByClockChange('31-4-2027', '02:30', TODAY)).toBe(false)
    expect(skippedByClockChange('28-3-2027', '', TODAY)).toBe(false)
    expect(skippedByClockChange('', '02:30', TODAY)).toBe(false)
  })
})
