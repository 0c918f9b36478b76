const DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/
const TIME = /^(\d{1,2})[:.](\d{2})$/
const pad = (n: number) => String(n).padStart(2, '0')

/** A Dutch date (day-month-year) as ISO `YYYY-MM-DD`, or null when no such day exists. */
export function parseDutchDate(text: string): string | null {
  const match = DATE.exec(text.trim())
  if (!match) return null
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const iso = `${year}-${pad(month)}-${pad(day)}`
  // A day that does not exist (31 April) rolls over into the next month; a year before 1000 is
  // read as 19xx or written with fewer digits. Either way the calendar gives back another date.
  // The years a conversation can be in (as in rules/date-time.ts, which this layer may not import).
  if (year < 1900 || year > 2200) return null
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === iso ? iso : null
}

/** A time `15:30` or `15.30` as `HH:MM`, or null. */
export function parseTime(text: string): string | null {
  const match = TIME.exec(text.trim())
  if (!match) return null
  const [hours, minutes] = [Number(match[1]), Number(match[2])]
  return hours < 24 && minutes < 60 ? `${pad(hours)}:${pad(minutes)}` : null
}

/** The saved `YYYY-MM-DDTHH:MM` back as the fields the teacher typed. */
export function dateTimeFields(meetingAt: string | undefined): { date: string; time: string } {
  if (!meetingAt) return { date: '', time: '' }
  const [day, clock = ''] = meetingAt.split('T') as [string, string?]
  const [year, month, date] = day.split('-')
  return { date: `${date}-${month}-${year}`, time: clock }
}

/** A moment as `YYYY-MM-DDTHH:MM` in local time, the form answers are saved in. */
export function localDateTime(moment: Date): string {
  const day = `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`
  return `${day}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`
}

/**
 * Whether a local date-time exists on the teacher's clock: not on the spring clock change, when
 * 02:00–02:59 is skipped in the Netherlands.
 */
export function existsLocally(value: string): boolean {
  const [year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN] = value.split(/[-T:]/).map(Number)
  // A malformed value, or an hour the clock skips, does not come back the same.
  const moment = new Date(year, month - 1, day, hour, minute)
  return !Number.isNaN(moment.getTime()) && localDateTime(moment) === value
}

/** Whether a typed date and time are both real but fall in the hour the spring clock change skips. */
export function skippedByClockChange(date: string, time: string): boolean {
  const [day, clock] = [parseDutchDate(date), parseTime(time)]
  return day !== null && clock !== null && !existsLocally(`${day}T${clock}`)
}
