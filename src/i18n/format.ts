import type { Locale } from '../rules'

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' }

/** A saved `YYYY-MM-DDTHH:MM` as words: "vrijdag 12 december 2026 om 15:30". */
export function formatMeetingAt(meetingAt: string, locale: Locale): string {
  const [day = '', clock = ''] = meetingAt.split('T')
  const [year, month, date] = day.split('-').map(Number)
  const when = new Date(year ?? 0, (month ?? 1) - 1, date ?? 1)
  const words = new Intl.DateTimeFormat(TAGS[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(when)
  return `${words}${locale === 'nl' ? ' om ' : ' at '}${clock}`
}

/** A `YYYY-MM-DD` day as words: "29 november 2026". */
export function formatDate(day: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number)
  return new Intl.DateTimeFormat(TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(year ?? 0, (month ?? 1) - 1, date ?? 1),
  )
}
