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
  await expect(page.getByRole('main').getByText(/Voorbereidingen in dit bestand: 2\./)).toBeVisible()
  await page.getByRole('button', { name: 'Ja, zet terug' }).click()
  const message =
    'Deze reservekopie kon niet op dit apparaat worden bewaard. Misschien is er niet genoeg ruimte. Er is niets veranderd.'
  await expect(page.getByRole('main').getByText(message)).toBeVisible()
  await expect(page.getByRole('alert')).toHaveText(message)
  await expect(page.getByText(/Het bestand is teruggezet/)).toHaveCount(0)
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
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Alles uit dit bestand stond al op dit apparaat. Er is niets veranderd.' }),
  ).toBeVisible()
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

test('reading a backup back merges: what was changed only here stays, a text both changed keeps both, some left out, the copy kept aside', async ({
  page,
}) => {
  const backup = await anoukBackup(page)
  const [anouk] = Object.values(backup.state.preparations)
  // On the other device, later: a note of its own and a question; and two more preparations.
  backup.state.preparations[anouk!.id] = {
    ...anouk!,
    updatedAt: '2026-11-30T12:00:00Z',
    notes: { 'during.small-talk': 'Over de nieuwe hond' },
    questions: [{ id: 'q-elders', text: 'Mag Anouk een leesboek mee naar huis?', done: false }],
  }
  for (const [id, name] of [
    ['bram', 'Bram'],
    ['lotte', 'Lotte'],
  ] as const)
    backup.state.preparations[id] = { ...anouk!, id, answers: { ...anouk!.answers, childName: name } }

  // Here, meanwhile: a tick and a note in the same place.
  const title = 'Begin met een praatje'
  await page.getByRole('button', { name: 'Open de voorbereiding voor Anouk' }).click()
  await page.getByRole('checkbox', { name: title }).check()
  await page.getByRole('button', { name: `Notitie toevoegen bij ‘${title}’` }).click()
  await page.getByRole('textbox', { name: `Notitie bij ‘${title}’` }).fill('Over de verhuizing')
  await page.goto('/#/backup')
  await restore(page, backup)

  // The preview: each preparation by name, date and status, with what will happen to it.
  const group = page.getByRole('group', { name: /Voorbereidingen in dit bestand: 3\./ })
  const anoukRow = group.getByRole('checkbox', { name: /^Anouk, zaterdag 12 december 2026 om/ })
  await expect(anoukRow).toBeChecked()
  await expect(anoukRow).toHaveAccessibleDescription(
    'Status: In voorbereiding. Staat ook op dit apparaat. Wat alleen in het bestand staat, komt erbij. Er gaat niets weg. ' +
      'Teksten die verschillen (aantal: 1): beide versies blijven staan. De tekst uit het bestand komt eronder. ' +
      'De versie die nu op dit apparaat staat, wordt eerst apart bewaard. Je vindt die bij ‘Herstel bewaarde gegevens’.',
  )
  await expect(group.getByRole('checkbox', { name: /^Bram, / })).toHaveAccessibleDescription(
    'Status: In voorbereiding. Nieuw: deze voorbereiding wordt toegevoegd.',
  )
  await group.getByRole('checkbox', { name: /^Lotte, / }).uncheck()
  await page.getByRole('button', { name: 'Ja, zet terug' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Het bestand is teruggezet. Toegevoegd: 1. Aangevuld: 1.' }),
  ).toBeVisible()

  // Nothing typed here is lost; the file's note is beside it, its question added.
  await page.goto('/#/')
  await expect(page.getByRole('button', { name: 'Open de voorbereiding voor Bram' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Open de voorbereiding voor Lotte' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Open de voorbereiding voor Anouk' }).click()
  await expect(page.getByRole('checkbox', { name: title })).toBeChecked()
  await expect(page.getByRole('textbox', { name: `Notitie bij ‘${title}’` })).toHaveValue(
    'Over de verhuizing\n\n— Tekst uit het bestand —\nOver de nieuwe hond',
  )
  await expect(page.getByRole('checkbox', { name: 'Mag Anouk een leesboek mee naar huis?' })).toBeVisible()

  // What it replaced is kept aside, and the whole restore can be undone.
  await page.goto('/#/recovery')
  await expect(
    page.getByText('Zo stond deze voorbereiding op dit apparaat voordat je een bestand terugzette.'),
  ).toBeVisible()
})

test('a restore can be undone at once: everything as it was', async ({ page }) => {
  const backup = await anoukBackup(page)
  const [anouk] = Object.values(backup.state.preparations)
  backup.state.preparations[anouk!.id] = { ...anouk!, notes: { 'during.small-talk': 'Over de nieuwe hond' } }
  backup.state.preparations.bram = { ...anouk!, id: 'bram', answers: { ...anouk!.answers, childName: 'Bram' } }
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem('oudergesprek')!) as unknown)
  await restore(page, backup)
  await page.getByRole('button', { name: 'Ja, zet terug' }).click()
  await page.getByRole('button', { name: 'Terugzetten ongedaan maken' }).click()
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Het terugzetten is ongedaan gemaakt. Alles staat weer zoals het was.' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Open de voorbereiding voor Bram' })).toHaveCount(0)
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('oudergesprek')!) as { state: unknown }))
    .toMatchObject({ state: { preparations: (before as { state: { preparations: unknown } }).state.preparations } })
})
