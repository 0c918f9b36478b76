import type { Locale } from '../rules'

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' }

/** A `YYYY-MM-DD` day in words: "29 november 2026", or with the weekday "zondag 29 november 2026". */
export function formatDate(day: string, locale: Locale, { weekday = false } = {}): string {
  const [year, month, date] = day.split('-').map(Number)
  return new Intl.DateTimeFormat(TAGS[locale], {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(year ?? 0, (month ?? 1) - 1, date ?? 1))
}

/** A saved `YYYY-MM-DDTHH:MM` in words: "zaterdag 12 december 2026 om 15:30". */
export function formatMeetingAt(meetingAt: string, locale: Locale): string {
  const [day = '', clock = ''] = meetingAt.split('T')
  return `${formatDate(day, locale, { weekday: true })}${locale === 'nl' ? ' om ' : ' at '}${clock}`
}
