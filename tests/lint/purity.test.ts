// @vitest-environment node
import { beforeAll, describe, expect, test } from 'vitest'
import { problemsIn } from './lint'

// The first lint loads the configuration and its plugins; later ones take milliseconds.
beforeAll(() => problemsIn('', 'src/rules/example.ts'), 15_000)

const IMPURE: [string, string, string][] = [
  ['React', "import { useState } from 'react'\nexport const s = useState\n", 'no-restricted-imports'],
  ['zustand', "import { create } from 'zustand'\nexport const c = create\n", 'no-restricted-imports'],
  [
    'a package other than zod',
    "import { createEvent } from 'ics'\nexport const c = createEvent\n",
    'no-restricted-imports',
  ],
  ['a package named like zod', "import { z } from 'zod-extra'\nexport const c = z\n", 'no-restricted-imports'],
  [
    'the i18n folder',
    "import { translator } from '../i18n'\nexport const t = translator\n",
    'import-x/no-restricted-paths',
  ],
  [
    'the i18n index',
    "import { translator } from '../i18n/index'\nexport const t = translator\n",
    'import-x/no-restricted-paths',
  ],
  [
    'a detour',
    "import { translator } from '../rules/../i18n'\nexport const t = translator\n",
    'import-x/no-restricted-paths',
  ],
  ['the store folder', "import { useStore } from '../store'\nexport const s = useStore\n", 'import-x/no-unresolved'],
  [
    'the store',
    "import { useStore } from '../store/store'\nexport const s = useStore\n",
    'import-x/no-restricted-paths',
  ],
  ['a lazy store', "export const s = () => import('../store/store')\n", 'import-x/no-restricted-paths'],
  ['ui', "import { paths } from '../ui/paths'\nexport const p = paths\n", 'import-x/no-restricted-paths'],
  ['localStorage', "export const saved = localStorage.getItem('x')\n", 'no-restricted-globals'],
  ['document', 'export const title = document.title\n', 'no-restricted-globals'],
  ['Date.now', 'export const today = Date.now()\n', 'no-restricted-globals'],
  ['new Date', 'export const today = new Date()\n', 'no-restricted-globals'],
  ['globalThis.Date', 'export const today = globalThis.Date.now()\n', 'no-restricted-globals'],
  ['globalThis.window', 'export const w = globalThis.window\n', 'no-restricted-globals'],
  [
    'Date taken from globalThis',
    'const { Date: D } = globalThis\nexport const today = D.now()\n',
    'no-restricted-globals',
  ],
  ['window.localStorage', 'export const s = window.localStorage\n', 'no-restricted-globals'],
  ['self', 'export const s = self.localStorage\n', 'no-restricted-globals'],
  ['Math.random', 'export const roll = Math.random()\n', 'no-restricted-properties'],
  ['Math.random taken apart', 'const { random } = Math\nexport const roll = random()\n', 'no-restricted-properties'],
  ['crypto.randomUUID', 'export const id = crypto.randomUUID()\n', 'no-restricted-globals'],
  ['performance.now', 'export const t = performance.now()\n', 'no-restricted-globals'],
  ['Intl', 'export const zone = Intl.DateTimeFormat().resolvedOptions().timeZone\n', 'no-restricted-globals'],
  ['setTimeout', 'export const later = (f: () => void) => setTimeout(f, 1)\n', 'no-restricted-globals'],
  ['fetch', "export const get = () => fetch('/x')\n", 'no-restricted-globals'],
  ['eval', "export const x = eval('1')\n", 'no-restricted-globals'],
  ['new Function', "export const x = new Function('return this')\n", 'no-restricted-globals'],
  ['a browser global not named here', 'export const c = caches\n', 'no-undef'],
  ['process', 'export const env = process.env.NODE_ENV\n', 'no-undef'],
  ['import.meta', 'export const prod = import.meta.env.PROD\n', 'no-restricted-syntax'],
]

describe.each(['src/rules/example.ts', 'src/model/example.ts'])('%s stays pure', (filePath) => {
  test.each(IMPURE)('rejects %s', async (_what, code, rule) => {
    expect(await problemsIn(code, filePath)).toContain(rule)
  })
})

test('a pure rules file passes: zod, its own modules, the guidance data and arithmetic', async () => {
  const code = [
    "import { z } from 'zod'",
    "import * as mini from 'zod/mini'",
    "import { answersSchema } from './answers'",
    "import { guidance } from './guidance'",
    "import data from '../../guidance-data/guidance.json'",
    'export const schema = z.object({ answers: answersSchema, n: mini.number() })',
    'export const half = Math.ceil(guidance.items.length / 2) + Math.max(0, data.items.length)',
    'export const day = (at: string): string => at.slice(0, 10)',
    '',
  ].join('\n')
  expect(await problemsIn(code, 'src/rules/example.ts')).toEqual([])
})

test('a pure model file passes: zod and the rules', async () => {
  const code = [
    "import { z } from 'zod'",
    "import { localDateTimeSchema, type Locale } from '../rules'",
    "import { answersSchema } from '../rules/answers'",
    'export const schema = z.object({ at: localDateTimeSchema, answers: answersSchema })',
    "export const locales: Locale[] = ['nl', 'en']",
    '',
  ].join('\n')
  expect(await problemsIn(code, 'src/model/example.ts')).toEqual([])
})
