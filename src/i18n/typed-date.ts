import type { Locale } from '../rules'
import { formatDate } from './format'
import { addMessages, issueWith, type MessageKey, type Params, type Translate } from './index'
import { nlDates } from './nl-dates'

// Only the forms that read a date load this module: its Dutch words come with it (see nl-dates.ts).
addMessages('nl', nlDates)

/** What a typed date was understood as: a day `YYYY-MM-DD`, or the message that says what was not understood. */
export type DateReading = { iso: string } | { problem: MessageKey; params: Params }

/** The years a conversation can be in (as in rules/date-time.ts, which this layer may not import). */
const YEARS = { min: 1900, max: 2200 }

// Day and month in numbers, with or without a year: 15-12-2026, 15/12/26, 15.12, 15 12.
const NUMBERS = /^(\d{1,2}) ?[-/. ] ?(\d{1,2})(?: ?[-/. ] ?(\d{4}|\d{2}))?$/
// All digits, day and month with two each: 15122026, 151226.
const DIGITS = /^(\d{2})(\d{2})(\d{4}|\d{2})$/
// The month in a word: 15 december, 15 dec. 2026, 19-jan-27.
const WORDS = /^(\d{1,2})[-/. ]?(\p{L}+)\.?(?:[-/., ]+(\d{4}|\d{2}))?$/u

// Dutch names and their usual short forms, and the English ones: none of them names another month
// in the other language, so both are read whatever language the screens are in.
const MONTH_WORDS = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'febr', 'february'],
  ['maart', 'mrt', 'maa', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['augustus', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
]
const MONTHS = new Map(MONTH_WORDS.flatMap((words, index) => words.map((word) => [word, index + 1] as const)))

const pad = (n: number) => String(n).padStart(2, '0')
// What the teacher typed, quoted back in a message: a long paste is cut short.
const quoted = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text)

/**
 * A date as a Dutch teacher types it: `15-12-2026`, `15/12/26`, `15.12`, `15122026`, `151226`,
 * `15 december`, `15 dec 2026`. A two-digit year is 20xx. Without a year it is the next such day,
 * `today` (`YYYY-MM-DD`, the device's own day) or later.
 */
export function readDate(typed: string, today: string): DateReading {
  const text = typed.trim().replace(/\s+/g, ' ')
  if (text === '') return { problem: 'error.date.missing', params: {} }
  const lower = text.toLowerCase()
  const numbers = NUMBERS.exec(lower) ?? DIGITS.exec(lower)
  if (numbers) return dayOf(text, Number(numbers[1]), Number(numbers[2]), numbers[3], today)
  const words = WORDS.exec(lower)
  if (!words) return { problem: 'error.date', params: { text: quoted(text) } }
  const month = MONTHS.get(words[2]!)
  if (month === undefined) return { problem: 'error.date.monthName', params: { word: quoted(words[2]!) } }
  return dayOf(text, Number(words[1]), month, words[3], today)
}

function dayOf(text: string, day: number, month: number, digits: string | undefined, today: string): DateReading {
  if (month < 1 || month > 12) return { problem: 'error.date.month', params: { month } }
  if (day < 1 || day > 31) return { problem: 'error.date.day', params: { day } }
  const year = digits === undefined ? nextYear(month, day, today) : Number(digits) + (digits.length === 2 ? 2000 : 0)
  if (year < YEARS.min || year > YEARS.max) return { problem: 'error.date.year', params: { year: digits ?? year } }
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  // Only February and the months of 30 days can be too short for a day up to 31.
  const tooShort = `error.date.days.${month}` as MessageKey
  if (day > days) return { problem: tooShort, params: { text: quoted(text), year, days } }
  return { iso: `${year}-${pad(month)}-${pad(day)}` }
}

/** The year of the next such day from today on: on 30 November, 15-12 is this year's, 5-1 next year's. */
function nextYear(month: number, day: number, today: string): number {
  const [year = NaN, thisMonth = NaN, date = NaN] = today.split('-').map(Number)
  return month > thisMonth || (month === thisMonth && day >= date) ? year : year + 1
}

/** What was not understood, as a form error (see `issueWith`); null for a day. */
export function dateIssue(reading: DateReading): string | null {
  return 'iso' in reading ? null : issueWith(reading.problem, reading.params)
}

/**
 * The day a typed date was understood as, in full words to show under the box: "Dat is dinsdag 15
 * december 2026."; nothing while it is not understood (the error says why, once the box is left).
 */
export function understoodDate(typed: string, today: string, locale: Locale, t: Translate): string | undefined {
  const reading = readDate(typed, today)
  return 'iso' in reading
    ? t('date.understood', { date: formatDate(reading.iso, locale, { weekday: true }) })
    : undefined
}
