// Measures the PDF export: gzipped size of the lazy chunks and fonts, the PDF's size, and the
// time from click to saved file in Chromium, for the first click after the checklist appears
// and for a repeated click. Median of RUNS fresh browser contexts. Writes the last PDF to .bench/.
import { execSync, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, statSync, copyFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'

const RUNS = Number(process.env.RUNS ?? 7)
const PORT = Number(process.env.BENCH_PORT ?? 4175)
const BASE = `http://localhost:${PORT}`
const ASSETS = 'dist/assets'

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const ms = (value) => `${Math.round(value)} ms`

execSync('npx vite build', { stdio: 'ignore' })

const files = readdirSync(ASSETS)
const entry = /src="\/assets\/([^"]+\.js)"/.exec(readFileSync('dist/index.html', 'utf8'))[1]
const exportChunk = files.find((f) => /^export-.*\.js$/.test(f))
const fonts = files.filter((f) => f.endsWith('.ttf'))
console.log('Sizes (gzip -9)')
console.log(`  entry chunk ${entry}: ${kb(gz(`${ASSETS}/${entry}`))}`)
console.log(`  lazy PDF chunk ${exportChunk}: ${kb(gz(`${ASSETS}/${exportChunk}`))}`)
for (const font of fonts)
  console.log(`  font ${font}: ${kb(statSync(`${ASSETS}/${font}`).size)} raw, ${kb(gz(`${ASSETS}/${font}`))} gzipped`)
const lazyTotal = gz(`${ASSETS}/${exportChunk}`) + fonts.reduce((sum, f) => sum + gz(`${ASSETS}/${f}`), 0)
console.log(`  lazy PDF chunk + fonts: ${kb(lazyTotal)}`)

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
})
const stop = () => {
  try {
    process.kill(-server.pid)
  } catch {
    // already gone
  }
}
process.on('exit', stop)

for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(BASE)).ok) break
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const PREPARATION = {
  version: 1,
  state: {
    locale: 'nl',
    activeId: 'bench',
    preparations: {
      bench: {
        id: 'bench',
        createdAt: '2026-11-29T09:00:00.000Z',
        updatedAt: '2026-11-29T09:00:00.000Z',
        answers: {
          buddy: 'attending',
          sensitiveNews: true,
          expectedMinutes: 30,
          parentsAttending: 2,
          otherAttendees: 1,
          childName: 'Ayşe',
          address: 'u',
          meetingAt: '2026-12-12T15:30',
        },
        ticks: { 'before.ask-buddy-along': true, 'during.small-talk': true },
        notes: { 'during.small-talk': 'Vragen naar de verhuizing', 'before.room-and-chairs': 'Lokaal 12' },
      },
    },
  },
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})

async function clickToFile(page) {
  const started = performance.now()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als PDF' }).click(),
  ])
  const path = await download.path()
  return { time: performance.now() - started, path }
}

const first = []
const firstImmediate = []
const repeated = []

for (let run = 0; run < RUNS; run++) {
  for (const waitForPrefetch of [true, false]) {
    const context = await browser.newContext()
    await context.addInitScript((data) => localStorage.setItem('oudergesprek', data), JSON.stringify(PREPARATION))
    const page = await context.newPage()
    const prefetched = page.waitForResponse(/noto-sans-bold-latin.*\.ttf$/)
    await page.goto(`${BASE}/#/checklist`)
    await page.getByRole('heading', { level: 1, name: 'Jouw checklist' }).waitFor()
    if (waitForPrefetch) await prefetched
    const click = await clickToFile(page)
    ;(waitForPrefetch ? first : firstImmediate).push(click.time)
    if (waitForPrefetch) {
      const again = await clickToFile(page)
      repeated.push(again.time)
      mkdirSync('.bench', { recursive: true })
      copyFileSync(again.path, '.bench/oudergesprek-bench.pdf')
    }
    await context.close()
  }
}
await browser.close()
stop()

console.log(`\nClick to saved file in Chromium, median of ${RUNS} (min–max)`)
const line = (label, values) =>
  console.log(`  ${label}: ${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`)
line('first click, after the background fetch', first)
line('first click, straight after the checklist appears', firstImmediate)
line('repeated click', repeated)
console.log(`\nPDF size: ${kb(statSync('.bench/oudergesprek-bench.pdf').size)} (copy in .bench/oudergesprek-bench.pdf)`)
process.exit(0)
