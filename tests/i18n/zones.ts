/**
 * The zone these tests run in (set per test project in vite.config.ts), and what a local time in
 * it is in UTC: a table per zone, written out, so a test says what it expects in every zone.
 */
export const zone = Intl.DateTimeFormat().resolvedOptions().timeZone

export function inZone<T>(table: Record<string, T>): T {
  const value = table[zone]
  if (value === undefined) throw new Error(`No expectation for the time zone ${zone}`)
  return value
}
