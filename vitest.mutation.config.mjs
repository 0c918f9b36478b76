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
    // The code under mutation needs no DOM; only the storage tests need jsdom's localStorage.
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          environment: 'node',
          include: [
            'tests/rules/**/*.test.ts',
            'tests/data/**/*.test.ts',
            'tests/model/**/*.test.ts',
            'tests/documents/**/*.test.ts',
            'tests/pdf/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
          ],
        },
      },
      { extends: true, test: { name: 'storage', include: ['tests/store/persistence.test.ts'] } },
    ],
  },
})
