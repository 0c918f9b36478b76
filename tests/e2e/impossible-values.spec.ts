import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect, ANOUK, walkWizard } from './fixtures'

/**
 * Values no teacher types, but a file or a link can hold: ids that every object inherits, dates
 * that are not on the calendar, a set-aside copy with a damaged date. None of them may break the
 * app, count wrong, or reach a document.
 */

interface Backup {
  format: string
  version: number
  state: { preparations: Record<string, { id: string; answers: Record<string, unknown> }>; settings: unknown }
}

/** Anouk's preparation as a backup file, made by the app itself. */
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

/** The same preparation under other ids and names. */
function withIds(backup: Backup, names: Record<string, string>): Backup {
  const [anouk] = Object.values(backup.state.preparations)
  const preparations = Object.fromEntries(
    Object.entries(names).map(([id, name]) => [id, { ...anouk!, id, answers: { ...anouk!.answers, childName: name } }]),
  )
  return { ...backup, state: { ...backup.state, preparations } }
}

async function restore(page: Page, backup: Backup | string) {
  const text = typeof backup === 'string' ? backup : JSON.stringify(backup)
  await page.getByLabel('Zet een reservekopie terug').setInputFiles({
    name: 'kopie.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  })
}

test('ids such as "constructor" and "__proto__" are read back, counted and kept like any other', async ({ page }) => {
  const backup = withIds(await anoukBackup(page), { constructor: 'Cas', ['__proto__']: 'Pim', toString: 'Tess' })
  await page.evaluate(() => localStorage.clear())
  await page.goto('/#/')
  await page.reload()
  await page.getByRole('link', { name: 'Zet een reservekopie terug' }).click()
  await restore(page, backup)
  await expect(page.getByRole('main').getByText(/Voorbereidingen in dit bestand: 3\./)).toBeVisible()
  await page.getByRole('button', { name: 'Ja, zet terug' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Het bestand is teruggezet' })).toBeVisible()
  await page.goto('/#/')
  await page.reload()
  for (const name of ['Cas', 'Pim', 'Tess'])
    await expect(page.getByRole('button', { name: `Open de voorbereiding voor ${name}` })).toBeVisible()

  // Each opens as itself.
  await page.goto('/#/p/__proto__/checklist')
  await expect(page.getByText('Voor het gesprek over Pim')).toBeVisible()
  await page.goto('/#/p/constructor/checklist')
  await expect(page.getByText('Voor het gesprek over Cas')).toBeVisible()
  // A link to an id that is not here makes nothing.
  await page.goto('/#/p/hasOwnProperty/checklist')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Deze voorbereiding staat niet op dit apparaat' }),
  ).toBeVisible()
  await page.goto('/#/')
  await expect(page.getByRole('button', { name: /^Open de voorbereiding voor/ })).toHaveCount(3)
})

test('a file with a date that is not on the calendar is refused whole and changes nothing', async ({ page }) => {
  const backup = await anoukBackup(page)
  const [id] = Object.keys(backup.state.preparations)
  const before = await page.evaluate(() => localStorage.getItem('oudergesprek'))
  const main = page.getByRole('main')
  for (const meetingAt of ['2026-02-31T15:30', '2026-12-12T25:99', '0050-12-12T15:30']) {
    // Another message in between, so each file's own message is seen.
    await restore(page, 'geen json')
    await expect(main.getByText('Dit bestand kon niet worden gelezen. Er is niets veranderd.')).toBeVisible()
    const bad = structuredClone(backup)
    bad.state.preparations[id!]!.answers.meetingAt = meetingAt
    await restore(page, bad)
    await expect(main.getByText('Deze reservekopie is beschadigd. Er is niets veranderd.')).toBeVisible()
  }
  expect(await page.evaluate(() => localStorage.getItem('oudergesprek'))).toBe(before)
})

test('a set-aside copy with a damaged date is listed, and what was set aside reads back through the preview', async ({
  page,
}) => {
  const backup = withIds(await anoukBackup(page), { kopie: 'Mila' })
  // As the app sets aside a preparation it could read only in part: the original, by itself.
  const copy = { ...backup.state.preparations.kopie!, notes: { 'during.small-talk': 42 } }
  await page.evaluate(
    (data) =>
      localStorage.setItem(
        'oudergesprek:set-aside:test',
        JSON.stringify({ format: 'oudergesprek-set-aside', reason: 'repaired', at: 'gisteren', data }),
      ),
    JSON.stringify(copy),
  )
  await page.goto('/#/recovery')
  await expect(page.getByRole('heading', { name: 'Apart bewaard op een onbekende datum' })).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Downloaden' }).click(),
  ])
  const text = readFileSync((await download.path())!, 'utf8')

  await page.goto('/#/')
  await restore(page, text)
  await expect(page.getByRole('main').getByText(/Voorbereidingen in dit bestand: 1\./)).toBeVisible()
  await page.getByRole('button', { name: 'Ja, zet terug' }).click()
  await expect(page.getByRole('button', { name: 'Open de voorbereiding voor Mila' })).toBeVisible()
})
