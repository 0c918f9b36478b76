import { expect, test } from 'vitest'

/*
 * The app cannot start when one of these modules throws while it loads: the guidance data is
 * checked then, and the schemas are built then. Imported inside the tests, so such a throw fails
 * a test here rather than only the loading of other test files (which a mutation run, see
 * stryker.config.mjs, would not count as a failed test).
 */
const MODULES = {
  'the rules and the guidance data': () => import('../../src/rules'),
  'the domain model': () => import('../../src/model'),
  'reading and writing saved data': () => import('../../src/store/persistence'),
  'the documents': () => import('../../src/documents/report'),
  'the PDF content': () => import('../../src/pdf/pdf-content'),
  'the PDF file name': () => import('../../src/pdf/file-name'),
  'dates and times': () => import('../../src/i18n/dates'),
}

test.each(Object.entries(MODULES))('%s load without an error', async (_, load) => {
  const loaded: object = await load()
  expect(Object.keys(loaded).length).toBeGreaterThan(0)
})
