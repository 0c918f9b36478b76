import { describe, expect, test } from 'vitest'
import { undrawableText } from '../../src/pdf/undrawable'
import { FONT_GROUPS } from '../../src/pdf/font-coverage'

const all = new Set(FONT_GROUPS.map((g) => g.name))
const latinOnly = new Set(['noto-sans-latin'])

describe('text the PDF cannot draw', () => {
  test('is nothing for names in the scripts we carry fonts for', () => {
    const names = ['Ayşe Łukasiewicz', 'Nguyễn Thị Minh', 'Анастасия', 'Γιώργος', 'عائشة', '陈小明', 'Zoë “Jo” – 12:30']
    expect(undrawableText(names, all)).toEqual([])
  })

  test('names an emoji, with the text around it', () => {
    expect(undrawableText(['Voor het gesprek over Mia 🌟'], all)).toEqual([
      { characters: '🌟', context: '…het gesprek over Mia 🌟', reason: 'no-font' },
    ])
  })

  test('keeps an emoji made of several code points whole', () => {
    const [found] = undrawableText(['Gezin 👨‍👩‍👧 en 👍🏽'], all)
    expect(found?.characters).toBe('👨‍👩‍👧 👍🏽')
  })

  test('names a script without a font, once, however often it comes back', () => {
    const thai = 'สมชาย'
    const found = undrawableText([`Voor ${thai}`, `Met ${thai} praten`], all)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ characters: [...thai].join(' '), context: `Voor ${thai}`, reason: 'no-font' })
  })

  test('tells a font that could not be loaded apart from one that does not exist', () => {
    const found = undrawableText(['Анна', 'Mia 🌟'], latinOnly)
    expect(found).toEqual([
      { characters: 'А н а', context: 'Анна', reason: 'not-loaded' },
      { characters: '🌟', context: 'Mia 🌟', reason: 'no-font' },
    ])
  })

  test('cuts a long text to the words around the problem', () => {
    const text = `${'Een lange notitie over van alles. '.repeat(5)}Dan een ⚽ en daarna ${'nog meer woorden. '.repeat(5)}`
    const [found] = undrawableText([text], all)
    expect(found?.context.startsWith('…')).toBe(true)
    expect(found?.context.endsWith('…')).toBe(true)
    expect(found?.context).toContain('Dan een ⚽ en daarna')
    expect(found!.context.length).toBeLessThan(70)
  })

  test('does not count line breaks, tabs or joiners as characters to draw', () => {
    expect(undrawableText(['Eerste regel\nTweede\tregel\u200d'], latinOnly)).toEqual([])
  })
})
