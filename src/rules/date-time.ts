import { z } from 'zod/mini'

/** A local date-time as the teacher entered it, in their own time zone: `2026-12-12T15:30`. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

export const localDateTimeSchema = z.string().check(z.regex(LOCAL_DATE_TIME))

/** The numbers of a local date-time: year, month (1–12), day, hour, minute; null when malformed. */
export function dateTimeParts(value: string): [number, number, number, number, number] | null {
  const match = LOCAL_DATE_TIME.exec(value)
  if (!match) return null
  return match.slice(1).map(Number) as [number, number, number, number, number]
}
