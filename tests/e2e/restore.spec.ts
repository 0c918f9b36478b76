import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect, ANOUK, walkWizard } from './fixtures'

/** Reading a backup back: what it does to the preparations here, and what it never does. */

interface Backup {
  state: { preparations: Record<string, { id: string; answers: Record<string, unknown> } & Record<string, unknown>> }
}

async function anoukBackup(page: Page): Promise<Backup> {
  await walkWizard(page, ANOUK)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await page.getByRole('link', { name: 'Alle voorbereidingen' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download een reservekopie' }).click(),
  ])
  return JSON.parse(readFileSync((await download.path())!, 'utf8')) as Backup
}

async function restore(page: Page, backup: Backup) {
  await page.getByLabel('Zet een reservekopie terug').setInputFiles({
    name: 'reservekopie.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  })
}

test('a backup too large for the browser to store is not reported as restored, and changes nothing', async ({
  page,
}) => {
  const backup = await anoukBackup(page)
  const [anouk] = Object.values(backup.state.preparations)
  // A preparation with notes longer than the browser keeps for a site (Chromium: about 10 MB).
  backup.state.preparations.groot = {
    ...anouk!,
    id: 'groot',
    answers: { ...anouk!.answers, childName: 'Groot' },
    notes: { 'during.small-talk': 'Lange notitie. '.repeat(800_000) },
  }
  const before = await page.evaluate(() => localStorage.getItem('oudergesprek'))

  await restore(page, backup)
  await expect(page.getByRole('main').getByText(/Voorbereidingen in deze reservekopie: 2\. Nieuw: 1\./)).toBeVisible()
  await page.getByRole('button', { name: 'Ja, zet terug' }).click()
  const message =
    'Deze reservekopie kon niet op dit apparaat worden bewaard. Misschien is er niet genoeg ruimte. Er is niets veranderd.'
  await expect(page.getByRole('main').getByText(message)).toBeVisible()
  await expect(page.getByRole('alert')).toHaveText(message)
  await expect(page.getByText(/De reservekopie is teruggezet/)).toHaveCount(0)
  // Nothing changed here: not on the device, not on screen, not after a reload.
  expect(await page.evaluate(() => localStorage.getItem('oudergesprek'))).toBe(before)
  await expect(page.getByRole('button', { name: 'Open de voorbereiding voor Groot' })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('button', { name: 'Open de voorbereiding voor Anouk' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Open de voorbereiding voor Groot' })).toHaveCount(0)
})
