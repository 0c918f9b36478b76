import type { Locale } from '../rules'

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' }

// Made once per language and form: making a formatter takes far longer than using one, and a
// list of many preparations writes many dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const dateFormat = (locale: Locale, weekday: boolean) => {
  const key = `${locale}:${weekday}`
  let format = dateFormats.get(key)
  if (!format) {
    const options = { day: 'numeric', month: 'long', year: 'numeric' } as const
    format = new Intl.DateTimeFormat(TAGS[locale], weekday ? { ...options, weekday: 'long' } : options)
    dateFormats.set(key, format)
  }
  return format
}

/** A `YYYY-MM-DD` day in words: "29 november 2026", or with the weekday "zondag 29 november 2026". */
export function formatDate(day: string, locale: Locale, { weekday = false } = {}): string {
  const [year, month, date] = day.split('-').map(Number)
  return dateFormat(locale, weekday).format(new Date(year ?? 0, (month ?? 1) - 1, date ?? 1))
}

/** A saved `YYYY-MM-DDTHH:MM` in words: "zaterdag 12 december 2026 om 15:30". */
export function formatMeetingAt(meetingAt: string, locale: Locale): string {
  const [day = '', clock = ''] = meetingAt.split('T')
  return `${formatDate(day, locale, { weekday: true })}${locale === 'nl' ? ' om ' : ' at '}${clock}`
}

const NUMBER_WORDS: Record<Locale, string[]> = {
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'],
}
const AND_A_HALF: Record<Locale, string[]> = {
  nl: ['een half', 'anderhalf', 'tweeënhalf', 'drieënhalf', 'vierenhalf', 'vijfenhalf', 'zesenhalf'],
  en: [
    'half an hour',
    'an hour and a half',
    'two and a half hours',
    'three and a half hours',
    'four and a half hours',
    'five and a half hours',
    'six and a half hours',
  ],
}

/** A clock time `HH:MM` as a letter to parents writes it: "15.30 uur", "9.05 uur"; in English "15:30", "9:05". */
export function clockForParents(clock: string, locale: Locale): string {
  const plain = clock.replace(/^0(?=\d)/, '')
  return locale === 'nl' ? `${plain.replace(':', '.')} uur` : plain
}

/**
 * A saved `YYYY-MM-DDTHH:MM` as a letter to parents writes it: "dinsdag 15 december om 14.15
 * uur". No year: the weekday and the date are plain enough for a conversation weeks away.
 */
export function meetingForParents(meetingAt: string, locale: Locale): string {
  const [day = '', clock = ''] = meetingAt.split('T')
  const [year, month, date] = day.split('-').map(Number)
  const words = new Intl.DateTimeFormat(TAGS[locale], { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(year ?? 0, (month ?? 1) - 1, date ?? 1),
  )
  return `${words}${locale === 'nl' ? ' om ' : ' at '}${clockForParents(clock, locale)}`
}

/**
 * How long, as a teacher tells a parent: "ongeveer 30 minuten"; from an hour on in hours, "een
 * uur", "ruim een uur", "ongeveer anderhalf uur", "bijna twee uur".
 */
export function durationForParents(minutes: number, locale: Locale): string {
  const nl = locale === 'nl'
  if (minutes < 60) return nl ? `ongeveer ${minutes} minuten` : `about ${minutes} minutes`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const whole = (n: number) => {
    const word = NUMBER_WORDS[locale][n] ?? String(n)
    return nl ? `${word} uur` : n === 1 ? 'an hour' : `${word} hours`
  }
  if (rest === 0) return nl ? whole(hours) : hours === 1 ? 'one hour' : whole(hours)
  if (rest <= 20) return nl ? `ruim ${whole(hours)}` : `just over ${whole(hours)}`
  if (rest < 40) {
    const half = AND_A_HALF[locale][hours] ?? `${hours}.5`
    return nl ? `ongeveer ${half} uur` : `about ${half}`
  }
  return nl ? `bijna ${whole(hours + 1)}` : `almost ${whole(hours + 1)}`
}

/** A saved `YYYY-MM-DDTHH:MM` for a record that is kept for years: "donderdag 10 december 2026 om 15.15 uur". */
export function meetingForRecord(meetingAt: string, locale: Locale): string {
  const [day = '', clock = ''] = meetingAt.split('T')
  return `${formatDate(day, locale, { weekday: true })}${locale === 'nl' ? ' om ' : ' at '}${clockForParents(clock, locale)}`
}
