import { readDate } from './typed-date'

const TIME = /^(\d{1,2})[:.](\d{2})$/
const pad = (n: number) => String(n).padStart(2, '0')

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

/** Today on the device's clock, `YYYY-MM-DD`: the day a date typed without a year counts from. */
export const localToday = (): string => localDateTime(new Date()).slice(0, 10)

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

/**
 * A typed date and time as one saved `YYYY-MM-DDTHH:MM`, or undefined while either is not
 * understood. A date without a year counts from `today` (see `readDate`).
 */
export function typedDateTime(date: string, time: string, today: string): string | undefined {
  const [day, clock] = [readDate(date, today), parseTime(time)]
  return 'iso' in day && clock !== null ? `${day.iso}T${clock}` : undefined
}

/** Whether a typed date and time are both real but fall in the hour the spring clock change skips. */
export function skippedByClockChange(date: string, time: string, today: string): boolean {
  const moment = typedDateTime(date, time, today)
  return moment !== undefined && !existsLocally(moment)
}
