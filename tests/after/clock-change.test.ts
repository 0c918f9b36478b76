// The Dutch teacher's clock: runs in Europe/Amsterdam only (tests/i18n also runs in other zones).
import { expect, test } from 'vitest'
import { existsLocally } from '../../src/i18n/dates'

test('a time skipped by the spring clock change does not exist; the autumn one and ordinary times do', () => {
  expect(existsLocally('2027-03-28T02:30')).toBe(false)
  expect(existsLocally('2027-03-28T01:59')).toBe(true)
  expect(existsLocally('2027-03-28T03:00')).toBe(true)
  expect(existsLocally('2026-10-25T02:30')).toBe(true)
  expect(existsLocally('2026-12-19T14:30')).toBe(true)
  expect(existsLocally('2026-12-19 14:30')).toBe(false)
})
