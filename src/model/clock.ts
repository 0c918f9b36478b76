import { dateTimeParts } from '../rules/date-time'

/**
 * Minutes since 1 January 1970 of a local `YYYY-MM-DDTHH:MM`, by the calendar alone (no clock, no
 * time zone): enough to add a conversation's length to its start and compare with now.
 */
export function minuteOf(dateTime: string): number | null {
  const parts = dateTimeParts(dateTime)
  if (!parts) return null
  const [year, month, day, hour, minute] = parts
  return (daysFromCivil(year, month, day) * 24 + hour) * 60 + minute
}

/** Days since 1970-01-01 of a proleptic Gregorian date (the well-known days-from-civil method). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}
