import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect, ANOUK, walkWizard, type Walk, writeNote, dayFromNow } from './fixtures'

const SEM: Walk = { ...ANOUK, buddy: 'Nee, er is geen buddy', name: 'Sem', date: dayFromNow(1), time: '10:00' }

async function prepare(page: Page, walk: Walk) {
  // A tab in the background gets few animation frames: bring it forward, as a teacher would.
  await page.bringToFront()
  await walkWizard(page, walk)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
}

const saved = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('oudergesprek') ?? 'null') as {
        version: number
        state: { preparations: unknown; settings: unknown }
      },
  )

test('two tabs each keep their own preparation: a tick in one never lands in the other child', async ({ context }) => {
  const a = await context.newPage()
  await prepare(a, ANOUK)
  await a.getByRole('link', { name: 'Begin een nieuwe voorbereiding' }).click()
  await prepare(a, SEM)
  const semAddress = a.url()
  await a.getByRole('link', { name: 'Alle voorbereidingen' }).click()
  await a.getByRole('button', { name: 'Open de voorbereiding voor Anouk' }).click()
  await expect(a.getByText('Voor het gesprek over Anouk')).toBeVisible()

  const b = await context.newPage()
  await b.bringToFront()
  await b.goto(semAddress)
  await expect(b.getByText('Voor het gesprek over Sem')).toBeVisible()
  await b.getByRole('checkbox', { name: 'Waardeer de vragen' }).check()

  await a.bringToFront()
  await expect(a.getByText('Voor het gesprek over Anouk')).toBeVisible()
  await a.getByRole('checkbox', { name: 'Begin met een praatje' }).check()
  await writeNote(a, 'Begin met een praatje', 'Alleen voor Anouk')
  await a.reload()
  await expect(a.getByText('Voor het gesprek over Anouk')).toBeVisible()
  await expect(a.getByRole('checkbox', { name: 'Begin met een praatje' })).toBeChecked()
  await expect(a.getByRole('checkbox', { name: 'Waardeer de vragen' })).not.toBeChecked()

  await b.bringToFront()
  await b.reload()
  await expect(b.getByRole('checkbox', { name: 'Waardeer de vragen' })).toBeChecked()
  await expect(b.getByRole('checkbox', { name: 'Begin met een praatje' })).not.toBeChecked()
  await expect(b.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' })).toHaveCount(0)
})

test('two new preparations started in two tabs stay two', async ({ context }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await a.goto('/')
  await b.goto('/')
  await prepare(a, ANOUK)
  await prepare(b, SEM)
  await a.goto('/#/')
  await expect(a.getByRole('listitem').getByRole('heading', { level: 3 })).toHaveText(['Anouk', 'Sem'])
})

test('an older tab never overwrites data written by a newer version; it asks to reload', async ({ context }) => {
  const a = await context.newPage()
  await prepare(a, ANOUK)
  const b = await context.newPage()
  await b.goto('/')
  const newer = JSON.stringify({ version: 99, state: { preparations: {}, fromTheFuture: true } })
  await b.evaluate((text) => localStorage.setItem('oudergesprek', text), newer)
  await expect(a.getByRole('alert')).toContainText('Laad de pagina opnieuw om de nieuwe versie te gebruiken.')
  await a.getByRole('checkbox', { name: 'Begin met een praatje' }).check()
  await a.waitForTimeout(600)
  expect(await a.evaluate(() => localStorage.getItem('oudergesprek'))).toBe(newer)
  // A tab opened now (as after a rollback to this version) never says the preparation is gone.
  const c = await context.newPage()
  await c.goto(a.url())
  await expect(
    c.getByRole('heading', { level: 1, name: 'Deze versie van de app kan deze voorbereiding niet openen' }),
  ).toBeVisible()
  await expect(
    c.getByText('Een nieuwere versie van de app heeft je gegevens bewaard. Ze zijn niet weg.', { exact: false }),
  ).toBeVisible()
  await expect(c.getByRole('heading', { name: 'Deze voorbereiding staat niet op dit apparaat' })).toHaveCount(0)
})

test('undo after deleting the last preparation, and after a save in another tab', async ({ context }) => {
  const a = await context.newPage()
  await prepare(a, SEM)
  await a.getByRole('link', { name: 'Alle voorbereidingen' }).click()
  await a.getByRole('button', { name: 'Verwijder de voorbereiding voor Sem' }).click()
  await a.getByRole('button', { name: 'Ja, verwijderen' }).click()
  await expect(a.getByRole('main').getByText('De voorbereiding voor Sem is verwijderd.')).toBeVisible()
  const b = await context.newPage()
  await prepare(b, ANOUK)
  await a.bringToFront()
  await expect(a.getByRole('button', { name: 'Ongedaan maken' })).toBeVisible()
  await a.getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(a.getByRole('listitem').getByRole('heading', { level: 3 })).toHaveText(['Anouk', 'Sem'])
})

test('a backup downloads, and reads back into an empty browser with everything equal', async ({ page }) => {
  await prepare(page, ANOUK)
  await page.getByRole('checkbox', { name: 'Begin met een praatje' }).check()
  await writeNote(page, 'Begin met een praatje', 'Over de verhuizing')
  await page.getByRole('textbox', { name: 'Nieuwe vraag' }).fill('Kan er een extra leesmoment komen?')
  await page.getByRole('button', { name: 'Vraag toevoegen' }).click()
  await page.getByRole('button', { name: 'Het gesprek is geweest' }).click()
  await page.getByRole('radio', { name: 'Wisselend' }).check()
  await page.getByRole('textbox', { name: 'Wat is er afgesproken?' }).fill('Over zes weken weer')
  await page.getByRole('textbox', { name: 'Datum' }).fill(dayFromNow(19))
  await page.getByRole('textbox', { name: 'Tijd' }).fill('14:30')
  await page.getByRole('link', { name: 'Alle voorbereidingen' }).click()
  // Changes are written in a batch a moment after the last one.
  await expect.poll(async () => JSON.stringify(await saved(page))).toContain('2026-12-19T14:30')
  const before = await saved(page)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download een reservekopie' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^oudergesprek-reservekopie-\d{4}-\d{2}-\d{2}\.json$/)
  const file = await download.path()

  await page.evaluate(() => localStorage.clear())
  await page.goto('/')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: /Komt er een ouderbuddy mee/ })).toBeVisible()
  await page.getByRole('link', { name: 'Zet een reservekopie terug' }).click()
  await page.getByLabel('Zet een reservekopie terug').setInputFiles(file)
  await expect(page.getByRole('main').getByText(/Voorbereidingen in dit bestand: 1\./)).toBeVisible()
  await page.getByRole('button', { name: 'Ja, zet terug' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Het bestand is teruggezet' })).toBeVisible()
  await page.waitForTimeout(500)
  const after = (await saved(page)).state
  expect(after.preparations).toEqual(before.state.preparations)
  expect(after.settings).toEqual(before.state.settings)
  expect(JSON.parse(readFileSync(file, 'utf8')).state.preparations).toEqual(before.state.preparations)
})

test('text typed but not yet confirmed survives a reload; Back after a new preparation returns to the checklist', async ({
  page,
}) => {
  await prepare(page, ANOUK)
  const checklist = page.url()
  await page.getByRole('textbox', { name: 'Nieuwe vraag' }).fill('Nog niet toegevoegd')
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Nieuwe vraag' })).toHaveValue('Nog niet toegevoegd')

  await page.getByRole('link', { name: 'Begin een nieuwe voorbereiding' }).click()
  await page.getByRole('radio', { name: 'Nee, er is geen buddy' }).check()
  await page.getByRole('button', { name: 'Doorgaan' }).click()
  await page.getByRole('radio', { name: 'Ja', exact: true }).check()
  await page.getByRole('button', { name: 'Doorgaan' }).click()
  await page.getByRole('textbox', { name: /Hoeveel minuten/ }).fill('45')
  await page.reload()
  await expect(page.getByRole('textbox', { name: /Hoeveel minuten/ })).toHaveValue('45')
  await page.goBack()
  await page.goBack()
  await page.goBack()
  await expect(page).toHaveURL(checklist)
  await expect(page.getByText('Voor het gesprek over Anouk')).toBeVisible()
})
