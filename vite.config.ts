import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, runnerImport, type Plugin } from 'vite'
import type { ViteUserConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { holdInputUntilStart } from './src/app/held-input.ts'
import { ENTRY_BUDGET_KB, entrySize } from './scripts/entry-size.mjs'

/**
 * The one script in the page itself: it holds what the teacher does on the built first question
 * until the app has started, and hides the built page when this visit will not show it
 * (src/app/held-input.ts). It runs in the head, before the body shows.
 */
const BEFORE_START = `(${holdInputUntilStart.toString()})()`

/**
 * Nothing may leave the device: the built page allows requests to its own origin only, and no
 * script in the page but BEFORE_START, named by its hash. Added at build time, since the dev
 * server's fast refresh needs an inline script of its own.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${createHash('sha256').update(BEFORE_START).digest('base64')}'`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/**
 * Puts the policy into the built page. The hosting recipes in deploy/ send the same policy as a
 * header (scripts/deploy-config.mjs reads it here, from `api.policy`), with `frame-ancestors`,
 * which only a header can carry.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    api: { policy: CONTENT_SECURITY_POLICY },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
      { tag: 'script', children: BEFORE_START, injectTo: 'head' },
    ],
  }
}

/**
 * The sheet's title, introduction and acknowledgement, which the frame and the first question
 * show, as a module of their own: the whole guidance data (and the schema that checks it when it
 * loads) comes with the screens that need it, not with the first screen.
 */
export function guidanceSheet(): Plugin {
  const id = 'virtual:guidance-sheet'
  const file = fileURLToPath(new URL('guidance-data/guidance.json', import.meta.url))
  return {
    name: 'guidance-sheet',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null
      this.addWatchFile(file)
      const { title, introduction, acknowledgement } = JSON.parse(readFileSync(file, 'utf8'))
      return Object.entries({ title, introduction, acknowledgement })
        .map(([name, text]) => `export const ${name} = ${JSON.stringify(text)}\n`)
        .join('')
    },
  }
}

/**
 * The guidance data is checked against its schema once, by the build: in the built app
 * src/rules/guidance.ts is the guidance it would make, the checked data itself. A teacher's
 * device does not check the same data again at every start (at 4× slower CPU that took about
 * 50 ms, in the way of the teacher's first clicks), and the schema's code is not downloaded.
 * The build stops on data that does not hold, with every bad field listed. Tests and the
 * development server load the module as it is, and so check the data when it loads.
 */
function checkedGuidance(): Plugin {
  const module = fileURLToPath(new URL('src/rules/guidance.ts', import.meta.url))
  const data = fileURLToPath(new URL('guidance-data/guidance.json', import.meta.url))
  return {
    name: 'checked-guidance',
    apply: 'build',
    async load(id) {
      if (id !== module) return null
      this.addWatchFile(data)
      const { module: checking } = await runnerImport<{ parseGuidance: (data: unknown) => unknown }>(
        '/src/rules/guidance.ts',
        { logLevel: 'error' },
      )
      const checked = checking.parseGuidance(JSON.parse(readFileSync(data, 'utf8')))
      return [
        `export const guidance = JSON.parse(${JSON.stringify(JSON.stringify(checked))})`,
        // Only the tests check other data; the app never does.
        `export function parseGuidance() { throw new Error('The built app holds the guidance checked by its build') }`,
      ].join('\n')
    },
  }
}

/**
 * Puts the first question into the built index.html (src/app/prerender.tsx renders it), so the
 * first contentful paint waits for the HTML and the styles, not for the JavaScript. The page's
 * Content-Security-Policy allows no inline script or style: the markup may hold neither.
 */
function prerenderFirstScreen(): Plugin {
  // The service worker's registration is never loaded while rendering; its module only has to resolve.
  const pwaRegister: Plugin = {
    name: 'pwa-register-stub',
    resolveId: (source) => (source === 'virtual:pwa-register' ? '\0pwa-register' : null),
    load: (id) => (id === '\0pwa-register' ? 'export const registerSW = () => async () => {}' : null),
  }
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        const { module } = await runnerImport<{ firstScreen: string }>('/src/app/prerender.tsx', {
          plugins: [react(), guidanceSheet(), pwaRegister],
          logLevel: 'error',
        })
        const markup = module.firstScreen
        if (/<script|<style|\sstyle=/i.test(markup))
          throw new Error('The pre-rendered page holds an inline script or style')
        if (!html.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root">')
        return html.replace('<div id="root"></div>', `<div id="root">${markup}</div>`)
      },
    },
  }
}

/**
 * Built files that come from these sources are not precached: the service worker caches them the
 * first time they are used. Everything else the build makes is precached, so the app works
 * offline after one visit. See docs/decisions/0004-offline-and-installable.md.
 */
const CACHED_ON_FIRST_USE = [
  // PDF fonts in a folder of their own below src/pdf/fonts/ (now cjk/: 5 MB of Chinese slices)
  // are too large to download up front for every teacher; the fonts directly in src/pdf/fonts/
  // (Latin, Greek and Cyrillic, Arabic) are precached.
  /(^|\/)src\/pdf\/fonts\/[^/]+\//,
]

/** Notes which built files come from a source in CACHED_ON_FIRST_USE; read when the precache list is made. */
export function cachedOnFirstUse(files: Set<string>): Plugin {
  const matches = (source: string | null) =>
    source !== null && CACHED_ON_FIRST_USE.some((pattern) => pattern.test(source.replaceAll('\\', '/')))
  return {
    name: 'cached-on-first-use',
    apply: 'build',
    buildStart: () => files.clear(),
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        const sources = file.type === 'asset' ? file.originalFileNames : [file.facadeModuleId]
        if (sources.length > 0 && sources.every(matches)) files.add(file.fileName)
      }
    },
  }
}

/** Built files left out of the precache: filled by the page's build and by the PDF worker's. */
const onFirstUse = new Set<string>()

/** The service worker, the web app manifest and the precache list. */
function offlineApp(): Plugin[] {
  return [
    cachedOnFirstUse(onFirstUse),
    ...VitePWA({
      // The app asks before a new version takes over: the teacher may be typing.
      registerType: 'prompt',
      // Registered by src/app/service-worker.ts, after the first screen shows.
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        name: 'Oudergesprek voorbereiden',
        short_name: 'Oudergesprek',
        description: 'Bereid een gesprek met een ouder en een ouderbuddy voor. Alles blijft op je eigen apparaat.',
        lang: 'nl',
        start_url: './',
        display: 'standalone',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      // Our own worker (src/service-worker/sw.ts), so it can fill its cache again when it was cleared.
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      filename: 'sw.ts',
      injectManifest: {
        // The manifest is added by the plugin itself; the icons are found here with the other files.
        globPatterns: ['**/*.{html,js,css,svg,png,ttf,otf,woff,woff2}'],
        manifestTransforms: [
          (entries) => ({ manifest: entries.filter((entry) => !onFirstUse.has(entry.url)), warnings: [] }),
        ],
      },
    }),
  ]
}

/**
 * The unit tests run in the teachers' own time zone, set here rather than by the shell. The tests
 * that turn a local time into another form run again east of UTC+12 (Chatham, UTC+13:45 in
 * December, a quarter-hour offset) and west of UTC (Bonaire, UTC-4), where a mix-up of local time
 * and UTC moves a date or a time.
 */
/**
 * The first load's budget, kept by the build itself: once the files are written, the entry script,
 * what it imports statically and the styles are weighed gzipped (scripts/entry-size.mjs), and the
 * build fails above the budget, naming each file and its size.
 */
export function entryBudget(budgetKb = ENTRY_BUDGET_KB): Plugin {
  let outDir = 'dist'
  return {
    name: 'oudergesprek:entry-budget',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      const size = entrySize(outDir)
      if (size.total <= budgetKb) return
      const files = size.files.map(({ file, kb }) => `  ${file}: ${kb.toFixed(1)} KB`).join('\n')
      throw new Error(
        `The first load is ${size.total.toFixed(1)} KB gzipped, over its budget of ${budgetKb} KB:\n${files}\n` +
          'Load what the first screen does not need lazily (docs/decisions/0007-speed-budgets.md).',
      )
    },
  }
}

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
  // Making a real PDF takes seconds on a busy two-core machine; the default 5 s is too tight. The
  // mutation run (vitest.mutation.config.mjs) uses the same, so a slow run is not a detection there.
  testTimeout: 20_000,
} satisfies ViteUserConfig['test']

export default defineConfig({
  plugins: [
    react(),
    guidanceSheet(),
    checkedGuidance(),
    contentSecurityPolicy(),
    prerenderFirstScreen(),
    ...offlineApp(),
    entryBudget(),
  ],
  // The PDF worker (src/pdf/pdf-worker.ts) is a module worker; the fonts it names are built
  // with it, and the large ones are left to first use like the page's own.
  worker: { format: 'es', plugins: () => [cachedOnFirstUse(onFirstUse)] },
  build: {
    target: 'es2022',
    // Every browser the app supports preloads modules itself.
    modulePreload: { polyfill: false },
    // What the page needs before it can run goes in the entry chunk, not in shared chunks beside
    // it: one request, compressed as a whole. The build (entryBudget, above) and the budget test
    // (tests/e2e/build-output.spec.ts) hold it, its styles included, to 100 KB gzipped.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
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
