/**
 * Mutation testing: `npm run test:mutation`. Stryker changes the code below one small step at a
 * time (a `<` for a `<=`, a condition for `true`, a string for "") and runs the unit tests that
 * cover that spot; a change no test notices "survived" and points at a missing assertion.
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mjs' },
  mutate: [
    'src/rules/**/*.ts',
    'src/model/**/*.ts',
    'src/store/persistence.ts',
    'src/documents/**/*.ts',
    'src/pdf/pdf-content.ts',
    'src/pdf/file-name.ts',
    'src/i18n/dates.ts',
  ],
  // Each mutant runs only the tests that reached it in the first, unchanged run.
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A mutant that makes a test loop forever is detected by this time-out; generous, so that a
  // busy machine does not count a slow but passing run as detected.
  timeoutMS: 10_000,
  thresholds: { high: 95, low: 85, break: 85 },
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false },
  ignorePatterns: ['dist', 'test-results', 'playwright-report', '.bench', 'reports'],
  tempDirName: '.stryker-tmp',
  // The result of the last whole run is kept in the project: the next run tests again only the
  // changes in source or test files that differ from it, and reuses the rest. `--force` runs all.
  incremental: true,
  incrementalFile: '.stryker/incremental.json',
}
