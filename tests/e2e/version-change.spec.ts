import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { test, expect, ANOUK, walkWizard, writeNote } from './fixtures'
import { deployment, type Deployment } from './deployment'

/**
 * Two builds served one after the other on one address: this version (`dist/`) and its next
 * version (`dist-next/`, whose saved data is one version newer; tests/e2e/next-version.config.ts).
 * What a teacher typed in the version that cannot write the saved data reaches the one that can.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.beforeAll(() => {
  // `npm run test:e2e` builds it before any test runs; a spec run on its own builds it here.
  if (existsSync('dist-next/index.html')) return
  // Node runs vite's own script: no shell, the same on every operating system.
  const vite = 'node_modules/vite/bin/vite.js'
  execFileSync(
    process.execPath,
    [vite, 'build', '--config', 'tests/e2e/next-version.config.ts', '--logLevel', 'error'],
    {
      stdio: 'inherit',
      timeout: 170_000,
    },
  )
})

let server: Deployment
test.beforeEach(async ({ hosting }) => {
  server = await deployment('dist', hosting)
})
test.afterEach(async () => {
  await server.close()
})

const NEWS = 'Er is een nieuwe versie van de app. Laad de pagina opnieuw om die te gebruiken.'
const KEPT_ASIDE = /Wat je hier verandert, komt nu niet in je gegevens\. Het wordt apart bewaard/
const savedVersion = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('oudergesprek')!) as { version: number }).version)
const note = (page: Page) => page.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' })

async function device(browser: Browser, now: Date) {
  const context = await browser.newContext({ baseURL: server.url })
  await context.clock.install({ time: now })
  return context
}

/** Anouk's checklist made on this version, kept offline; the version its data is saved in. */
async function prepareAnouk(page: Page): Promise<number> {
  await walkWizard(page, ANOUK)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  // The new preparation is written once the app has waited for more changes.
  await page.waitForFunction(() => localStorage.getItem('oudergesprek') !== null)
  return savedVersion(page)
}

/** The teacher takes the waiting version: the notice's button, in this tab. */
async function takeNewVersion(page: Page) {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
  await expect(page.getByRole('main').getByText(NEWS)).toBeVisible({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Nieuwe versie laden' }).click()
  await expect(page.getByRole('main').getByText(NEWS)).toHaveCount(0)
}

test('typing in an older tab after another tab loaded the new version reaches the new version', async ({
  browser,
  now,
}) => {
  const context = await device(browser, now)
  const older = await context.newPage()
  const before = await prepareAnouk(older)

  // The new version is deployed; the teacher loads it in a second tab, which writes its data.
  server.serve('dist-next')
  const newer = await context.newPage()
  await newer.goto(older.url())
  await takeNewVersion(newer)
  await expect.poll(() => savedVersion(newer)).toBe(before + 1)

  // The older tab says what happens to what is typed there now, and keeps it.
  await expect(older.getByRole('alert')).toContainText(KEPT_ASIDE)
  await writeNote(older, 'Begin met een praatje', 'Over de verhuizing')
  await older.waitForTimeout(600)
  expect(await savedVersion(older)).toBe(before + 1)

  // The new version takes it in: in the tab open on it, and in the older tab once reloaded.
  await expect(note(newer)).toHaveValue('Over de verhuizing', { timeout: 10_000 })
  await older.reload()
  await expect(older.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
  await expect(note(older)).toHaveValue('Over de verhuizing')
  expect(
    await older.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('oudergesprek:draft:'))),
  ).toEqual([])
  await context.close()
})

test('a rollback: the older version served again shows what the newer one saved, and keeps new work for it', async ({
  browser,
  now,
}) => {
  const context = await device(browser, now)
  const page = await context.newPage()
  const before = await prepareAnouk(page)
  const checklist = page.url()
  server.serve('dist-next')
  await takeNewVersion(page)
  await expect.poll(() => savedVersion(page)).toBe(before + 1)

  // The host serves the previous version again.
  server.serve('dist')
  await takeNewVersion(page)
  await expect(page.getByRole('alert')).toContainText(KEPT_ASIDE)
  // Nothing seems gone: the list and the preparation show what this version can read.
  await page.goto(checklist)
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
  await expect(page.getByText('Voor het gesprek over Anouk')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Deze voorbereiding staat niet op dit apparaat' })).toHaveCount(0)
  await writeNote(page, 'Begin met een praatje', 'Tijdens de terugval getypt')
  await page.waitForTimeout(600)
  expect(await savedVersion(page)).toBe(before + 1)

  // The newer version back: what was typed meanwhile is there.
  server.serve('dist-next')
  await takeNewVersion(page)
  await page.goto(checklist)
  await expect(note(page)).toHaveValue('Tijdens de terugval getypt')
  await expect(page.getByRole('main').getByText(KEPT_ASIDE)).toHaveCount(0)
  await context.close()
})
