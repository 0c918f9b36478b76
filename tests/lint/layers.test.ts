// @vitest-environment node
import { readdirSync } from 'node:fs'
import { beforeAll, describe, expect, test } from 'vitest'
import { configFor, problemsIn } from './lint'

beforeAll(() => problemsIn('', 'src/app/example.ts'), 15_000)

const importing = (path: string) => `import * as imported from '${path}'\nexport { imported }\n`

/** The layering as intended, written out: [file, import]. */
const FORBIDDEN: [string, string][] = [
  ['src/documents', '../store/store'],
  ['src/documents', '../store/persistence'],
  ['src/documents', '../pdf/file-name'],
  ['src/pdf', '../store/selectors'],
  ['src/pdf', '../store/persistence'],
  ['src/pdf', '../ui/download'],
  ['src/pdf', '../ui/paths'],
  ['src/store', '../pdf/file-name'],
  ['src/store', '../documents/report'],
  ['src/store', '../checklist/checklist-page'],
  ['src/store', '../parts/export-panel'],
  ['src/pdf', '../parts/derived'],
  ['src/parts', '../checklist/checklist-page'],
  ['src/parts', '../card/card-page'],
  ['src/parts', '../app/screens'],
  ['src/store', '../ui/paths'],
  ['src/documents', '../ui/paths'],
  ['src/checklist', '../wizard/steps'],
  ['src/checklist', '../app/routes'],
  ['src/wizard', '../after/after-page'],
  ['src/after', '../home/home-page'],
  ['src/home', '../app/routes'],
  ['src/card', '../home/home-page'],
  ['src/settings', '../wizard/steps'],
  ['src/card', '../app/app'],
  ['src/model', '../i18n'],
  ['src/model', '../ui/paths'],
  ['src/model', '../store/store'],
  ['src/model', '../documents/names'],
  ['src/ui', '../store/store'],
  ['src/ui', '../model'],
  ['src/ui', '../checklist/checklist-page'],
  ['src/ui', '../parts/questions-panel'],
  ['src/i18n', '../model'],
  ['src/i18n', '../ui/paths'],
  ['src/rules', '../model'],
  ['src/rules', '../i18n/format'],
]

const ALLOWED: [string, string][] = [
  ['src/app', '../home/home-page'],
  ['src/app', '../wizard/steps'],
  ['src/app', '../store/store'],
  ['src/app', '../parts/derived'],
  ['src/after', '../parts/export-panel'],
  ['src/card', '../parts/phase-section'],
  ['src/home', '../parts/derived'],
  ['src/checklist', '../parts/invitation-box'],
  ['src/parts', '../store/selectors'],
  ['src/parts', '../pdf/pdf-content'],
  ['src/parts', '../documents/invitation'],
  ['src/parts', '../ui/fields'],
  ['src/wizard', '../store/store'],
  ['src/checklist', '../store/selectors'],
  ['src/checklist', '../pdf/pdf-content'],
  ['src/checklist', '../ui/download'],
  ['src/checklist', '../documents/plan'],
  ['src/store', '../model'],
  ['src/store', '../i18n/dates'],
  ['src/documents', '../model'],
  ['src/documents', '../i18n'],
  ['src/documents', '../rules'],
  ['src/pdf', '../documents/plan'],
  ['src/pdf', '../documents/report'],
  ['src/pdf', '../documents/people'],
  ['src/pdf', '../documents/names'],
  ['src/pdf', '../model'],
  ['src/model', '../rules'],
  ['src/ui', '../i18n'],
  ['src/ui', '../rules'],
]

/** The screens, side by side, each with a module of its own; what two of them show lives in src/parts/. */
const SCREENS: Record<string, string> = {
  home: 'home-page',
  wizard: 'steps',
  checklist: 'checklist-page',
  after: 'after-page',
  card: 'card-page',
  settings: 'settings-page',
}
const SCREEN_PAIRS = Object.keys(SCREENS).flatMap((screen) =>
  Object.keys(SCREENS)
    .filter((other) => other !== screen)
    .map((other) => [screen, other] as const),
)

describe('layers only import downwards, checked on resolved paths', () => {
  test.each(FORBIDDEN)('%s may not import %s', async (folder, path) => {
    expect(await problemsIn(importing(path), `${folder}/example.ts`)).toEqual(['import-x/no-restricted-paths'])
  })

  test.each(ALLOWED)('%s may import %s', async (folder, path) => {
    expect(await problemsIn(importing(path), `${folder}/example.ts`)).toEqual([])
  })

  test.each(SCREEN_PAIRS)('the %s screen may not import the %s screen', async (screen, other) => {
    expect(await problemsIn(importing(`../${other}/${SCREENS[other]}`), `src/${screen}/example.ts`)).toEqual([
      'import-x/no-restricted-paths',
    ])
  })

  test('src/i18n/ takes only types from src/rules/', async () => {
    const file = 'src/i18n/example.ts'
    expect(await problemsIn("import type { Locale } from '../rules'\nexport type L = Locale\n", file)).toEqual([])
    expect(await problemsIn(importing('../rules'), file)).toEqual(['@typescript-eslint/no-restricted-imports'])
  })

  test('every folder of src/ has its place in the layers', async () => {
    const folders = readdirSync('src', { withFileTypes: true }).filter((entry) => entry.isDirectory())
    expect(folders.length).toBeGreaterThan(8)
    for (const { name } of folders) {
      const [, { zones }] = (await configFor(`src/${name}/example.ts`)).rules['import-x/no-restricted-paths'] as [
        unknown,
        { zones: { target: string; from: string }[] },
      ]
      const placed = zones.some((zone) => zone.target === `./src/${name}` || zone.from === `./src/${name}`)
      expect(placed, `src/${name}/ is in no layer`).toBe(true)
    }
  })
})
