import type { Page } from '@playwright/test'
import { test, expect, ANOUK, walkWizard, type Walk, dayFromNow } from './fixtures'

/**
 * The browser wipes the site's data while the app is open (the teacher clears browsing data, the
 * browser frees room, another tab clears it): this tab still holds every preparation, writes
 * nothing over the empty device, and offers it all back from any screen.
 */
const SEM: Walk = { ...ANOUK, buddy: 'Nee, er is geen buddy', name: 'Sem', date: dayFromNow(1), time: '10:00' }

async function prepare(page: Page, walk: Walk) {
  await walkWizard(page, walk)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
}

const savedIds = (page: Page) =>
  page.evaluate(() => {
    const text = localStorage.getItem('oudergesprek')
    return text === null
      ? null
      : Object.keys((JSON.parse(text) as { state: { preparations: object } }).state.preparations)
  })

/** The notice above every screen (the live region says the same once, for a screen reader). */
const wipedNotice = (page: Page) => page.getByRole('main').getByRole('paragraph').filter({ hasText: WIPED })

const WIPED =
  /Je opgeslagen gegevens zijn van dit apparaat gewist\. Dat deed de browser, of een ander tabblad\. In dit tabblad staan je voorbereidingen nog \(aantal: 2\)\./

test('wiped by the browser (Storage.clearDataForOrigin): nothing written over it, everything offered back from any screen', async ({
  page,
  context,
}) => {
  await prepare(page, ANOUK)
  await page.getByRole('link', { name: 'Begin een nieuwe voorbereiding' }).click()
  await prepare(page, SEM)
  await expect.poll(() => savedIds(page)).toHaveLength(2)

  const cdp = await context.newCDPSession(page)
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'local_storage',
  })
  // The page hears of it a moment later.
  await expect.poll(() => savedIds(page)).toBeNull()

  await page.getByRole('checkbox', { name: 'Begin met een praatje' }).check()
  await expect(wipedNotice(page)).toBeVisible()
  await page.waitForTimeout(500)
  expect(await savedIds(page)).toBeNull()

  // On another screen too, with both preparations still there.
  await page.getByRole('link', { name: 'Alle voorbereidingen' }).click()
  await expect(wipedNotice(page)).toBeVisible()
  await expect(page.getByRole('listitem').getByRole('heading', { level: 3 })).toHaveText(['Anouk', 'Sem'])

  await page.getByRole('button', { name: 'Zet ze terug op dit apparaat' }).click()
  await expect(wipedNotice(page)).toHaveCount(0)
  await expect.poll(() => savedIds(page)).toHaveLength(2)
  await page.reload()
  await expect(page.getByRole('listitem').getByRole('heading', { level: 3 })).toHaveText(['Anouk', 'Sem'])
  await page.getByRole('button', { name: 'Open de voorbereiding voor Sem' }).click()
  await expect(page.getByRole('checkbox', { name: 'Begin met een praatje' })).toBeChecked()
})

test('cleared in another tab: this tab says so at once, and lets go when the teacher wiped on purpose', async ({
  page,
  context,
}) => {
  await prepare(page, ANOUK)
  await page.getByRole('link', { name: 'Begin een nieuwe voorbereiding' }).click()
  await prepare(page, SEM)
  await expect.poll(() => savedIds(page)).toHaveLength(2)

  const other = await context.newPage()
  await other.goto('/#/')
  await other.evaluate(() => localStorage.clear())
  await other.close()

  await page.bringToFront()
  await expect(wipedNotice(page)).toBeVisible()
  await expect(page.getByText('Voor het gesprek over Sem')).toBeVisible()
  await page.getByRole('button', { name: 'Ik heb ze zelf gewist, laat ze weg' }).click()
  await expect(wipedNotice(page)).toHaveCount(0)
  await page.goto('/#/')
  await expect(page.getByRole('heading', { level: 1, name: /Komt er een ouderbuddy mee/ })).toBeVisible()
})
