/**
 * Mutation testing: `npm run test:mutation`. Stryker changes the code below one small step at a
 * time (a `<` for a `<=`, a condition for `true`, a string for "") and runs the unit tests that
 * cover that spot; a change no test notices "survived" and points at a missing assertion.
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mjs' },
  // Every file with logic. Left out: the message catalogues (nl.ts, en.ts, nl-documents.ts are
  // texts, and a test that repeats a text checks nothing); type declarations; files that only
  // wire modules together (src/i18n/documents.ts, src/app/zod-config.ts, src/app/lazy-screens.ts);
  // and the PDF drawing (render-pdf, page-writer, text-layout, text-blocks, checklist-block, styles,
  // export): it needs the fonts and pdfkit, each of its tests makes real PDFs (seconds a run), and
  // it places text on a page, which the browser tests and the PDF tests check as a whole. What the
  // PDF says, in which order and which font covers a text are built by the files listed here.
  mutate: [
    'src/rules/**/*.ts',
    'src/model/**/*.ts',
    'src/store/**/*.ts',
    'src/documents/**/*.ts',
    'src/pdf/pdf-content.ts',
    'src/pdf/card-content.ts',
    'src/pdf/parent-content.ts',
    'src/pdf/document.ts',
    'src/pdf/file-name.ts',
    'src/pdf/font-coverage.ts',
    'src/pdf/undrawable.ts',
    'src/i18n/index.ts',
    'src/i18n/format.ts',
    'src/i18n/dates.ts',
    'src/i18n/typed-date.ts',
    'src/i18n/nl-dates.ts',
    'src/ui/**/*.ts',
    'src/app/first-screen.ts',
    'src/app/held-input.ts',
    'src/app/service-worker.ts',
    '!src/**/*.d.ts',
  ],
  // Each mutant runs only the tests that reached it in the first, unchanged run.
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Two ways a mutant can take too long. A test that waits for something the mutant broke fails
  // at vitest's own time-out (vitest.mutation.config.mjs: the unit tests' 20 s from vite.config.ts,
  // three times over for the slower instrumented code) and counts as killed, as it would fail
  // `npm run test:unit`. A mutant that loops forever is stopped by Stryker: by its hit counter at
  // once for a loop in the code, or when the covering tests run longer than timeoutFactor × their
  // time in the first run + timeoutMS, and then counts as timed out, which the score counts as
  // detected. So that a busy machine's slow but passing run is not mistaken for one, Stryker waits
  // well past that: double the first run's time, plus as long as one test may take by itself. The
  // first run gets more than the default 5 minutes for the same reason.
  timeoutMS: 60_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 20,
  // Only the colours of Stryker's own table: scripts/mutation-summary.mjs, which `npm run
  // test:mutation` runs after Stryker, holds each file to 85 % and all of them to 90 %.
  thresholds: { high: 95, low: 85, break: null },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  // Read by scripts/mutation-summary.mjs: the score per file, held to 85 % each.
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  ignorePatterns: ['dist', 'test-results', 'playwright-report', '.bench', 'reports'],
  tempDirName: '.stryker-tmp',
  // The result of the last whole run is kept in the project: the next run tests again only the
  // changes in source or test files that differ from it, and reuses the rest. `--force` runs all.
  incremental: true,
  incrementalFile: '.stryker/incremental.json',
}
