import { defineConfig, type Plugin } from 'vite'
import type { ViteUserConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

/**
 * Nothing may leave the device: the built page allows requests to its own origin only.
 * Added at build time, since the dev server's fast refresh needs an inline script.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * The unit tests run in the teachers' own time zone, set here rather than by the shell. The tests
 * that turn a local time into another form run again east of UTC+12 (Chatham, UTC+13:45 in
 * December, a quarter-hour offset) and west of UTC (Bonaire, UTC-4), where a mix-up of local time
 * and UTC moves a date or a time.
 */
export const TEST_ZONE = 'Europe/Amsterdam'
const OTHER_ZONES = ['Pacific/Chatham', 'America/Kralendijk']
const DATE_TESTS = ['tests/i18n/**/*.test.ts', 'tests/documents/**/*.test.ts']

/** Shared by every test project; each project names its own files (an `include` here would add to theirs). */
export const unitTests = {
  environment: 'jsdom',
  setupFiles: ['src/app/zod-config.ts', 'tests/setup.ts'],
  restoreMocks: true,
  env: { TZ: TEST_ZONE },
  // Each test file in a process of its own, started with its zone: worker threads share one zone.
  pool: 'forks',
} satisfies ViteUserConfig['test']

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: { target: 'es2022' },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  test: {
    ...unitTests,
    projects: [
      { extends: true, test: { name: TEST_ZONE, include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/e2e/**'] } },
      ...OTHER_ZONES.map((zone) => ({
        extends: true as const,
        test: { name: zone, include: DATE_TESTS, env: { TZ: zone } },
      })),
    ],
  },
})
