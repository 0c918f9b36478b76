import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type LaunchOptions } from '@playwright/test'
import { test, expect, walkWizard, ANOUK, expectNoAxeViolations, NOW } from './fixtures'
import { flat, pdfText } from '../pdf/pdf-text'

/**
 * A Chromium profile in which sites may not keep data: Chrome's "Sites mogen geen gegevens
 * opslaan", as a school sets it for every computer with the policy DefaultCookiesSetting=2.
 * Reading `window.localStorage` then throws, and so does `caches`.
 */
async function browserThatKeepsNothing(use: {
  baseURL?: string | undefined
  launchOptions?: LaunchOptions | undefined
}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'oudergesprek-refused-'))
  mkdirSync(join(profile, 'Default'))
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
  )
  const context = await chromium.launchPersistentContext(profile, {
    ...use.launchOptions,
    ...(use.baseURL ? { baseURL: use.baseURL } : {}),
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    acceptDownloads: true,
  })
  await context.clock.install({ time: NOW })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

test('where the browser lets the app keep nothing, the app starts, says so, and the teacher works and downloads the PDF', async ({
  baseURL,
}, testInfo) => {
  const { context, close } = await browserThatKeepsNothing({
    baseURL,
    launchOptions: testInfo.project.use.launchOptions,
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    const offsite: string[] = []
    page.on('request', (request) => {
      if (!/^(http:\/\/(localhost|127\.0\.0\.1)[:/]|data:|blob:)/.test(request.url())) offsite.push(request.url())
    })
    await page.goto('/')
    expect(
      await page.evaluate(() => {
        try {
          return typeof window.localStorage
        } catch (error) {
          return (error as Error).name
        }
      }),
    ).toBe('SecurityError')

    const notice =
      'Deze browser laat de app niets bewaren op dit apparaat. Dat komt door een instelling van de browser of van school. Je kunt gewoon werken en PDF’s downloaden. Maar wat je invult, is weg als je dit tabblad sluit.'
    await expect(page.getByRole('main').getByText(notice)).toBeVisible()
    await expect(page.getByRole('alert')).toContainText('Deze browser laat de app niets bewaren')
    await expectNoAxeViolations(page)

    await walkWizard(page, ANOUK)
    await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
    await page.getByRole('checkbox', { name: 'Begin met een praatje' }).check()
    await expect(page.getByRole('checkbox', { name: 'Begin met een praatje' })).toBeChecked()
    // Nothing claims to be kept.
    await expect(page.getByText('Bewaard', { exact: true })).toHaveCount(0)

    const downloaded = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download als PDF' }).click()
    const text = flat((await pdfText(readFileSync(await (await downloaded).path()))).text)
    expect(text).toContain('Voor het gesprek over Anouk')
    expect(errors).toEqual([])
    expect(offsite).toEqual([])
  } finally {
    await close()
  }
})
