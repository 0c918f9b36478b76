// The PDF export in the bench: the PDF worker's warm-up, and how the page answers while a PDF is
// made (docs/decisions/0003 and 0007).
import { CPU_SLOWDOWN, observeEvents } from './bench-events.mjs'

/** The mark the page sets once the PDF worker has fetched the fonts and made the PDF unsaved. */
const READY = 'oudergesprek:pdf-ready'

/**
 * Waits until the export is ready in the background, as it is for a teacher who reads the
 * checklist before clicking; returns when that was, in ms after the page started loading.
 */
export async function exportReady(page) {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, READY, { timeout: 60_000 })
  return page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, READY)
}

/**
 * With the CPU slowed down 4×: clicks "Download als PDF", and while the PDF is made ticks two
 * items and types in a note. Returns the slowest of those events, the download click included
 * (16 ms when none reached the 16 ms the browser reports), and the time from click to file.
 * Without `exporting`, the same ticks and typing with no PDF being made: what the machine gives.
 */
export async function interactionsWhileMaking(browser, base, storage, exporting = true) {
  const context = await browser.newContext({ locale: 'nl-NL' })
  await context.addInitScript((data) => localStorage.setItem('oudergesprek', data), storage)
  await context.addInitScript(observeEvents)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  await page.goto(`${base}/#/checklist`)
  await page.getByRole('heading', { level: 1, name: 'Jouw checklist' }).waitFor()
  await exportReady(page)
  await page
    .getByRole('button', { name: /^Notitie toevoegen bij/ })
    .first()
    .click()
  const note = page.getByRole('textbox', { name: /^Notitie bij/ }).first()
  await page.evaluate(() => window.__events.splice(0))

  const started = performance.now()
  const downloaded = exporting ? page.waitForEvent('download', { timeout: 60_000 }) : null
  if (exporting) await page.getByRole('button', { name: /Download als PDF/ }).click()
  for (const box of [2, 3]) await page.getByRole('checkbox').nth(box).click()
  const ticked = performance.now()
  await note.click()
  await page.keyboard.type('Tijdens de PDF', { delay: 50 })
  if (exporting) await (await downloaded).path()
  const clickToFile = performance.now() - started
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))))
  const entries = await page.evaluate(() => window.__events.splice(0))
  await context.close()
  const slowest = entries.reduce((max, e) => (e.duration > (max?.duration ?? 0) ? e : max), null)
  return {
    slowest: slowest ?? { type: 'all', duration: 16, target: 'under 16 ms' },
    clickToFile,
    // Whether the ticks came while the PDF was still being made.
    overlapped: exporting && ticked - started < clickToFile,
  }
}
