import { defineConfig } from 'vitest/config'
import { TEST_ZONE, unitTests } from './vite.config.ts'

/*
 * The unit tests that cover the files under mutation (stryker.config.mjs), without the component,
 * browser and lint tests. Stryker runs them in worker threads of its own process, and threads
 * share that process's time zone: it is set here, before any test starts.
 */
process.env.TZ = TEST_ZONE

export default defineConfig({
  test: {
    ...unitTests,
    // The code under mutation needs no DOM; the tests of saved data bring their own storage. One
    // project: the mutation run reads which test reached which change from every test, and a
    // second project here came back as reaching nothing.
    environment: 'node',
    include: [
      'tests/rules/**/*.test.ts',
      'tests/data/**/*.test.ts',
      'tests/model/**/*.test.ts',
      'tests/documents/**/*.test.ts',
      'tests/pdf/**/*.test.ts',
      'tests/i18n/**/*.test.ts',
      'tests/store/persistence.test.ts',
    ],
  },
})
