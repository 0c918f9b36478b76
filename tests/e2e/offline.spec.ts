import { readFileSync, readdirSync } from 'node:fs'
import type { Page, Request } from '@playwright/test'
import { test, expect, walkWizard, ANOUK, expectNoAxeViolations, dayFromNow } from './fixtures'
import { flat, pdfText } from '../pdf/pdf-text'

/** What the built service worker precaches, as the URLs it serves them at. */
function precacheList(): string[] {
  const sw = readFileSync('dist/sw.js', 'utf8')
  return [...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((match) => `/${match[1]}`)
}

/** The first visit is over once the service worker controls the page and holds every precached file. */
async function waitUntilOffline(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  // Files whose name has no content hash are stored with their revision in the query.
  const missing = await page.evaluate(async (urls) => {
    const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache'))
    if (!name) return urls
    const precache = await caches.open(name)
    const absent = await Promise.all(
      urls.map(async (url) => ((await precache.match(url, { ignoreSearch: true })) ? null : url)),
    )
    return absent.filter((url) => url !== null)
  }, precacheList())
  expect(missing, 'precached files not in the cache').toEqual([])
}

/**
 * Content-Security-Policy violations in the page, across reloads: the service worker, the
 * manifest and what they load must cause none. (zod's start-up probe for eval is not theirs.)
 */
async function watchPolicy(page: Page) {
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (violation: string) => violations.push(violation))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => {
      if (event.blockedURI !== 'eval')
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        )
    }),
  )
  return violations
}

/** The base names of the PDF fonts in folders below src/pdf/fonts/: left to first use. */
function fontsInFolders(): string[] {
  return readdirSync('src/pdf/fonts', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.parentPath !== 'src/pdf/fonts' && /\.(ttf|otf)$/.test(entry.name))
    .map((entry) => entry.name.replace(/\.\w+$/, ''))
}

test('the service worker precaches the page, every chunk, the styles, the PDF fonts but the large ones, and the icons', () => {
  const list = precacheList()
  const assets = readdirSync('dist/assets')
  const entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(
    readFileSync('dist/index.html', 'utf8'),
  )?.[1]
  expect(list).toContain('/index.html')
  expect(list).toContain(entry)
  for (const chunk of ['export', 'pdf-worker', 'pdf-maker', 'calendar']) {
    expect(list, chunk).toContain(`/assets/${assets.find((file) => file.startsWith(`${chunk}-`))}`)
  }
  for (const icon of ['/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png', '/favicon.svg'])
    expect(list, icon).toContain(icon)
  for (const font of ['noto-sans-latin-bold', 'noto-sans-greek-cyrillic-regular', 'noto-sans-arabic-regular'])
    expect(
      list.some((url) => url.startsWith(`/assets/${font}-`)),
      font,
    ).toBe(true)

  // Everything the build made is precached, except the fonts in folders of their own.
  const large = fontsInFolders()
  expect(large.length).toBeGreaterThan(0)
  const notPrecached = assets.filter((file) => !list.includes(`/assets/${file}`))
  expect(notPrecached.map((file) => file.replace(/-[\w-]{8}\.\w+$/, '')).sort()).toEqual(large.sort())
})

test('the manifest makes the app installable under its Dutch name', async ({ page }) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = (await (await page.request.get(href!)).json()) as Record<string, unknown>
  expect(manifest).toMatchObject({
    name: 'Oudergesprek voorbereiden',
    short_name: 'Oudergesprek',
    lang: 'nl',
    start_url: './',
    display: 'standalone',
    theme_color: '#1f4e79',
  })
  const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[]
  expect(icons.map((icon) => [icon.sizes, icon.purpose ?? 'any'])).toEqual([
    ['192x192', 'any'],
    ['512x512', 'any'],
    ['512x512', 'maskable'],
  ])
  for (const icon of icons) {
    const png = await page.request.get(new URL(icon.src, new URL(href!, page.url())).href)
    expect(png.headers()['content-type']).toBe('image/png')
    const bytes = await png.body()
    // A PNG's width and height sit at bytes 16 and 20 of its header.
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes)
  }
})

test('after one visit the app opens without network: the list shows, a new preparation is made, its PDF downloads', async ({
  page,
  context,
}) => {
  const violations = await watchPolicy(page)
  // Requests the service worker itself sends to the server: the precache fill on the first visit.
  const fromWorker: Request[] = []
  context.on('request', (request) => {
    if (request.serviceWorker()) fromWorker.push(request)
  })
  await walkWizard(page, ANOUK)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
  await waitUntilOffline(page)
  expect(fromWorker.length, 'the precache was filled by the service worker').toBeGreaterThan(0)

  await context.setOffline(true)
  const failed: string[] = []
  page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`))
  // The service worker cannot reach the server either, so whatever follows comes from its cache.
  const [worker] = context.serviceWorkers()
  expect(
    await worker!.evaluate(() =>
      fetch('/robots.txt').then(
        () => 'reached',
        () => 'offline',
      ),
    ),
  ).toBe('offline')
  fromWorker.length = 0

  const opened = await page.goto('/')
  expect(opened?.fromServiceWorker(), 'the page came from the service worker').toBe(true)
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw voorbereidingen' })).toBeVisible()
  await expect(page.getByRole('listitem').getByRole('heading', { level: 3 })).toHaveText(['Anouk'])
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Begin een nieuwe voorbereiding' }).click()
  // A Cyrillic name: its font was never fetched on the first visit, so it comes from the precache.
  await walkWizard(page, { ...ANOUK, name: 'Sem Анастасия', date: dayFromNow(14) })
  const pdfWorker = page.waitForResponse(/\/assets\/pdf-worker-[\w-]+\.js$/)
  const font = page.waitForResponse(/noto-sans-latin-bold-[\w-]+\.ttf$/)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await expect(page.getByText('Voor het gesprek over Sem Анастасия')).toBeVisible()
  expect((await pdfWorker).fromServiceWorker(), 'the PDF worker came from the service worker').toBe(true)
  expect((await font).fromServiceWorker(), 'the PDF font came from the service worker').toBe(true)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download als PDF' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('oudergesprek-sem-2026-12-14.pdf')
  const bytes = readFileSync(await file.path())
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF')
  expect(flat((await pdfText(bytes)).text)).toContain('Voor het gesprek over Sem Анастасия')

  await page.reload()
  await expect(page.getByText('Voor het gesprek over Sem Анастасия')).toBeVisible()
  expect(failed, 'requests that failed without network').toEqual([])
  expect(
    fromWorker.map((request) => request.url()),
    'the service worker went to the network',
  ).toEqual([])
  // Everything the app needed was in the precache: nothing had to be cached on first use.
  const cachedOnFirstUse = await page.evaluate(async () =>
    (await (await caches.open('oudergesprek-on-first-use')).keys()).map((request) => request.url),
  )
  expect(cachedOnFirstUse).toEqual([])
  expect(violations, 'Content-Security-Policy violations').toEqual([])
  await context.setOffline(false)
})

test('a Chinese name: its font slices are cached the first time they are used, and then draw offline too', async ({
  page,
  context,
}) => {
  await walkWizard(page, { ...ANOUK, name: '陈小明' })
  await waitUntilOffline(page)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  const online = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download als PDF' }).click()
  await online
  const slices = await page.evaluate(async () =>
    (await (await caches.open('oudergesprek-on-first-use')).keys()).map((request) => new URL(request.url).pathname),
  )
  expect(slices.length).toBeGreaterThan(0)
  for (const slice of slices) expect(slice).toMatch(/^\/assets\/noto-sans-sc-\d+-[\w-]{8}\.otf$/)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByText('Voor het gesprek over 陈小明')).toBeVisible()
  const offline = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download als PDF' }).click()
  const bytes = readFileSync(await (await offline).path())
  expect((await pdfText(bytes)).text.split('\n')).toContain('Voor het gesprek over 陈小明')
  await context.setOffline(false)
})

test('Cache Storage cleared by hand: the next visit with a network fills it again, and the app works offline after', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await waitUntilOffline(page)
  const heading = await page.getByRole('heading', { level: 1 }).textContent()
  expect(heading).toBeTruthy()
  // What the browser's "Clear site data › Cache storage" does: the worker stays, its files go.
  const cdp = await context.newCDPSession(page)
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'cache_storage' })
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0)

  // The next visit, online: the worker notices and fetches what is missing.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect
    .poll(
      () =>
        waitUntilOffline(page).then(
          () => true,
          () => false,
        ),
      { timeout: 15_000 },
    )
    .toBe(true)

  // And offline again: the page, a screen loaded later, all from the device.
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: heading! })).toBeVisible()
  await page.goto('/#/backup')
  await expect(page.getByRole('heading', { level: 1, name: 'Reservekopie en privacy' })).toBeVisible()
  await context.setOffline(false)
})
