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

async function fillSettings(page: Page, details: Record<string, string>) {
  await page.goto('/#/settings')
  for (const [label, value] of Object.entries(details)) await page.getByLabel(label).fill(value)
  await page.goto('/#/')
}

test('the teacher’s details come back with a backup, and only after asking when this device has others', async ({
  page,
}) => {
  await fillSettings(page, {
    'Jouw naam': 'juf Sanne',
    'Naam van de school': 'De Linde',
    Telefoonnummer: '06-12345678',
  })
  const backup = await anoukBackup(page)

  // A new device: the details are taken along, and the teacher is told.
  await page.evaluate(() => localStorage.clear())
  await page.goto('/#/backup')
  await page.reload()
  await restore(page, backup)
  await expect(
    page.getByText('Je gegevens uit de reservekopie worden ook teruggezet: juf Sanne, De Linde, 06-12345678.'),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Ja, zet terug' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Je gegevens zijn ook teruggezet.' })).toBeVisible()
  await page.goto('/#/settings')
  await expect(page.getByLabel('Jouw naam')).toHaveValue('juf Sanne')
  await expect(page.getByLabel('Telefoonnummer')).toHaveValue('06-12345678')

  // This device has other details now: asked first, and kept unless the teacher chooses.
  await fillSettings(page, { 'Jouw naam': 'meester Bas', Telefoonnummer: '' })
  await page.goto('/#/backup')
  await restore(page, backup)
  const choice = page.getByRole('checkbox', { name: 'Zet ook mijn gegevens uit de reservekopie terug' })
  await expect(choice).not.toBeChecked()
  await expect(choice).toHaveAccessibleDescription(
    'Op dit apparaat: meester Bas, De Linde. In de reservekopie: juf Sanne, De Linde, 06-12345678.',
  )
  await page.getByRole('button', { name: 'Ja, zet terug' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'De reservekopie is teruggezet' })).toBeVisible()
  await page.goto('/#/settings')
  await expect(page.getByLabel('Jouw naam')).toHaveValue('meester Bas')

  await page.goto('/#/backup')
  await restore(page, backup)
  await page.getByRole('checkbox', { name: 'Zet ook mijn gegevens uit de reservekopie terug' }).check()
  await page.getByRole('button', { name: 'Ja, zet terug' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Je gegevens zijn ook teruggezet.' })).toBeVisible()
  await page.goto('/#/settings')
  await expect(page.getByLabel('Jouw naam')).toHaveValue('juf Sanne')
  await expect(page.getByLabel('Telefoonnummer')).toHaveValue('06-12345678')
})
