import { readdirSync } from 'node:fs'
import { test, expect } from './fixtures'
import { startNginx, type Nginx } from './nginx'

/**
 * The app served as a school would serve it: dist/ behind nginx with deploy/nginx.conf. The
 * offline and new-version tests run behind it too (the project `nginx` in playwright.config.ts).
 */
let server: Nginx
test.beforeAll(async () => {
  // A page of another origin on the same host that puts the app in a frame, as a page that wants
  // the teacher to click "Alles verwijderen" unawares would.
  server = await startNginx(
    'dist',
    (app) =>
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Een andere pagina</title></head>` +
      `<body><h1>Een andere pagina</h1><iframe src="${app}" title="Oudergesprek"></iframe></body></html>`,
  )
})
test.afterAll(async () => {
  // Not there when nginx could not start: the tests have failed with the reason.
  await server?.close()
})

const YEAR = 'public, max-age=31536000, immutable'
const FEATURES_USED = ['screen-wake-lock', 'clipboard-write']

test('every file carries the headers that protect the app, and is kept just as long as it may be', async ({
  request,
}) => {
  const page = await (await request.get(server.url)).text()
  // The header sends the policy the build wrote into the page, and what only a header can say.
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
    .exec(page)?.[1]
    ?.replaceAll('&#39;', "'")
  expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/)
  const entry = /<script type="module" crossorigin src="\/(assets\/index-[\w-]+\.js)"/.exec(page)?.[1]
  const font = readdirSync('dist/assets').find((file) => file.startsWith('noto-sans-latin-regular-'))
  // The PDF worker runs under the policy its own answer carries, not the page's.
  const pdfWorker = readdirSync('dist/assets').find((file) => /^pdf-worker-[\w-]{8}\.js$/.test(file))
  const files: Record<string, [type: RegExp, caching: string]> = {
    '': [/^text\/html/, 'no-cache'],
    'index.html': [/^text\/html/, 'no-cache'],
    'sw.js': [/^application\/javascript/, 'no-cache'],
    'manifest.webmanifest': [/^application\/manifest\+json$/, 'no-cache'],
    'icons/icon-192.png': [/^image\/png$/, 'no-cache'],
    [entry!]: [/^application\/javascript/, YEAR],
    [`assets/${font}`]: [/^font\/ttf$/, YEAR],
    [`assets/${pdfWorker}`]: [/^application\/javascript/, YEAR],
  }
  for (const [path, [type, caching]] of Object.entries(files)) {
    const response = await request.get(`${server.url}${path}`)
    expect(response.status(), path).toBe(200)
    const headers = response.headers()
    expect(headers['content-security-policy'], path).toBe(`${policy}; frame-ancestors 'none'`)
    expect(headers['x-frame-options'], path).toBe('DENY')
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('no-referrer')
    expect(headers['permissions-policy']?.split(', '), path).toEqual(
      expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'display-capture=()', 'usb=()']),
    )
    expect(headers['content-type'], path).toMatch(type)
    expect(headers['cache-control'], path).toBe(caching)
  }

  // The scripts go out compressed.
  const compressed = await request.get(`${server.url}${entry}`, { headers: { 'accept-encoding': 'gzip' } })
  expect(compressed.headers()['content-encoding']).toBe('gzip')

  // A file that is not there (yet): the same protection, but not kept, so it is asked for again.
  const missing = await request.get(`${server.url}assets/index-00000000.js`)
  expect(missing.status()).toBe(404)
  expect(missing.headers()['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`)
  expect(missing.headers()['x-frame-options']).toBe('DENY')
  expect(missing.headers()['cache-control']).toBeUndefined()
})

test('every file in /assets/ has a hash of its content in its name, so a browser may keep it for a year', () => {
  const assets = readdirSync('dist/assets')
  expect(assets.length).toBeGreaterThan(10)
  expect(assets.filter((file) => !/-[\w-]{8}\.\w+$/.test(file))).toEqual([])
})

test('a page of another origin that puts the app in a frame gets nothing: the app does not load there', async ({
  page,
  consoleErrors,
}) => {
  const fromApp: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(server.url)) fromApp.push(new URL(request.url()).pathname)
  })
  // The page's load event waits for its frame.
  await page.goto(server.neighbour)
  await expect(page.getByRole('heading', { level: 1, name: 'Een andere pagina' })).toBeVisible()
  await expect
    .poll(() => consoleErrors)
    .toEqual([
      expect.stringMatching(/^Framing '[^']+' violates .* "frame-ancestors 'none'"\. The request has been blocked\./),
    ])
  consoleErrors.length = 0

  // The browser fetched the page, saw it may not be framed, and showed its error page instead.
  const frame = page.frames().find((frame) => frame !== page.mainFrame())
  expect(frame?.url()).toBe('chrome-error://chromewebdata/')
  await expect(page.frameLocator('iframe').getByRole('button')).toHaveCount(0)
  expect(fromApp, 'what the frame fetched from the app').toEqual(['/'])
})

test('the browser denies the app the camera, the microphone and the location, and leaves it the screen wake lock and the clipboard', async ({
  page,
}) => {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Permissions-Policy')) warnings.push(message.text())
  })
  const response = await page.goto(server.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const header = response!.headers()['permissions-policy'] ?? ''
  const denied = header.split(', ').map((entry) => entry.replace(/=\(\)$/, ''))
  const policy = await page.evaluate(
    ({ denied, used }) => {
      // Chromium's view of the policy in force (not in TypeScript's DOM types).
      type FeaturePolicy = { features(): string[]; allowsFeature(feature: string): boolean }
      const features = (document as unknown as { featurePolicy: FeaturePolicy }).featurePolicy
      return {
        unknown: denied.filter((feature) => !features.features().includes(feature)),
        allowed: [...denied, ...used].filter((feature) => features.allowsFeature(feature)),
      }
    },
    { denied, used: FEATURES_USED },
  )
  expect(denied).toEqual(expect.arrayContaining(['camera', 'microphone', 'geolocation']))
  expect(policy.unknown, 'features this browser does not know').toEqual([])
  expect(policy.allowed).toEqual(FEATURES_USED)
  expect(warnings, 'what the browser said of the Permissions-Policy').toEqual([])
})
