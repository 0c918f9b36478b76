import { describe, expect, test, vi } from 'vitest'
import { translateIssue, translator } from '../../src/i18n'
import { localToday } from '../../src/i18n/dates'
import { dateIssue, readDate, understoodDate } from '../../src/i18n/typed-date'
import { inZone } from './zones'

// These tests run in several time zones (vite.config.ts). Reading a date counts from the day it is
// given, so it means the same day everywhere; only the device's own today depends on the zone.

/** Monday 30 November 2026, the tests' today (tests/now.ts). */
const TODAY = '2026-11-30'
const nl = translator('nl')

/** What a typed date is read as: the day, or the Dutch message that says what was not understood. */
function read(text: string, today = TODAY): string | undefined {
  const reading = readDate(text, today)
  return 'iso' in reading ? reading.iso : translateIssue(nl, dateIssue(reading))
}

describe('a date as a Dutch teacher types it', () => {
  test.each([
    ['15-12-2026', '2026-12-15'],
    ['15-12', '2026-12-15'],
    ['15-12-26', '2026-12-15'],
    ['19-1-27', '2027-01-19'],
    ['15 december', '2026-12-15'],
    ['15 dec 2026', '2026-12-15'],
    ['19 januari 2027', '2027-01-19'],
    ['19012027', '2027-01-19'],
    ['190127', '2027-01-19'],
    ['15/12/2026', '2026-12-15'],
    ['15.12.2026', '2026-12-15'],
    ['15/12', '2026-12-15'],
    ['15.12.26', '2026-12-15'],
    ['1-2-2027', '2027-02-01'],
    ['01-02-2027', '2027-02-01'],
    [' 1-1-2027 ', '2027-01-01'],
    ['15 - 12 - 2026', '2026-12-15'],
    ['15 12 2026', '2026-12-15'],
    ['15 DECEMBER', '2026-12-15'],
    ['15 Dec. 2026', '2026-12-15'],
    ['19-jan-27', '2027-01-19'],
    ['19  januari,  2027', '2027-01-19'],
    ['5december', '2026-12-05'],
    ['29/02/2028', '2028-02-29'],
    ['31-3-2027', '2027-03-31'],
    ['1-1-1900', '1900-01-01'],
    ['31-12-2200', '2200-12-31'],
    ['1-1-00', '2000-01-01'],
    ['31-12-99', '2099-12-31'],
    // Dates in the past are read as typed: the after page warns about one, it does not refuse it.
    ['1-11-2026', '2026-11-01'],
  ])('%j is %s', (text, day) => {
    expect(read(text)).toBe(day)
  })

  test.each([
    ['januari', 1],
    ['jan', 1],
    ['februari', 2],
    ['feb', 2],
    ['febr', 2],
    ['maart', 3],
    ['mrt', 3],
    ['maa', 3],
    ['april', 4],
    ['apr', 4],
    ['mei', 5],
    ['juni', 6],
    ['jun', 6],
    ['juli', 7],
    ['jul', 7],
    ['augustus', 8],
    ['aug', 8],
    ['september', 9],
    ['sep', 9],
    ['sept', 9],
    ['oktober', 10],
    ['okt', 10],
    ['november', 11],
    ['nov', 11],
    ['december', 12],
    ['dec', 12],
    // English, for a teacher who uses the app in English.
    ['january', 1],
    ['february', 2],
    ['march', 3],
    ['mar', 3],
    ['may', 5],
    ['june', 6],
    ['july', 7],
    ['august', 8],
    ['october', 10],
    ['oct', 10],
  ])('the month %j is month %i, in any case', (word, month) => {
    const day = `2027-${String(month).padStart(2, '0')}-01`
    expect(read(`1 ${word} 2027`)).toBe(day)
    expect(read(`1 ${word.toUpperCase()} 2027`)).toBe(day)
    expect(read(`1 ${word[0]!.toUpperCase()}${word.slice(1)}. 27`)).toBe(day)
  })
})

describe('a date without a year is the next such day, today or later', () => {
  test.each([
    // On Monday 30 November 2026.
    ['30-11', TODAY, '2026-11-30'],
    ['1-12', TODAY, '2026-12-01'],
    ['29-11', TODAY, '2027-11-29'],
    ['29 november', TODAY, '2027-11-29'],
    ['5-1', TODAY, '2027-01-05'],
    ['31-10', TODAY, '2027-10-31'],
    // Around the turn of the year.
    ['31-12', '2026-12-31', '2026-12-31'],
    ['15-12', '2026-12-31', '2027-12-15'],
    ['5-1', '2026-12-31', '2027-01-05'],
    ['1-1', '2026-12-31', '2027-01-01'],
    ['31-12', '2027-01-01', '2027-12-31'],
    ['1-1', '2027-01-01', '2027-01-01'],
    ['5-1', '2027-01-01', '2027-01-05'],
    ['15-12', '2027-01-01', '2027-12-15'],
    // A 29 February only in a leap year.
    ['29-2', '2027-03-01', '2028-02-29'],
  ])('%j on %s is %s', (text, today, day) => {
    expect(read(text, today)).toBe(day)
  })

  test('counts from the device’s own today, wherever it is', () => {
    expect(localToday()).toBe('2026-11-30')
    // 23:30 in London on New Year's Eve: already New Year's Day in Amsterdam and on Chatham, not on Bonaire.
    vi.setSystemTime(new Date('2026-12-31T23:30:00Z'))
    const nextYear = { 'Europe/Amsterdam': '2027-12-31', 'Pacific/Chatham': '2027-12-31' }
    expect(read('31-12', localToday())).toBe(inZone({ ...nextYear, 'America/Kralendijk': '2026-12-31' }))
  })
})

describe('says what in a typed date was not understood', () => {
  test.each([
    ['31-02-2027', '‘31-02-2027’ bestaat niet: februari heeft in 2027 28 dagen.'],
    ['30-2-2028', '‘30-2-2028’ bestaat niet: februari heeft in 2028 29 dagen.'],
    ['29-02-2027', '‘29-02-2027’ bestaat niet: februari heeft in 2027 28 dagen.'],
    ['29-2', '‘29-2’ bestaat niet: februari heeft in 2027 28 dagen.'],
    ['31-04-2027', '‘31-04-2027’ bestaat niet: april heeft 30 dagen.'],
    ['31-6', '‘31-6’ bestaat niet: juni heeft 30 dagen.'],
    ['31 sept 2027', '‘31 sept 2027’ bestaat niet: september heeft 30 dagen.'],
    ['31  November', '‘31 November’ bestaat niet: november heeft 30 dagen.'],
    ['12-13-2026', 'Er is geen maand 13. Vul een maand van 1 tot en met 12 in.'],
    ['12-0-2026', 'Er is geen maand 0. Vul een maand van 1 tot en met 12 in.'],
    ['19132027', 'Er is geen maand 13. Vul een maand van 1 tot en met 12 in.'],
    ['0-12-2026', 'Er is geen dag 0. Vul een dag van 1 tot en met 31 in.'],
    ['32-1-2027', 'Er is geen dag 32. Vul een dag van 1 tot en met 31 in.'],
    ['32 jan', 'Er is geen dag 32. Vul een dag van 1 tot en met 31 in.'],
    ['12-12-0026', 'Het jaar 0026 kan niet. Schrijf het jaar bijvoorbeeld als 2027 of 27.'],
    ['1-1-1000', 'Het jaar 1000 kan niet. Schrijf het jaar bijvoorbeeld als 2027 of 27.'],
    ['31-12-1899', 'Het jaar 1899 kan niet. Schrijf het jaar bijvoorbeeld als 2027 of 27.'],
    ['1-1-2201', 'Het jaar 2201 kan niet. Schrijf het jaar bijvoorbeeld als 2027 of 27.'],
    ['12 decembre', 'We kennen geen maand ‘decembre’. Schrijf bijvoorbeeld 15 december of 15 dec.'],
    ['1 Mär 2027', 'We kennen geen maand ‘mär’. Schrijf bijvoorbeeld 15 december of 15 dec.'],
    ['', 'Vul ook de datum in, bijvoorbeeld 15-12-2026 of 15 december.'],
    ['   ', 'Vul ook de datum in, bijvoorbeeld 15-12-2026 of 15 december.'],
  ])('%j: %s', (text, message) => {
    expect(read(text)).toBe(message)
  })

  test.each([
    '2026-12-12',
    '1512',
    '1912027',
    '1-1-999',
    '1-1-20266',
    '15-12-',
    '12-12-2026x',
    'x12-12-2026',
    'dec 15',
    'morgen',
    '15:30',
  ])('%j is not understood as a date', (text) => {
    expect(read(text)).toBe(`We begrijpen ‘${text}’ niet als datum. Schrijf bijvoorbeeld 15-12-2026 of 15 december.`)
  })

  test('quotes a long paste cut short', () => {
    const pasted = `${'abcdefghij'.repeat(3)}x`
    expect(read(pasted)).toBe(
      `We begrijpen ‘${'abcdefghij'.repeat(2)}abcdefghi…’ niet als datum. Schrijf bijvoorbeeld 15-12-2026 of 15 december.`,
    )
    expect(read('abcdefghij'.repeat(3))).toContain(`‘${'abcdefghij'.repeat(3)}’`)
  })

  test('in English too', () => {
    const en = translator('en')
    const message = (text: string) => translateIssue(en, dateIssue(readDate(text, TODAY)))
    expect(message('31-02-2027')).toBe('‘31-02-2027’ does not exist: February has 28 days in 2027.')
    expect(message('12-13-2026')).toBe('There is no month 13. Enter a month from 1 to 12.')
    expect(message('morgen')).toBe('We cannot read ‘morgen’ as a date. Write for example 15-12-2026 or 15 December.')
  })

  test('a date that is understood has no message', () => {
    expect(dateIssue(readDate('15-12', TODAY))).toBeNull()
  })
})

describe('what a typed date was understood as, shown under the box', () => {
  test('the whole day in words, with its weekday and year', () => {
    expect(understoodDate('15-12', TODAY, 'nl', nl)).toBe('Dat is dinsdag 15 december 2026.')
    expect(understoodDate('190127', TODAY, 'nl', nl)).toBe('Dat is dinsdag 19 januari 2027.')
    expect(understoodDate('15 dec', TODAY, 'en', translator('en'))).toMatch(/^That is Tuesday,? 15 December 2026\.$/)
  })

  test('nothing while it is not understood', () => {
    expect(understoodDate('31-02-2027', TODAY, 'nl', nl)).toBeUndefined()
    expect(understoodDate('15-1', TODAY, 'nl', nl)).toBe('Dat is vrijdag 15 januari 2027.')
    expect(understoodDate('15-', TODAY, 'nl', nl)).toBeUndefined()
    expect(understoodDate('', TODAY, 'nl', nl)).toBeUndefined()
  })
})
