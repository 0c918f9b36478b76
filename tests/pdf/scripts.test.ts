// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { renderPdf } from '../../src/pdf/render-pdf'
import { answers } from '../rules/sample'
import { drawnGlyphs, flat, pdfText } from './pdf-text'
import { testFonts } from './test-fonts'
import { checklistDocument, renderBlocks } from './render'

const latin = 'noto-sans-latin'
const fontNames = (bytes: Uint8Array) =>
  new Set(
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/BaseFont \/[A-Z]{6}\+[\w-]+/g),
  )

async function checklistWithName(childName: string) {
  return renderPdf(checklistDocument(answers({ childName })), testFonts())
}

describe('names in every script', () => {
  test.each(['Ayşe Łukasiewicz', 'Анастасия', '陈小明', 'Nguyễn Thị Minh', 'Γιώργος'])(
    'gives back %s exactly, in the subtitle and in the example sentences',
    async (name) => {
      const { text } = await pdfText(await checklistWithName(name))
      expect(text.split('\n')).toContain(`Voor het gesprek over ${name}`)
      expect(flat(text)).toContain(`in het belang van ${name}…`)
    },
  )

  test('draws an Arabic name joined and right to left, and gives it back in reading order', async () => {
    const name = 'عائشة محمد'
    const bytes = await renderBlocks([
      { kind: 'paragraph', text: `Voor het gesprek over ${name}` },
      { kind: 'paragraph', text: 'ع' },
    ])
    expect((await pdfText(bytes)).text.split('\n')).toContain(`Voor het gesprek over ${name}`)
    expect([...fontNames(bytes)].some((f) => f.includes('NotoSansArabic'))).toBe(true)
    const glyphs = await drawnGlyphs(bytes)
    // Drawn from left to right, the letters come last to first: the name reads from the right.
    const drawn = glyphs.map((g) => g.unicode).join('')
    expect(drawn).toContain(`over ${[...name].reverse().join('')}`)
    // The first letter joined to the next is another glyph than the same letter on its own.
    const ain = glyphs.filter((g) => g.unicode === 'ع')
    expect(ain).toHaveLength(2)
    expect(ain[0]!.code).not.toBe(ain[1]!.code)
  })

  test('puts a Chinese name in the font chunks it needs, and only those', async () => {
    const bytes = await renderBlocks([{ kind: 'paragraph', text: '陈小明' }])
    const cjk = [...fontNames(bytes)].filter((f) => f.includes('CJK'))
    expect(cjk).toHaveLength(3)
    expect((await pdfText(bytes)).text.split('\n')).toContain('陈小明')
  })

  test('embeds only the Latin fonts for a Dutch text', async () => {
    const bytes = await renderBlocks([{ kind: 'paragraph', text: 'Anouk en Zoë' }])
    expect([...fontNames(bytes)].map((f) => f.replace(/.*\+/, ''))).toEqual(['NotoSans-Regular'])
  })

  test('leaves out what no loaded font can draw, and keeps the rest of the line', async () => {
    const bytes = await renderBlocks([{ kind: 'paragraph', text: 'Mia 🌟 en Анна' }], testFonts([latin]))
    const { text } = await pdfText(bytes)
    expect(flat(text)).toContain('Mia')
    expect(flat(text)).toContain('en')
    expect(text).not.toContain('Анна')
  })

  test('cannot be made without the Latin font', async () => {
    await expect(renderBlocks([{ kind: 'paragraph', text: 'Anouk' }], testFonts(['noto-sans-arabic']))).rejects.toThrow(
      'Latin font',
    )
  })
})
