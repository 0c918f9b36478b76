import { readFileSync } from 'node:fs'
import { test, expect, ANOUK, walkWizard, writeNote } from './fixtures'

/**
 * Handing preparations to another device: a file sealed with a passphrase, made in one browser
 * and read back in another (two browser contexts: two devices that share nothing).
 */
test('a transfer file round-trips between two devices with its passphrase, and a wrong one changes nothing', async ({
  page,
  browser,
  now,
}) => {
  await walkWizard(page, ANOUK)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await writeNote(page, 'Begin met een praatje', 'Over de verhuizing')
  await page.getByRole('link', { name: 'Alle voorbereidingen' }).click()

  const section = page.getByRole('region', { name: 'Naar een ander apparaat' })
  await expect(section.getByText(/Stuur het niet via je privémail of een privé-app/)).toBeVisible()
  await expect(page.getByText(/Een reservekopie heeft geen wachtwoord/)).toBeVisible()
  await expect(section.getByLabel('Wat neem je mee?')).toHaveValue('all')
  const field = section.getByRole('textbox', { name: 'Wachtwoord voor het bestand' })
  const proposed = await field.inputValue()
  expect(proposed).toMatch(/^[a-z]+(-[a-z]+){5}$/)

  // An own passphrase that is too short is refused with a message at the field.
  await field.fill('kort')
  await section.getByRole('button', { name: 'Maak het bestand' }).click()
  await expect(field).toHaveAccessibleDescription(/Kies een wachtwoord van minstens 12 tekens\./)
  await field.fill(proposed)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Maak het bestand' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('oudergesprek-overdracht-2026-11-30.json')
  await expect(
    section.getByText(
      `Het bestand is gedownload: oudergesprek-overdracht-2026-11-30.json. Het wachtwoord is: ${proposed}. Schrijf het nu op. Zet het niet in hetzelfde bericht als het bestand.`,
    ),
  ).toBeVisible()
  const sealed = readFileSync((await download.path())!, 'utf8')
  expect(sealed).not.toContain('Anouk')
  expect(sealed).not.toContain('verhuizing')

  // The other device: a browser that shares nothing with the first.
  const other = await browser.newContext()
  await other.clock.install({ time: now })
  const device = await other.newPage()
  await device.goto('/#/backup')
  await expect(device.getByRole('heading', { level: 1, name: 'Reservekopie en privacy' })).toBeVisible()
  const before = await device.evaluate(() => JSON.stringify(localStorage))
  const choose = () =>
    device.getByLabel('Zet een reservekopie terug').setInputFiles({
      name: 'oudergesprek-overdracht-2026-11-30.json',
      mimeType: 'application/json',
      buffer: Buffer.from(sealed),
    })
  await choose()
  await expect(device.getByRole('main').getByText('Dit bestand is beveiligd met een wachtwoord.')).toBeVisible()
  const passphrase = device.getByRole('textbox', { name: 'Wachtwoord van het bestand' })
  await passphrase.fill(`${proposed}x`)
  await device.getByRole('button', { name: 'Open het bestand' }).click()
  const wrong = 'Het wachtwoord klopt niet, of het bestand is beschadigd. Er is niets veranderd.'
  await expect(passphrase).toHaveAccessibleDescription(`Fout: ${wrong}`)
  await expect(device.getByRole('alert')).toHaveText(wrong)
  expect(await device.evaluate(() => JSON.stringify(localStorage))).toBe(before)

  await passphrase.fill(proposed)
  await device.getByRole('button', { name: 'Open het bestand' }).click()
  const row = device.getByRole('checkbox', { name: /^Anouk, / })
  await expect(row).toHaveAccessibleDescription('Status: In voorbereiding. Nieuw: deze voorbereiding wordt toegevoegd.')
  await device.getByRole('button', { name: 'Ja, zet terug' }).click()
  await expect(
    device.getByRole('status').filter({ hasText: 'Het bestand is teruggezet. Toegevoegd: 1. Aangevuld: 0.' }),
  ).toBeVisible()
  await device.goto('/#/')
  await device.getByRole('button', { name: 'Open de voorbereiding voor Anouk' }).click()
  await expect(device.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' })).toHaveValue(
    'Over de verhuizing',
  )
  await other.close()
})
