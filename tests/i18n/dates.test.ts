import { describe, expect, test } from 'vitest'
import { dateTimeFields, localDateTime, parseDutchDate, parseTime } from '../../src/i18n/dates'

describe('dates and times as a Dutch teacher types them', () => {
  test.each([
    ['12-12-2026', '2026-12-12'],
    ['1-2-2027', '2027-02-01'],
    ['29/02/2028', '2028-02-29'],
    ['12.12.2026', '2026-12-12'],
    ['29-02-2027', null],
    ['2026-12-12', null],
    ['12 december', null],
  ])('%s is %s', (text, iso) => {
    expect(parseDutchDate(text)).toBe(iso)
  })

  test.each([
    ['15:30', '15:30'],
    ['9.05', '09:05'],
    ['24:00', null],
    ['1530', null],
  ])('%s is %s', (text, time) => {
    expect(parseTime(text)).toBe(time)
  })

  test('a saved date and time come back as typed', () => {
    expect(dateTimeFields('2026-12-12T15:30')).toEqual({ date: '12-12-2026', time: '15:30' })
    expect(dateTimeFields(undefined)).toEqual({ date: '', time: '' })
  })
})

test('a moment in local time in the saved form', () => {
  expect(localDateTime(new Date(2026, 11, 12, 9, 5))).toBe('2026-12-12T09:05')
})
