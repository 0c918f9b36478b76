import { describe, expect, test } from 'vitest'
import { ESLint } from 'eslint'

const eslint = new ESLint()
const errorsIn = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId)

describe('src/rules/ stays pure', () => {
  // ESLint loads its plugins on first use: on a busy two-core machine that alone can take seconds.
  test(
    'its files pass the lint rules that keep it free of React, state, DOM and clock',
    { timeout: 30_000 },
    async () => {
      const results = await eslint.lintFiles(['src/rules/**/*.ts'])
      expect(results.length).toBeGreaterThan(3)
      expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.message}`))).toEqual([])
    },
  )

  test.each([
    ["import { useState } from 'react'\nexport const s = useState\n", 'no-restricted-imports'],
    ["import { create } from 'zustand'\nexport const c = create\n", 'no-restricted-imports'],
    ["import { useStore } from '../store/store'\nexport const s = useStore\n", 'no-restricted-imports'],
    ['export const saved = localStorage.getItem("x")\n', 'no-restricted-globals'],
    ['export const today = Date.now()\n', 'no-restricted-globals'],
    ['export const title = document.title\n', 'no-restricted-globals'],
  ])('a rules file with %j is rejected', async (code, rule) => {
    expect(await errorsIn(code, 'src/rules/example.ts')).toContain(rule)
  })
})
