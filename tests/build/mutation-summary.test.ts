// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { formatSummary, readmeText, summarise, withMutationBlock } from '../../scripts/mutation-summary.mjs'

/** A report with these files, each given as how its mutants ended. */
const report = (files: Record<string, string[]>) => ({
  files: Object.fromEntries(
    Object.entries(files).map(([path, statuses]) => [path, { mutants: statuses.map((status) => ({ status })) }]),
  ),
})
const times = (n: number, status: string) => Array<string>(n).fill(status)

describe('the mutation summary', () => {
  test('scores a file as Stryker does: timed out counts as noticed, no test reaching it as not, ignored not at all', () => {
    const { files, total } = summarise(
      report({
        'src/a.ts': [...times(6, 'Killed'), 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError'],
        'src/b.ts': times(3, 'Killed'),
      }),
    )
    expect(files.map((f) => [f.path, f.score])).toEqual([
      ['src/a.ts', (7 / 9) * 100],
      ['src/b.ts', 100],
    ])
    expect(total).toEqual({ killed: 9, timedOut: 1, survived: 1, noCoverage: 1, valid: 12, score: (10 / 12) * 100 })
  })

  test('passes with every file at 85 % and all at 90 %; names each file below, and the whole when it is', () => {
    const atThresholds = summarise(
      report({ 'src/a.ts': [...times(17, 'Killed'), ...times(3, 'Survived')], 'src/b.ts': times(20, 'Killed') }),
    )
    expect(atThresholds.files.map((f) => f.score)).toEqual([85, 100])
    expect(atThresholds.total.score).toBeCloseTo(92.5)
    expect(atThresholds.passes).toBe(true)
    expect(formatSummary(atThresholds)).toMatch(/85 % or more.*90 % or more/)

    const fileBelow = summarise(
      report({ 'src/a.ts': [...times(84, 'Killed'), ...times(16, 'Survived')], 'src/b.ts': times(900, 'Killed') }),
    )
    expect(fileBelow.passes).toBe(false)
    expect(formatSummary(fileBelow)).toMatch(/src\/a\.ts +84\.00 %.*BELOW 85 %/)
    expect(formatSummary(fileBelow).split('\n').at(-1)).toBe(
      'Below the thresholds (each file 85 %, all files 90 %): src/a.ts',
    )

    const wholeBelow = summarise(
      report({ 'src/a.ts': [...times(17, 'Killed'), ...times(3, 'Survived')], 'src/b.ts': times(5, 'Killed') }),
    )
    expect(wholeBelow.total.score).toBe(88)
    expect(wholeBelow.passes).toBe(false)
    expect(formatSummary(wholeBelow).split('\n').at(-1)).toMatch(/: all files$/)
  })

  test('floors a score as Stryker shows it, so a file just under a threshold never reads as on it', () => {
    const summary = summarise(report({ 'src/a.ts': [...times(8499, 'Killed'), ...times(1501, 'Survived')] }))
    expect(formatSummary(summary)).toContain(' 84.99 % ')
    expect(summary.passes).toBe(false)
  })

  test('writes the result between the README markers, leaving the rest of the README as it was', () => {
    const summary = summarise(
      report({ 'src/a.ts': [...times(9, 'Killed'), 'Survived'], 'src/b.ts': times(4, 'Killed') }),
    )
    const text = readmeText(summary, new Date('2026-12-07T23:30:00Z'))
    expect(text).toMatch(
      /^Last run \(7 December 2026, 2 files, 14 mutants\): \*\*92\.85 %\*\* \(13 killed, 0 timed out, 1 survived/,
    )
    expect(text).toContain('Lowest files: `src/a.ts` 90.00 %, `src/b.ts` 100.00 %.')
    const readme = 'before\n<!-- mutation -->\nold figure\n<!-- /mutation -->\nafter\n'
    expect(withMutationBlock(readme, text)).toBe(`before\n<!-- mutation -->\n${text}\n<!-- /mutation -->\nafter\n`)
    expect(() => withMutationBlock('no markers', text)).toThrow(/no <!-- mutation -->/)
  })

  test('the README has the block the script writes, so its figure comes from a report', () => {
    expect(readFileSync('README.md', 'utf8')).toMatch(/<!-- mutation -->\n[^]*\n<!-- \/mutation -->/)
  })
})
