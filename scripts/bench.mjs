// `npm run bench`: the speed budgets, measured on the production build (docs/decisions/0007).
//   - the first load: the entry's JavaScript and CSS gzipped, file by file and per dependency;
//   - first contentful paint in Chromium with the CPU slowed down 4×;
//   - the slowest click or keystroke per screen with the CPU slowed down 4× (bench-events.mjs);
//   - the PDF export, from click to saved file: the first click (cold) and a repeated one (warm),
//     and the slowest click or keystroke while a PDF is made (bench-pdf.mjs);
//   - Lighthouse (mobile preset): performance and best practices;
//   - years of conversations: a thousand preparations stored (bench-years.mjs).
// Median and range over RUNS runs (default 5) and LIGHTHOUSE_RUNS Lighthouse runs (default 3, 0 skips them),
// each in a fresh browser context. Times depend on what else the machine is doing: the load
// average is printed before and after. SKIP_BUILD=1 measures the dist/ that is there. Starts its
// own `vite preview` on BENCH_PORT (4974) and gives Lighthouse the browser on DEBUG_PORT (4976).
import { execSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'
import { DOCUMENTS, storageFor } from './bench-documents.mjs'
import { CPU_SLOWDOWN, slowestEvents } from './bench-events.mjs'
import { exportReady, interactionsWhileMaking } from './bench-pdf.mjs'
import { ENTRY_BUDGET_KB, entryFiles, entrySize } from './entry-size.mjs'
import { yearsBench } from './bench-years.mjs'

const RUNS = Number(process.env.RUNS ?? 5)
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const PORT = Number(process.env.BENCH_PORT ?? 4974)
const DEBUG_PORT = Number(process.env.DEBUG_PORT ?? 4976)
const BASE = `http://localhost:${PORT}`
const EVENT_BUDGET_MS = 50
const PDF_BUDGET_MS = 250
const MAPPED = '.bench/dist-sourcemap'
const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const sorted = (values) => [...values].sort((a, b) => a - b)
const median = (values) => sorted(values)[Math.floor(values.length / 2)]
/** "median (min–max)" in the given unit. */
const spread = (values, format) =>
  `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`
const ms = (value) => `${Math.round(value)} ms`
const score = (value) => value.toFixed(2)
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')
const row = (what, value) => console.log(`  ${what.padEnd(44)} ${value}`)

function build() {
  if (process.env.SKIP_BUILD) return
  execSync('npx vite build', { stdio: 'ignore' })
  // The same build with source maps, to see which dependency each byte of the entry comes from.
  rmSync(MAPPED, { recursive: true, force: true })
  execSync(`npx vite build --sourcemap --outDir ${MAPPED} --emptyOutDir`, { stdio: 'ignore' })
}

// ---------------------------------------------------------------------------------------------
// Sizes

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The columns of one generated line where each source's code starts (source map v3 "mappings"). */
function* segments(mappings) {
  let source = 0
  const lines = mappings.split(';')
  for (let line = 0; line < lines.length; line++) {
    let column = 0
    for (const segment of lines[line].split(',')) {
      if (!segment) continue
      const values = []
      let value = 0
      let shift = 0
      for (const char of segment) {
        const digit = BASE64.indexOf(char)
        value += (digit & 31) << shift
        if (digit & 32) shift += 5
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      column += values[0]
      if (values.length > 1) source += values[1]
      yield { line, column, source: values.length > 1 ? source : -1 }
    }
  }
}

const packageOf = (source) => {
  const path = source.replaceAll('\\', '/')
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
  if (inModules) return inModules[1]
  if (path.includes('guidance-data/')) return 'guidance-data (the checklist texts)'
  if (/(^|\/)src\//.test(path)) return 'the app (src/)'
  return 'other (bundler helpers)'
}

/** Bytes of each entry file's minified code per package, from the source-mapped build. */
function bytesPerPackage(file) {
  const mapPath = join(MAPPED, `${file}.map`)
  if (!existsSync(mapPath)) return null
  const map = JSON.parse(readFileSync(mapPath, 'utf8'))
  const lines = readFileSync(join(MAPPED, file), 'utf8').split('\n')
  const bytes = new Map()
  let previous = null
  const count = (until) => {
    if (!previous) return
    const length =
      until.line === previous.line ? until.column - previous.column : lines[previous.line].length - previous.column
    const name = previous.source < 0 ? 'other (bundler helpers)' : packageOf(map.sources[previous.source])
    bytes.set(name, (bytes.get(name) ?? 0) + Math.max(0, length))
  }
  for (const segment of segments(map.mappings)) {
    count(segment)
    previous = segment
  }
  if (previous) count({ line: previous.line + 1, column: 0 })
  return bytes
}

function reportSizes() {
  const size = entrySize()
  console.log(`First load (entry script, its static imports, styles), gzip -9 per file`)
  row('JavaScript + CSS', `${size.total.toFixed(1)} KB of ${ENTRY_BUDGET_KB} KB budget`)
  row('JavaScript', `${size.js.toFixed(1)} KB`)
  row('CSS', `${size.css.toFixed(1)} KB`)
  for (const { file, kb: fileKb } of size.files) row(`  ${file}`, `${fileKb.toFixed(1)} KB`)

  // Per dependency: each file's gzipped size shared out by the minified bytes each package has in it.
  const perPackage = new Map()
  let mapped = true
  for (const { file, kb: fileKb } of size.files.filter((f) => f.file.endsWith('.js'))) {
    const mappedFile = entryFiles(MAPPED).find(
      (f) => f.replace(/-[\w-]{8}\.js$/, '') === file.replace(/-[\w-]{8}\.js$/, ''),
    )
    const bytes = mappedFile ? bytesPerPackage(mappedFile) : null
    if (!bytes) {
      mapped = false
      continue
    }
    const total = [...bytes.values()].reduce((a, b) => a + b, 0)
    for (const [name, count] of bytes) perPackage.set(name, (perPackage.get(name) ?? 0) + (fileKb * count) / total)
  }
  if (mapped && perPackage.size > 0) {
    console.log('  per dependency (gzipped, shared out by minified bytes; an estimate):')
    for (const [name, share] of [...perPackage].sort((a, b) => b[1] - a[1]))
      row(`    ${name}`, `${share.toFixed(1)} KB`)
  } else console.log('  per dependency: no source-mapped build (run without SKIP_BUILD)')

  reportPdfChunks()
}

/** The export's own chunk on the page, and the PDF worker with the PDF library and the layout. */
function reportPdfChunks() {
  const assets = readdirSync('dist/assets')
  for (const [name, what] of [
    ['export', 'PDF export on the page (gzipped)'],
    ['pdf-worker', 'PDF worker, started once the export shows'],
  ]) {
    const chunk = assets.find((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f))
    if (!chunk) continue
    const gz = gzipSync(readFileSync(`dist/assets/${chunk}`), { level: 9 }).length
    row(what, `${kb(gz)} (${kb(statSync(`dist/assets/${chunk}`).size)} minified)`)
  }
}

// ---------------------------------------------------------------------------------------------
// Server and browser

let server = null
function stopServer() {
  if (!server) return
  try {
    process.kill(-server.pid)
  } catch {
    // already gone
  }
  server = null
}

async function startServer() {
  server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  })
  process.on('exit', stopServer)
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
      stopServer()
      process.exit(130)
    })
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`The preview server did not start on port ${PORT}`)
}

// ---------------------------------------------------------------------------------------------
// First contentful paint

async function firstContentfulPaint(browser) {
  const times = []
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await page.goto(BASE, { waitUntil: 'load' })
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) =>
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0]
              if (entry) resolve(entry.startTime)
            }).observe({ type: 'paint', buffered: true }),
          ),
      ),
    )
    await context.close()
  }
  return times
}

// ---------------------------------------------------------------------------------------------
// Events

async function events(browser) {
  const perScreen = new Map()
  for (let run = 0; run < RUNS; run++) {
    const slowest = await slowestEvents(browser, BASE)
    for (const [screen, entry] of Object.entries(slowest)) {
      const list = perScreen.get(screen) ?? []
      list.push(entry)
      perScreen.set(screen, list)
    }
  }
  console.log(
    `\nSlowest click or keystroke per screen, CPU ${CPU_SLOWDOWN}× slower, Event Timing (budget ${EVENT_BUDGET_MS} ms)`,
  )
  console.log(`  median (min–max) of ${RUNS} walks; the slowest of all with its input delay and handlers`)
  for (const [screen, entries] of perScreen) {
    // An entry under 16 ms is not reported by the browser: counted as 16.
    const durations = entries.map((entry) => entry?.duration ?? 16)
    const worst = entries.reduce((max, e) => (e && e.duration > (max?.duration ?? 0) ? e : max), null)
    const detail = worst
      ? `${worst.type} on "${worst.target ?? '?'}": delay ${ms(worst.delay)}, handlers ${ms(worst.handlers)}`
      : 'all under 16 ms'
    row(screen, `${spread(durations, ms)}  ${median(durations) <= EVENT_BUDGET_MS ? 'ok' : 'OVER'}; ${detail}`)
  }
}

// ---------------------------------------------------------------------------------------------
// PDF export

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
async function measurePdf(browser, document) {
  const cold = []
  const warm = []
  const ready = []
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext()
    await context.addInitScript((data) => localStorage.setItem('oudergesprek', data), storageFor(document))
    const page = await context.newPage()
    await page.goto(`${BASE}/#/checklist`)
    await page.getByRole('heading', { level: 1, name: 'Jouw checklist' }).waitFor()
    ready.push(await exportReady(page))
    cold.push((await clickToFile(page)).time)
    const again = await clickToFile(page)
    warm.push(again.time)
    copyFileSync(again.path, `.bench/${document.name}.pdf`)
    await context.close()
  }
  return { cold, warm, ready }
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

async function pdfExport(browser) {
  console.log(
    `\nPDF export, click to saved file (no CPU slowdown, budget ${PDF_BUDGET_MS} ms), median (min–max) of ${RUNS} fresh contexts`,
  )
  console.log('  cold = the first click once the worker is ready (fonts fetched, made once unsaved), warm = the next')
  for (const document of DOCUMENTS) {
    const { cold, warm, ready } = await measurePdf(browser, document)
    const file = `.bench/${document.name}.pdf`
    const within = median(cold) <= PDF_BUDGET_MS && median(warm) <= PDF_BUDGET_MS ? 'ok' : 'OVER'
    row(document.name, `cold ${spread(cold, ms)}, warm ${spread(warm, ms)}  ${within}`)
    row('', `worker ready ${spread(ready, ms)} after the page started loading`)
    row('', `PDF ${kb(statSync(file).size)}, ${pdfFacts(file, document.expect)}`)
  }
  await pdfResponsiveness(browser)
}

/**
 * The slowest click or keystroke while the rich PDF is made, CPU 4× slower, beside the same
 * clicks and keys with no PDF being made (interleaved): the page stays responsive.
 */
async function pdfResponsiveness(browser) {
  const rich = DOCUMENTS[0]
  const runs = { making: [], idle: [] }
  for (let run = 0; run < RUNS; run++) {
    runs.making.push(await interactionsWhileMaking(browser, BASE, storageFor(rich), true))
    runs.idle.push(await interactionsWhileMaking(browser, BASE, storageFor(rich), false))
  }
  console.log(
    `\nThe download click, two ticks and typing a note, CPU ${CPU_SLOWDOWN}× slower (budget ${EVENT_BUDGET_MS} ms), ${RUNS} runs each`,
  )
  for (const [what, list] of [
    [`while the ${rich.name} PDF is made`, runs.making],
    ['the same ticks and typing, no PDF', runs.idle],
  ]) {
    const durations = list.map((r) => r.slowest.duration)
    const worst = list.reduce((max, r) => (r.slowest.duration > max.slowest.duration ? r : max)).slowest
    const within = median(durations) <= EVENT_BUDGET_MS ? 'ok' : 'OVER'
    row(what, `${spread(durations, ms)}  ${within}; ${worst.type} on "${worst.target ?? '?'}"`)
  }
  row(
    'click to file meanwhile',
    spread(
      runs.making.map((r) => r.clickToFile),
      ms,
    ),
  )
  row('ticks while the PDF was made', `${runs.making.filter((r) => r.overlapped).length} of ${RUNS} runs`)
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

async function lighthouseScores() {
  if (LIGHTHOUSE_RUNS === 0) return console.log('\nLighthouse skipped (LIGHTHOUSE_RUNS=0)')
  const runs = []
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    // A browser of its own each time: nothing cached from the run before.
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [...CHROME_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
    })
    try {
      const result = await lighthouse(`${BASE}/`, {
        port: DEBUG_PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'best-practices'],
      })
      const { categories, audits } = result.lhr
      runs.push({
        performance: categories.performance.score,
        bestPractices: categories['best-practices'].score,
        fcp: audits['first-contentful-paint'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        failed: Object.values(audits)
          .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
          .map((audit) => audit.id),
      })
    } finally {
      await browser.close()
    }
  }
  console.log(`\nLighthouse ${LIGHTHOUSE_RUNS}× (mobile preset, simulated throttling), median (min–max)`)
  const of = (key) => runs.map((r) => r[key])
  row('performance (budget ≥ 0.98)', `${spread(of('performance'), score)}  each: ${of('performance').join(', ')}`)
  row('best practices (budget 1.00)', `${spread(of('bestPractices'), score)}  each: ${of('bestPractices').join(', ')}`)
  row('first contentful paint', spread(of('fcp'), ms))
  row('largest contentful paint', spread(of('lcp'), ms))
  row('total blocking time', spread(of('tbt'), ms))
  const failed = [...new Set(runs.flatMap((r) => r.failed))]
  if (failed.length > 0) row('failed audits', failed.join(', '))
}

// ---------------------------------------------------------------------------------------------

console.log(`Load average before (1, 5, 15 min): ${load()} on ${availableParallelism()} cores\n`)
mkdirSync('.bench', { recursive: true })
build()
reportSizes()
await startServer()
try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROME_ARGS,
  })
  try {
    const fcp = await firstContentfulPaint(browser)
    console.log(`\nFirst contentful paint, CPU ${CPU_SLOWDOWN}× slower, median (min–max) of ${RUNS} fresh contexts`)
    row('first question', spread(fcp, ms))
    await events(browser)
    await pdfExport(browser)
    await yearsBench(browser, BASE, RUNS, { row, spread, ms })
  } finally {
    await browser.close()
  }
  if (LIGHTHOUSE_RUNS > 0) await lighthouseScores()
} finally {
  stopServer()
}
console.log(`\nLoad average after (1, 5, 15 min): ${load()}`)
process.exit(0)
