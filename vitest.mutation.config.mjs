import { defineConfig } from 'vitest/config'
import viteConfig, { TEST_ZONE, unitTests } from './vite.config.ts'

/*
 * The unit tests that cover the files under mutation (stryker.config.mjs), without the component,
 * browser, lint and build tests. Stryker runs them in worker threads of its own process, and
 * threads share that process's time zone: it is set here, before any test starts. The test timeout
 * comes with `unitTests`, the same as in `npm run test:unit`.
 */
process.env.TZ = TEST_ZONE

export default defineConfig({
  // The unit tests' plugins: in a test file with a DOM, tests/setup.ts loads the screens.
  plugins: viteConfig.plugins,
  test: {
    ...unitTests,
    // Most code under mutation needs no DOM, and a test file starts faster without one. A test
    // file that needs one (the app's storage, the ui's helpers) says so in its first line:
    // `// @vitest-environment jsdom`. One project: the mutation run reads which test reached which
    // change from every test, and a second project here came back as reaching nothing.
    environment: 'node',
    include: [
      'tests/rules/**/*.test.ts',
      'tests/data/**/*.test.ts',
      'tests/model/**/*.test.ts',
      'tests/documents/**/*.test.ts',
      'tests/pdf/**/*.test.ts',
      'tests/i18n/**/*.test.ts',
      'tests/store/**/*.test.ts',
      'tests/ui/**/*.test.ts',
      'tests/app/**/*.test.ts',
    ],
  },
})
