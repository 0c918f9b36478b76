import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { checkScreen } from './a11y-checks'
import { deployment, type Deployment } from './deployment'
import { byRegion, listen, saidSoFar } from './a11y-said'

const NEWS = 'Er is een nieuwe versie van de app. Laad de pagina opnieuw om die te gebruiken.'
/** The notice a sighted teacher reads; the same words are also in the live region, said once. */
const notice = (page: Page) => page.getByRole('main').getByText(NEWS)
const loadButton = (page: Page) => page.getByRole('button', { name: 'Nieuwe versie laden' })
const deployed = (page: Page) => page.locator('meta[name="deployment"]')

let server: Deployment
test.beforeEach(async ({ hosting }) => {
  server = await deployment('dist', hosting)
})
test.afterEach(async () => {
  await server.close()
})

/** Opens the app and waits until its service worker controls the page. */
async function open(page: Page) {
  await page.goto(server.url)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Komt er een ouderbuddy mee naar het gesprek?' }),
  ).toBeVisible()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

test('a new version waits for the teacher: a quiet notice, no reload of its own, in any open tab', async ({
  page: first,
  context,
}) => {
  await listen(context)
  await open(first)
  const second = await context.newPage()
  // The fixture watches the first tab; this one is watched here.
  const errors: string[] = []
  second.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  second.on('pageerror', (error) => errors.push(error.message))
  await open(second)
  // Half-answered questions in both tabs, and a mark that a reload would wipe.
  for (const page of [first, second]) {
    await page.getByRole('radio', { name: 'Ja, de buddy komt mee' }).check()
    await page.evaluate(() => {
      Object.assign(window, { sameDocument: true })
      navigator.serviceWorker.addEventListener('controllerchange', () => Object.assign(window, { tookOver: true }))
    })
  }

  server.deploy('2')
  // The teacher comes back to the tab, and the app looks for a new version.
  await first.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
  for (const page of [first, second]) {
    // Fetching and installing the new service worker takes a few seconds on a busy machine.
    await expect(notice(page)).toBeVisible({ timeout: 20_000 })
    await expect(page.getByRole('status')).toHaveText(NEWS)
    // Said once, politely, and nothing else.
    await expect.poll(async () => byRegion(await saidSoFar(page))).toEqual({ polite: [NEWS], assertive: [] })
    await expect(page.getByRole('radio', { name: 'Ja, de buddy komt mee' })).toBeChecked()
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
    await expect(deployed(page)).toHaveCount(0)
  }
  // At 320 px, with the text at 200 %, and for axe, the notice is like every other screen's.
  await checkScreen(first, 'the first question under the notice of a new version')

  // The teacher chooses the new version in the first tab: that tab reloads into it.
  await loadButton(first).click()
  await expect(deployed(first)).toHaveAttribute('content', '2')
  await expect(notice(first)).toHaveCount(0)
  await expect(
    first.getByRole('heading', { level: 1, name: 'Komt er een ouderbuddy mee naar het gesprek?' }),
  ).toBeVisible()

  // The new version now controls the second tab too, which is left alone until the teacher chooses there.
  await second.waitForFunction(() => 'tookOver' in window, undefined, { timeout: 15_000 })
  expect(await second.evaluate(() => 'sameDocument' in window)).toBe(true)
  await expect(second.getByRole('radio', { name: 'Ja, de buddy komt mee' })).toBeChecked()
  await expect(notice(second)).toBeVisible()
  // The new version taking control is no news to this tab: nothing is said again.
  expect(byRegion(await saidSoFar(second))).toEqual({ polite: [NEWS], assertive: [] })
  await loadButton(second).click()
  await expect(deployed(second)).toHaveAttribute('content', '2')
  await expect(notice(second)).toHaveCount(0)
  expect(errors, 'console errors in the second tab').toEqual([])
})

test('a page opened after a deployment shows the last version it knew, and offers the new one', async ({ page }) => {
  await open(page)
  server.deploy('2')
  await page.reload()
  await expect(notice(page)).toBeVisible({ timeout: 20_000 })
  await expect(deployed(page)).toHaveCount(0)
  await loadButton(page).click()
  await expect(deployed(page)).toHaveAttribute('content', '2')
  await expect(notice(page)).toHaveCount(0)
})
