// @vitest-environment node
import { describe, expect, test } from 'vitest'
import type { Rolldown } from 'vite'
import { cachedOnFirstUse } from '../../vite.config'

const root = '/home/teacher/oudergesprek'
const asset = (fileName: string, ...sources: string[]) => ({ type: 'asset', fileName, originalFileNames: sources })
const chunk = (fileName: string, facadeModuleId: string | null) => ({ type: 'chunk', fileName, facadeModuleId })

/** The built files the rule leaves out of the precache, for a bundle of the given files. */
function leftToFirstUse(...files: ReturnType<typeof asset | typeof chunk>[]): string[] {
  const found = new Set<string>(['assets/from-an-earlier-build.otf'])
  const plugin = cachedOnFirstUse(found)
  ;(plugin.buildStart as () => void)()
  const bundle = Object.fromEntries(files.map((file) => [file.fileName, file])) as unknown as Rolldown.OutputBundle
  ;(plugin.generateBundle as (options: unknown, bundle: Rolldown.OutputBundle) => void)({}, bundle)
  return [...found].sort()
}

describe('which built files the service worker caches on first use instead of up front', () => {
  test('the fonts in a folder below src/pdf/fonts/, such as the Chinese slices', () => {
    expect(
      leftToFirstUse(
        asset('assets/noto-sans-sc-00-1a2b3c4d.otf', 'src/pdf/fonts/cjk/noto-sans-sc-00.otf'),
        asset('assets/noto-sans-sc-58-1a2b3c4d.otf', `${root}/src/pdf/fonts/cjk/noto-sans-sc-58.otf`),
        asset('assets/noto-sans-jp-1a2b3c4d.otf', 'src/pdf/fonts/large/japanese/noto-sans-jp.otf'),
      ),
    ).toEqual([
      'assets/noto-sans-jp-1a2b3c4d.otf',
      'assets/noto-sans-sc-00-1a2b3c4d.otf',
      'assets/noto-sans-sc-58-1a2b3c4d.otf',
    ])
  })

  test('not the fonts directly in src/pdf/fonts/, the code, or a file also needed up front', () => {
    expect(
      leftToFirstUse(
        asset('assets/noto-sans-latin-regular-1a2b3c4d.ttf', 'src/pdf/fonts/noto-sans-latin-regular.ttf'),
        asset('assets/noto-sans-arabic-bold-1a2b3c4d.ttf', `${root}/src/pdf/fonts/noto-sans-arabic-bold.ttf`),
        asset('assets/cjk-1a2b3c4d.otf', 'src/pdf/cjk/cjk.otf'),
        chunk('assets/index-1a2b3c4d.js', `${root}/index.html`),
        chunk('assets/export-1a2b3c4d.js', `${root}/src/pdf/export.ts`),
        chunk('assets/shared-1a2b3c4d.js', null),
        // Two sources with the same bytes become one file: precached, since one of them is needed.
        asset('assets/same-1a2b3c4d.ttf', 'src/pdf/fonts/cjk/same.ttf', 'src/pdf/fonts/same.ttf'),
        asset('manifest.webmanifest'),
      ),
    ).toEqual([])
  })

  test('reads Windows paths too', () => {
    expect(leftToFirstUse(asset('assets/sc-1a2b3c4d.otf', 'C:\\oudergesprek\\src\\pdf\\fonts\\cjk\\sc.otf'))).toEqual([
      'assets/sc-1a2b3c4d.otf',
    ])
  })
})
