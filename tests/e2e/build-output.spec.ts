import { readFileSync, readdirSync } from 'node:fs'
import { test, expect } from '@playwright/test'

const assets = 'dist/assets'
const read = (file: string) => readFileSync(`${assets}/${file}`, 'utf8')

test('the PDF library and the fonts are not in the entry chunk, but in a chunk of their own', () => {
  const html = readFileSync('dist/index.html', 'utf8')
  const entry = /<script type="module" crossorigin src="\/assets\/([^"]+\.js)"/.exec(html)?.[1]
  expect(entry).toBeTruthy()
  const entryCode = read(entry!)
  expect(entryCode).not.toContain('StructTreeRoot')
  expect(entryCode).not.toMatch(/noto-sans-[\w-]+\.(ttf|otf)/)
  expect(html).not.toMatch(/modulepreload[^>]*export/)
  expect(html).not.toMatch(/\.(ttf|otf)/)

  const exportChunk = readdirSync(assets).find((file) => /^export-.*\.js$/.test(file))
  expect(exportChunk).toBeTruthy()
  const exportCode = read(exportChunk!)
  // PDFKit writes the structure tree that makes the PDF tagged.
  expect(exportCode).toContain('StructTreeRoot')
  for (const font of ['noto-sans-latin-regular', 'noto-sans-arabic-bold', 'noto-sans-greek-cyrillic-regular'])
    expect(exportCode).toMatch(new RegExp(`${font}-[\\w-]+\\.ttf`))
  expect(exportCode).toMatch(/noto-sans-sc-58-[\w-]+\.otf/)
  expect(entryCode).toContain(exportChunk!)
})
