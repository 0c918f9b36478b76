import { readFileSync, readdirSync } from 'node:fs'
import { test, expect } from '@playwright/test'

const assets = 'dist/assets'
const read = (file: string) => readFileSync(`${assets}/${file}`, 'utf8')

test('the PDF library and the fonts are not in the entry chunk, but in a chunk of their own', () => {
  const html = readFileSync('dist/index.html', 'utf8')
  const entry = /<script type="module" crossorigin src="\/assets\/([^"]+\.js)"/.exec(html)?.[1]
  expect(entry).toBeTruthy()
  const entryCode = read(entry!)
  expect(entryCode).not.toContain('jsPDF')
  expect(entryCode).not.toMatch(/noto-sans-(regular|bold)-latin/)
  expect(html).not.toMatch(/modulepreload[^>]*export/)

  const exportChunk = readdirSync(assets).find((file) => /^export-.*\.js$/.test(file))
  expect(exportChunk).toBeTruthy()
  const exportCode = read(exportChunk!)
  expect(exportCode).toContain('jsPDF')
  expect(exportCode).toMatch(/noto-sans-regular-latin-[\w-]+\.ttf/)
  expect(entryCode).toContain(exportChunk!)
})
