import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { checkScreen } from './a11y-checks'

const preview = (page: Page) => page.getByRole('region', { name: 'Checklist in het voorbeeld' })
const family = (page: Page) => page.getByRole('group', { name: 'Het gezin in het voorbeeld' })

async function openSchoolPage(page: Page) {
  await page.goto('/#/settings')
  await page.getByRole('link', { name: 'Handreiking van onze school' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Handreiking van onze school' })).toBeVisible()
}

test('a school’s own version: hide, reword, an item for a tolk with the tolkdienst’s number, seen at once and read back on another device', async ({
  page,
  browser,
  now,
}) => {
  await openSchoolPage(page)
  await page.getByRole('textbox', { name: 'Naam van de school' }).fill('OBS De Linde')

  // Hide one item: it leaves the preview at once.
  const honest = page.getByRole('group', { name: 'Wees eerlijk over wat haalbaar is' })
  await expect(preview(page).getByText('Wees eerlijk over wat haalbaar is', { exact: true })).toBeVisible()
  await honest.getByRole('radio', { name: 'Verbergen' }).check()
  await expect(preview(page).getByText('Wees eerlijk over wat haalbaar is', { exact: true })).toHaveCount(0)

  // Reword one of the sheet's sentences: the preview shows it as the school's.
  const questions = page.getByRole('group', { name: 'Waardeer de vragen' })
  await expect(preview(page)).toContainText(
    '‘Wat fijn dat u hierover na hebt gedacht. Wat een goede vraag! U hebt zich goed voorbereid.’ (uit de handreiking)',
  )
  await questions.getByRole('radio', { name: 'In eigen woorden' }).check()
  await questions
    .getByRole('textbox', { name: 'Zin 1 in eigen woorden' })
    .fill('Goed dat u dit vraagt. Vraag gerust verder.')
  await expect(preview(page)).toContainText('‘Goed dat u dit vraagt. Vraag gerust verder.’ (van onze school)')
  await expect(preview(page)).not.toContainText('Wat een goede vraag!')

  // The tolkdienst's number, and an item of the school's own, added by keyboard, only when a tolk comes.
  await page.getByRole('textbox', { name: 'Telefoonnummer van de tolkdienst (niet verplicht)' }).fill('050 123 45 67')
  await page.getByRole('button', { name: 'Eigen punt toevoegen' }).focus()
  await page.keyboard.press('Enter')
  const own = page.getByRole('group', { name: /^Eigen punt 1/ })
  await expect(own.getByRole('textbox', { name: 'Titel' })).toBeFocused()
  await page.keyboard.type('Bestel de tolk')
  await own.getByRole('textbox', { name: 'Tekst' }).fill('Bel de tolkdienst op {interpreterPhone}.')
  await own.getByRole('button', { name: 'Voorwaarde toevoegen' }).click()
  await own.getByRole('combobox', { name: 'Waar gaat de voorwaarde over?' }).selectOption({ label: 'Tolk' })
  await expect(own.getByRole('checkbox', { name: 'Er komt een tolk' })).toBeChecked()
  await expect(preview(page).getByText('Bestel de tolk')).toHaveCount(0)
  await family(page).getByRole('checkbox', { name: 'Er komt een tolk' }).check()
  const ordered = preview(page).getByRole('listitem').filter({ hasText: 'Bestel de tolk' })
  await expect(ordered).toContainText('Bestel de tolk (van onze school)Bel de tolkdienst op 050 123 45 67.')
  await checkScreen(page, 'Handreiking van onze school')

  await page.getByRole('button', { name: 'Gebruik deze versie' }).click()
  await expect(
    page.getByText('Op dit apparaat in gebruik: de handreiking van OBS De Linde, versie 1 van 30 november 2026.'),
  ).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als bestand' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('handreiking-obs-de-linde-versie-1-2026-11-30.json')
  const file = readFileSync((await download.path())!, 'utf8')
  const checklist = await preview(page).innerText()

  // Another device: a browser that shares nothing with the first reads the file back.
  const other = await browser.newContext()
  await other.clock.install({ time: now })
  const device = await other.newPage()
  await openSchoolPage(device)
  await device.getByLabel('Handreiking uit een bestand gebruiken').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  })
  await expect(
    device
      .getByRole('group')
      .getByText(
        'Handreiking van OBS De Linde, versie 1 van 30 november 2026: 1 punten verborgen, 1 punten in eigen woorden, 1 eigen punten.',
      ),
  ).toBeVisible()
  await device.getByRole('button', { name: 'Gebruik de versie uit het bestand' }).click()
  await expect(
    device.getByText('Op dit apparaat in gebruik: de handreiking van OBS De Linde, versie 1 van 30 november 2026.'),
  ).toBeVisible()
  await family(device).getByRole('checkbox', { name: 'Er komt een tolk' }).check()
  await expect(preview(device)).toContainText('‘Goed dat u dit vraagt. Vraag gerust verder.’ (van onze school)')
  await expect(preview(device).getByRole('listitem').filter({ hasText: 'Bestel de tolk' })).toContainText(
    'Bel de tolkdienst op 050 123 45 67.',
  )
  expect(await preview(device).innerText()).toBe(checklist)
  await other.close()
})

test('a file that is not valid is refused with a Dutch message naming the item and the field; going back to the sheet asks first', async ({
  page,
}) => {
  await openSchoolPage(page)
  await page.getByLabel('Handreiking uit een bestand gebruiken').setInputFiles({
    name: 'handreiking.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'oudergesprek-handreiking-school',
        formatVersion: 1,
        school: { name: 'OBS De Linde' },
        version: 2,
        date: '2026-11-23',
        added: [{ id: 'school.tolk', phase: 'before', title: 'Bestel de tolk', text: 'Bel {interpreterPhone}.' }],
      }),
    ),
  })
  await expect(
    page.getByText(
      'Punt ‘school.tolk’: het veld ‘text’ gebruikt {interpreterPhone}, maar ‘details.interpreterPhone’ is niet ingevuld.',
    ),
  ).toBeVisible()
  await expect(page.getByText('Op dit apparaat in gebruik: de handreiking zoals die was.')).toBeVisible()
  await checkScreen(page, 'Handreiking van onze school, een bestand geweigerd')

  await page.getByRole('button', { name: 'Terug naar de handreiking zoals die was' }).click()
  await expect(page.getByRole('button', { name: 'Nee, houden' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Terug naar de handreiking zoals die was' })).toBeFocused()
})
