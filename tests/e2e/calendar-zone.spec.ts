import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'
import { test, expect, walkWizard, ANOUK, dayFromNow } from './fixtures'

/**
 * The calendar file holds the time on the school's clock, with the zone it is in: a laptop set to
 * UTC (or a teacher on a school trip abroad) gives the same file as one in Amsterdam.
 */
for (const timezoneId of ['UTC', 'America/New_York', 'Europe/Amsterdam']) {
  test.describe(`on a device set to ${timezoneId}`, () => {
    test.use({ timezoneId })

    test('the follow-up at 14:30 is 14:30 in Amsterdam in the calendar file', async ({ page }) => {
      await walkWizard(page, ANOUK)
      await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
      await page.getByRole('button', { name: 'Het gesprek is geweest' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Na het gesprek' })).toBeVisible()
      await page.getByRole('textbox', { name: 'Datum' }).fill(dayFromNow(19))
      await page.getByRole('textbox', { name: 'Tijd' }).fill('14:30')
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Zet in je agenda' }).click()
      const text = readFileSync(await (await download).path(), 'utf8')

      expect(text).toContain('\r\nDTSTART;TZID=Europe/Amsterdam:20261219T143000\r\n')
      const calendar = new ICAL.Component(ICAL.parse(text))
      ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!)
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-19T13:30:00.000Z')
    })
  })
}
