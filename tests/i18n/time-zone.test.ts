import { expect, test } from 'vitest'
import { inZone, zone } from './zones'

test('the tests run in the time zone their test project sets, not the machine’s', () => {
  expect(process.env.TZ).toMatch(/^[A-Z][a-z]+\/[A-Za-z_]+$/)
  expect(zone).toBe(process.env.TZ)
  // Minutes east of UTC on 12 December 2026, as the clock of the zone says.
  const offset = inZone({ 'Europe/Amsterdam': 60, 'Pacific/Chatham': 825, 'America/Kralendijk': -240 })
  expect(-new Date(2026, 11, 12, 12, 0).getTimezoneOffset()).toBe(offset)
})
