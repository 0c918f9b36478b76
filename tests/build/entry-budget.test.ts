// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { ResolvedConfig } from 'vite'
import appConfig, { entryBudget } from '../../vite.config'

/** A built app whose entry script is this many KB of bytes that do not compress. */
function builtApp(entryKb: number): string {
  const root = mkdtempSync(join(tmpdir(), 'entry-budget-'))
  mkdirSync(join(root, 'dist', 'assets'), { recursive: true })
  writeFileSync(
    join(root, 'dist', 'index.html'),
    '<script type="module" crossorigin src="/assets/index-1.js"></script>',
  )
  writeFileSync(
    join(root, 'dist', 'assets', 'index-1.js'),
    `export const x="${randomBytes(entryKb * 1024).toString('base64')}"`,
  )
  return root
}

/** The build's last step with the budget plugin, for the app built in `root`. */
function finishBuild(root: string, budgetKb: number) {
  const plugin = entryBudget(budgetKb)
  ;(plugin.configResolved as (config: ResolvedConfig) => void)({ root, build: { outDir: 'dist' } } as ResolvedConfig)
  ;(plugin.closeBundle as () => void)()
}

describe('the build keeps the first load within its budget', () => {
  test('fails above the budget, naming the size and each file', () => {
    expect(() => finishBuild(builtApp(12), 10)).toThrow(
      /^The first load is 1[23]\.\d KB gzipped, over its budget of 10 KB:\n {2}assets\/index-1\.js: 1[23]\.\d KB\n/,
    )
  })

  test('passes within the budget', () => {
    expect(() => finishBuild(builtApp(8), 10)).not.toThrow()
  })

  test('is part of the app’s own build', () => {
    const names = (appConfig.plugins ?? []).flat().map((plugin) => (plugin && 'name' in plugin ? plugin.name : ''))
    expect(names).toContain('oudergesprek:entry-budget')
  })
})
