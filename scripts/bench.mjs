// Measures the PDF export: gzipped sizes of the entry, the lazy PDF chunk and the fonts per
// script, and for each real document (a rich preparation's full checklist, a short one, one with
// a Chinese and a Cyrillic name) the time from click to saved file in Chromium: the first click
// once the checklist shows and the background fetch is done (cold), and a repeated click (warm).
// Median and range of RUNS fresh browser contexts. Writes the PDFs to .bench/.
// SKIP_BUILD=1 measures the dist/ that is there.
import { execSync, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, statSync, copyFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { DOCUMENTS, storageFor } from './bench-documents.mjs'

const RUNS = Number(process.env.RUNS ?? 7)
const PORT = Number(process.env.BENCH_PORT ?? 4175)
const BASE = `http://localhost:${PORT}`
const ASSETS = 'dist/assets'

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const gz = (file) => gzipSync(readFileSync(`${ASSETS}/${file}`), { level: 9 }).length
const ms = (value) => `${Math.round(value)} ms`
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const spread = (values) => `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`

if (!process.env.SKIP_BUILD) execSync('npx vite build', { stdio: 'ignore' })

function reportSizes() {
  const files = readdirSync(ASSETS)
  const entry = /src="\/assets\/([^"]+\.js)"/.exec(readFileSync('dist/index.html', 'utf8'))[1]
  const exportChunk = files.find((f) => /^export-.*\.js$/.test(f))
  console.log('Sizes (gzip -9)')
  console.log(`  entry chunk: ${kb(gz(entry))}`)
  console.log(`  lazy PDF chunk: ${kb(gz(exportChunk))} (${kb(statSync(`${ASSETS}/${exportChunk}`).size)} minified)`)
  const fonts = files.filter((f) => /\.(ttf|otf)$/.test(f))
  const groups = new Map()
  for (const font of fonts) {
    const group = font
      .replace(/-[\w-]{8}\.(ttf|otf)$/, '')
      .replace(/-(regular|bold)$/, '')
      .replace(/-\d\d$/, ' (chunks)')
    const entry = groups.get(group) ?? { files: 0, raw: 0, gz: 0 }
    groups.set(group, {
      files: entry.files + 1,
      raw: entry.raw + statSync(`${ASSETS}/${font}`).size,
      gz: entry.gz + gz(font),
    })
  }
  for (const [group, size] of groups)
    console.log(`  fonts ${group}: ${size.files} files, ${kb(size.raw)} raw, ${kb(size.gz)} gzipped`)
}

async function startServer() {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  })
  process.on('exit', () => {
    try {
      process.kill(-server.pid)
    } catch {
      // already gone
    }
  })
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(BASE)).ok) return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  throw new Error('The preview server did not start')
}

async function clickToFile(page) {
  const started = performance.now()
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: /Download als PDF/ }).click(),
  ])
  const path = await download.path()
  return { time: performance.now() - started, path }
}

/** Cold and warm clicks for one document; the warm PDF is kept in .bench/. */
async function measure(browser, document) {
  const cold = []
  const warm = []
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext()
    await context.addInitScript((data) => localStorage.setItem('oudergesprek', data), storageFor(document))
    const page = await context.newPage()
    const prefetched = page.waitForResponse(/noto-sans.*\.ttf$/)
    await page.goto(`${BASE}/#/checklist`)
    await page.getByRole('heading', { level: 1, name: 'Jouw checklist' }).waitFor()
    await prefetched
    cold.push((await clickToFile(page)).time)
    const again = await clickToFile(page)
    warm.push(again.time)
    copyFileSync(again.path, `.bench/${document.name}.pdf`)
    await context.close()
  }
  return { cold, warm }
}

/** Pages and tagging by pdfinfo, and whether the names come out of pdftotext exactly (poppler-utils). */
function pdfFacts(file, names = []) {
  try {
    const info = execSync(`pdfinfo ${file}`, { encoding: 'utf8' })
    const text = execSync(`pdftotext ${file} -`, { encoding: 'utf8' }).replace(/\s+/g, ' ')
    const facts = ['Pages', 'Tagged'].map(
      (key) => `${key.toLowerCase()} ${new RegExp(`${key}:\\s+(\\S+)`).exec(info)?.[1]}`,
    )
    return [...facts, ...names.map((name) => `${name} ${text.includes(name) ? 'exact' : 'MISSING'}`)].join(', ')
  } catch {
    return 'poppler-utils not installed'
  }
}

/** The browser's own route: the checklist printed to PDF (what "Opslaan als PDF" makes), timed by Playwright. */
async function measurePrint(browser, document) {
  const times = []
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext()
    await context.addInitScript((data) => localStorage.setItem('oudergesprek', data), storageFor(document))
    const page = await context.newPage()
    await page.goto(`${BASE}/#/checklist`)
    await page.getByRole('heading', { level: 1, name: 'Jouw checklist' }).waitFor()
    await page.emulateMedia({ media: 'print' })
    const started = performance.now()
    await page.pdf({ path: `.bench/${document.name}-print.pdf`, format: 'A4', tagged: true })
    times.push(performance.now() - started)
    await context.close()
  }
  return times
}

reportSizes()
await startServer()
mkdirSync('.bench', { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
console.log(`\nClick to saved file in Chromium, median of ${RUNS} fresh contexts (min–max)`)
for (const document of DOCUMENTS) {
  const { cold, warm } = await measure(browser, document)
  const file = `.bench/${document.name}.pdf`
  console.log(`  ${document.name}: cold ${spread(cold)}, warm ${spread(warm)}`)
  console.log(`    PDF ${kb(statSync(file).size)}, ${pdfFacts(file, document.expect)}`)
  if (process.env.PRINT) {
    const print = await measurePrint(browser, document)
    const printed = `.bench/${document.name}-print.pdf`
    console.log(
      `    print route: ${spread(print)}, PDF ${kb(statSync(printed).size)}, ${pdfFacts(printed, document.expect)}`,
    )
  }
}
await browser.close()
process.exit(0)
