import { z } from 'zod/mini'

/** A local date-time as the teacher entered it, in their own time zone: `2026-12-12T15:30`. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** The years a conversation can be in: a typing slip (0050, 20260) is not a date the app plans with. */
export const YEARS = { min: 1900, max: 2200 } as const

/**
 * The numbers of a local date-time: year, month (1–12), day, hour, minute; null when malformed or
 * not a real moment on the calendar (31 February, 25:99, the year 0050).
 */
export function dateTimeParts(value: string): [number, number, number, number, number] | null {
  const match = LOCAL_DATE_TIME.exec(value)
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number]
  return isCalendarDay(year, month, day) && hour < 24 && minute < 60 ? [year, month, day, hour, minute] : null
}

/** Whether a day exists on the calendar, in the years a conversation can be in. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < YEARS.min || year > YEARS.max || month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

function daysInMonth(year: number, month: number): number {
  if (month === 2) return leap(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** A local date-time that is a real moment: `2026-02-31T25:99` is not one. */
export const localDateTimeSchema = z
  .string()
  .check(z.refine((value) => dateTimeParts(value) !== null, 'Not a real date and time'))
