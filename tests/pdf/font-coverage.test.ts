// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { readFileSync } from 'node:fs'
import { create } from 'fontkit'
import { FONT_GROUPS, groupFor, groupsNeeded, textRuns, visualOrder } from '../../src/pdf/font-coverage'

const all = new Set(FONT_GROUPS.map((g) => g.name))

describe('the fonts per script', () => {
  test('hold a glyph for every character the coverage file claims, in every face', () => {
    for (const group of FONT_GROUPS) {
      for (const file of new Set([group.files.regular, group.files.bold])) {
        const font = create(readFileSync(`src/pdf/fonts/${file}`)) as unknown as {
          hasGlyphForCodePoint: (c: number) => boolean
        }
        const missing = group.ranges
          .flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i))
          .filter((c) => !font.hasGlyphForCodePoint(c))
        expect(missing, file).toEqual([])
      }
    }
  })

  test.each([
    ['ş', 'noto-sans-latin'],
    ['ệ', 'noto-sans-latin'],
    ['Ж', 'noto-sans-greek-cyrillic'],
    ['Ω', 'noto-sans-greek-cyrillic'],
    ['ع', 'noto-sans-arabic'],
    ['陈', 'cjk-58'],
    ['，', 'cjk-00'],
  ])('draw %s with %s', (char, group) => {
    expect(groupFor(char.codePointAt(0)!)?.name).toBe(group)
  })

  test('draw no emoji', () => {
    expect(groupFor('🌟'.codePointAt(0)!)).toBeNull()
  })

  test('are fetched only for the scripts a text holds', () => {
    expect([...groupsNeeded(['Anouk', 'Zoë'])]).toEqual(['noto-sans-latin'])
    expect([...groupsNeeded(['Anouk', 'Анна', '陈小明'])].sort()).toEqual(
      ['cjk-12', 'cjk-20', 'cjk-58', 'noto-sans-greek-cyrillic', 'noto-sans-latin'].sort(),
    )
  })
})

describe('text cut into runs', () => {
  test('keeps the space between Arabic words in the Arabic run, and gives a trailing space back', () => {
    expect(textRuns('عائشة محمد en Mia', all)).toEqual([
      { text: 'عائشة محمد', group: 'noto-sans-arabic', rtl: true },
      { text: ' ', group: 'noto-sans-latin', rtl: false },
      { text: 'en Mia', group: 'noto-sans-latin', rtl: false },
    ])
  })

  test('switches font where the script changes, and leaves out what no loaded font holds', () => {
    expect(textRuns('Mia 🌟 Анна', new Set(['noto-sans-latin'])).map((r) => r.text)).toEqual(['Mia  '])
    expect(textRuns('Mia Анна', all).map((r) => [r.text, r.group])).toEqual([
      ['Mia ', 'noto-sans-latin'],
      ['Анна', 'noto-sans-greek-cyrillic'],
    ])
  })

  test('puts right-to-left runs in drawing order, leaving the others in place', () => {
    const run = (text: string, rtl: boolean) => ({ text, group: 'g', rtl })
    const runs = [run('a', false), run('x', true), run('y', true), run('b', false), run('z', true)]
    expect(visualOrder(runs).map((r) => r.text)).toEqual(['a', 'y', 'x', 'b', 'z'])
  })
})
