/**
 * Preparations are kept by id in plain records, and an id comes from saved data, a file or an
 * address: "constructor", "toString" or "__proto__" must be ids like any other. A plain lookup
 * finds what every object inherits instead, and assigning "__proto__" changes the record's
 * prototype; these helpers look at the record's own entries only.
 */

import { isRecord } from '../rules/json-values'

export { isRecord }

/** The record's own entry under `key`, never one it inherits. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

/** A record of these entries, "__proto__" included as an entry like any other. */
export function recordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  // Object.fromEntries defines each entry; it never sets the prototype.
  return Object.fromEntries(entries) as Record<string, T>
}

/** The own entries of a value read from JSON, or none when it is not an object. */
export function jsonEntries(value: unknown): [string, unknown][] {
  return isRecord(value) ? Object.entries(value) : []
}
