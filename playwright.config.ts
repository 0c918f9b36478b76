import { defineConfig } from '@playwright/test'
import { testBrowser } from './scripts/test-browser.mjs'
import type { Hosting } from './tests/e2e/deployment'

// CHROME_PATH, else a Chromium installed on this machine, else Playwright's own (scripts/test-browser.mjs).
const browser = testBrowser().path

const port = Number(process.env.E2E_PORT ?? 4174)

export default defineConfig<object, { hosting: Hosting }>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  expect: {
    // An ARIA snapshot holds everything a screen reader finds there: a node added or lost is a difference.
    toMatchAriaSnapshot: { children: 'deep-equal' },
  },
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: {
      ...(browser ? { executablePath: browser } : {}),
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
    },
  },
  projects: [
    // Every test, against vite preview (and the servers some tests start of their own).
    { testIgnore: 'hosting.spec.ts' },
    // The headers deploy/nginx.conf sends, and the tests of the service worker and of a new version
    // again, behind nginx with that configuration: as a school's server would serve the app.
    {
      name: 'nginx',
      testMatch: ['hosting.spec.ts', 'offline.spec.ts', 'update.spec.ts', 'version-change.spec.ts'],
      use: { hosting: 'nginx' },
    },
  ],
  webServer: {
    // The tests run against the production build (npm run test:e2e builds first).
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
