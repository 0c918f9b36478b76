import { defineConfig } from 'vitest/config'
import viteConfig, { TEST_ZONE, unitTests } from './vite.config.ts'

/*
 * The unit tests that cover the files under mutation (stryker.config.mjs), without the component,
 * browser, lint and build tests. Stryker runs them in worker threads of its own process, and
 * threads share that process's time zone: it is set here, before any test starts.
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
    // The unit tests' time-out, three times over: here the code runs with every mutant behind a
    // switch, and the first run counts which test reaches which mutant, so a test runs slower than
    // in `npm run test:unit`. With the time-out itself, the 1,000 generated files of
    // tests/store/backup.test.ts ran out of it in the first run on a busy machine, which stops the
    // whole run. A test that waits for something a mutant broke still fails, and counts as killed,
    // as it would in the unit tests; Stryker's own time-out (stryker.config.mjs) waits longer.
    testTimeout: unitTests.testTimeout * 3,
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
