import { readFileSync } from 'node:fs'
import { test, expect, walkWizard, ANOUK } from './fixtures'
import { flat, pdfText } from '../pdf/pdf-text'

test('downloads the checklist as a PDF, and again with the browser offline', async ({ page, context }) => {
  await walkWizard(page, ANOUK)
  // The export code and fonts are fetched in the background once the checklist shows.
  const fontsFetched = page.waitForResponse(/noto-sans-bold-latin.*\.ttf$/)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await page.getByRole('checkbox', { name: 'Begin met een praatje' }).check()
  await page.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' }).fill('Vragen naar de verhuizing')
  await fontsFetched

  const first = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download als PDF' }).click()
  const download = await first
  expect(download.suggestedFilename()).toBe('oudergesprek-anouk-2026-12-12.pdf')
  const bytes = readFileSync(await download.path())
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF')
  const own = flat((await pdfText(bytes)).text)
  expect(own).toContain('Voor het gesprek over Anouk')
  expect(own).toContain('Begin anders als de buddy erbij is')
  expect(own).toContain('Evalueer het gesprek samen')
  expect(own).toContain('Notitie: Vragen naar de verhuizing')
  expect(own).toContain('‘Hoe ziet u dit?’ uit de handreiking')
  expect(own.indexOf('Gevoelig nieuws: eerst apart met de ouder')).toBeGreaterThan(0)
  expect(own.indexOf('Gevoelig nieuws: eerst apart met de ouder')).toBeLessThan(
    own.indexOf('Begin anders als de buddy erbij is'),
  )
  await expect(page.getByRole('status')).toHaveText('De PDF is klaar: oudergesprek-anouk-2026-12-12.pdf')

  await context.setOffline(true)
  await page.getByRole('radio', { name: 'Zonder mijn notities, om te delen' }).check()
  const second = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download als PDF' }).click()
  const shared = flat((await pdfText(readFileSync(await (await second).path()))).text)
  expect(shared).toContain('Voor het gesprek over Anouk')
  expect(shared).toContain('Geen rechtstreeks contact met de buddy')
  expect(shared).not.toContain('Vragen naar de verhuizing')
  await context.setOffline(false)
})

test('printing the checklist leaves out buttons and navigation', async ({ page }) => {
  await walkWizard(page, ANOUK)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await page.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' }).fill('Over de vakantie')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Download als PDF' })).toBeHidden()
  await expect(page.getByRole('link', { name: 'Antwoorden wijzigen' })).toBeHidden()
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
  await expect(page.getByText('Notitie: Over de vakantie')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Begin met een praatje' })).toBeVisible()
})
