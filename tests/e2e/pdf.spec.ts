import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect, walkWizard, expectNoAxeViolations, ANOUK, writeNote } from './fixtures'
import { flat, pdfText } from '../pdf/pdf-text'
import { findAll, pdfStructure } from '../pdf/pdf-structure'

/**
 * Records Content-Security-Policy violations (an eval, an inline script, another host) in the
 * page. The check is that the PDF export causes none: it compares the list before the first
 * click on the export with the list at the end (zod's one-off eval probe at start-up is not
 * the export's to answer for), and no violation may come from the export's own chunk.
 */
async function watchPolicy(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { policyViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`),
    )
  })
  const violations = () => page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations)
  let before: string[] = []
  return {
    beforeExport: async () => void (before = await violations()),
    noneByExport: async () => {
      const after = await violations()
      expect(after).toEqual(before)
      expect(after.filter((v) => /export-|pdf-|\.(ttf|otf)/.test(v))).toEqual([])
    },
  }
}

/** Every font file the page fetched, by its name without the build's hash. */
function watchFonts(page: Page) {
  const fonts: string[] = []
  page.on('request', (request) => {
    const match = /\/assets\/(.+)-[\w-]{8}\.(ttf|otf)$/.exec(request.url())
    if (match) fonts.push(match[1]!)
  })
  return fonts
}

async function download(page: Page, button = 'Download als PDF') {
  const downloaded = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const file = await downloaded
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
}

test('downloads the checklist as a tagged PDF, and again with the browser offline', async ({ page, context }) => {
  const policy = await watchPolicy(page)
  await walkWizard(page, ANOUK)
  await policy.beforeExport()
  // The export code and the Latin font are fetched in the background once the checklist shows.
  const fontsFetched = page.waitForResponse(/noto-sans-latin-bold.*\.ttf$/)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await page.getByRole('checkbox', { name: 'Begin met een praatje' }).check()
  await writeNote(page, 'Begin met een praatje', 'Vragen naar de verhuizing')
  await fontsFetched

  const own = await download(page)
  expect(own.name).toBe('oudergesprek-anouk-2026-12-12.pdf')
  expect(own.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF')
  const text = flat((await pdfText(own.bytes)).text)
  expect(text).toContain('Voor het gesprek over Anouk')
  expect(text).toContain('Begin anders als de buddy erbij is')
  expect(text).toContain('Evalueer het gesprek samen')
  expect(text).toContain('Notitie: Vragen naar de verhuizing')
  expect(text).toContain('‘Hoe ziet u dit?’ uit de handreiking')
  expect(text.indexOf('Gevoelig nieuws: eerst apart met de ouder')).toBeGreaterThan(0)
  expect(text.indexOf('Gevoelig nieuws: eerst apart met de ouder')).toBeLessThan(
    text.indexOf('Begin anders als de buddy erbij is'),
  )
  await expect(page.getByRole('status')).toHaveText('De PDF is klaar: oudergesprek-anouk-2026-12-12.pdf')
  const structure = await pdfStructure(own.bytes)
  expect(structure.language).toBe('nl')
  expect(findAll(structure.pages, 'H1').map((h) => h.text)).toEqual(['Voorbereiding oudergesprek'])
  expect(findAll(structure.pages, 'LI').length).toBeGreaterThan(10)

  await context.setOffline(true)
  await page.getByRole('radio', { name: /^Voor een collega/ }).check()
  const colleague = await download(page)
  expect(colleague.name).toBe('oudergesprek-collega-anouk-2026-12-12.pdf')
  const shared = flat((await pdfText(colleague.bytes)).text)
  expect(shared).toContain('Voor het gesprek over Anouk')
  expect(shared).toContain('Geen rechtstreeks contact met de buddy')
  expect(shared).not.toContain('Vragen naar de verhuizing')
  await context.setOffline(false)
  await policy.noneByExport()
})

test('fetches no font on the first screen, and then only the fonts the names need, ahead of the click', async ({
  page,
}) => {
  const policy = await watchPolicy(page)
  const fonts = watchFonts(page)
  await walkWizard(page, { ...ANOUK, name: '陈小明 Анастасия' })
  await policy.beforeExport()
  expect(fonts).toEqual([])
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  // The PDF worker gets ready in the background once the checklist shows.
  const needed = [
    'noto-sans-greek-cyrillic-bold',
    'noto-sans-greek-cyrillic-regular',
    'noto-sans-latin-bold',
    'noto-sans-latin-regular',
    'noto-sans-sc-12',
    'noto-sans-sc-20',
    'noto-sans-sc-58',
  ]
  await expect.poll(() => [...fonts].sort()).toEqual(needed)

  const { bytes } = await download(page)
  const lines = (await pdfText(bytes)).text.split('\n')
  expect(lines).toContain('Voor het gesprek over 陈小明 Анастасия')
  // Each fetched once: the worker keeps them.
  expect([...fonts].sort()).toEqual(needed)
  await policy.noneByExport()
})

test('tells the teacher before downloading that the star in “Mia 🌟” cannot be drawn, and offers to print', async ({
  page,
}) => {
  const policy = await watchPolicy(page)
  await page.addInitScript(() => {
    Object.assign(window, { printed: 0 })
    window.print = () => Object.assign(window, { printed: (window as unknown as { printed: number }).printed + 1 })
  })
  const downloads: string[] = []
  page.on('download', (file) => downloads.push(file.suggestedFilename()))
  await walkWizard(page, { ...ANOUK, name: 'Mia 🌟' })
  await policy.beforeExport()
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await page.getByRole('button', { name: 'Download als PDF' }).click()

  await expect(page.getByRole('heading', { name: 'Niet alle tekst kan in de PDF' })).toBeFocused()
  await expect(page.getByText('🌟 in ‘…het gesprek over Mia 🌟’')).toBeVisible()
  await expectNoAxeViolations(page)
  expect(downloads).toEqual([])
  await page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).click()
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)

  const { name, bytes } = await download(page, 'Toch downloaden als PDF')
  expect(name).toBe('oudergesprek-mia-2026-12-12.pdf')
  expect((await pdfText(bytes)).text.split('\n')).toContain('Voor het gesprek over Mia')
  await policy.noneByExport()
})

test('printing the checklist leaves out buttons and navigation', async ({ page }) => {
  await walkWizard(page, ANOUK)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await writeNote(page, 'Begin met een praatje', 'Over de vakantie')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Download als PDF' })).toBeHidden()
  await expect(page.getByRole('link', { name: 'Antwoorden wijzigen' })).toBeHidden()
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
  await expect(page.getByText('Notitie: Over de vakantie')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Begin met een praatje' })).toBeVisible()
})
