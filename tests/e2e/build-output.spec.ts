import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from '@playwright/test'
import { ENTRY_BUDGET_KB, entryFiles, entrySize } from '../../scripts/entry-size.mjs'

const assets = 'dist/assets'
const read = (file: string) => readFileSync(`${assets}/${file}`, 'utf8')

test('the PDF library and the fonts are not in the entry chunk, but in the PDF worker and its fallback', () => {
  const html = readFileSync('dist/index.html', 'utf8')
  const entry = /<script type="module" crossorigin src="\/assets\/([^"]+\.js)"/.exec(html)?.[1]
  expect(entry).toBeTruthy()
  const entryCode = read(entry!)
  expect(entryCode).not.toContain('StructTreeRoot')
  expect(entryCode).not.toMatch(/noto-sans-[\w-]+\.(ttf|otf)/)
  expect(html).not.toMatch(/modulepreload[^>]*(export|pdf-)/)
  expect(html).not.toMatch(/\.(ttf|otf)/)

  const chunk = (name: string) => readdirSync(assets).find((file) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(file))
  const [exportChunk, worker, onPage] = [chunk('export'), chunk('pdf-worker'), chunk('pdf-maker')]
  expect([exportChunk, worker, onPage].every(Boolean)).toBe(true)
  // The export puts the documents together and starts the worker; the PDF library is not in it.
  const exportCode = read(exportChunk!)
  expect(exportCode).not.toContain('StructTreeRoot')
  expect(exportCode).toContain(`new Worker(new URL(\`/assets/${worker}\``)
  // The worker, and the same code for the page where no worker starts: PDFKit writes the
  // structure tree that makes the PDF tagged, and the fonts are named in it.
  for (const code of [read(worker!), read(onPage!)]) {
    expect(code).toContain('StructTreeRoot')
    for (const font of ['noto-sans-latin-regular', 'noto-sans-arabic-bold', 'noto-sans-greek-cyrillic-regular'])
      expect(code).toMatch(new RegExp(`${font}-[\\w-]+\\.ttf`))
    expect(code).toMatch(/noto-sans-sc-58-[\w-]+\.otf/)
  }
  // Loaded on demand, by the screens' chunk (itself loaded after the first screen), never up front.
  const namedBy = readdirSync(assets).filter(
    (f) => f.endsWith('.js') && f !== exportChunk && read(f).includes(exportChunk!),
  )
  expect(namedBy.some((file) => file.startsWith('screens-'))).toBe(true)
  for (const file of [exportChunk, worker, onPage]) expect(entryFiles()).not.toContain(`assets/${file}`)
})

test('the first load, the entry script with what it imports and the styles, is at most 100 KB gzipped', () => {
  const size = entrySize()
  const table = size.files.map(({ file, kb }) => `${file}: ${kb.toFixed(1)} KB`).join('\n')
  expect(size.js).toBeGreaterThan(0)
  expect(size.css).toBeGreaterThan(0)
  expect(size.total, `first load ${size.total.toFixed(1)} KB gzipped:\n${table}`).toBeLessThanOrEqual(ENTRY_BUDGET_KB)
})

test('the first load counts the modules imported statically, directly or not, and not those loaded later', () => {
  const dist = mkdtempSync(join(tmpdir(), 'entry-size-'))
  mkdirSync(join(dist, 'assets'))
  const write = (file: string, text: string) => writeFileSync(join(dist, file), text)
  write(
    'index.html',
    '<script type="module" crossorigin src="/assets/index-1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/preloaded-1.js">' +
      '<link rel="stylesheet" crossorigin href="/assets/index-1.css">',
  )
  write('assets/index-1.js', 'import{a as b}from"./shared-1.js";import"./side-1.js";import("./lazy-1.js");')
  write('assets/shared-1.js', 'import{c}from"./deeper-1.js";export const a=c')
  write('assets/deeper-1.js', 'export const c=1')
  write('assets/side-1.js', 'const x=1')
  write('assets/preloaded-1.js', 'export const p=1')
  write('assets/lazy-1.js', 'import{a}from"./lazy-only-1.js"')
  write('assets/lazy-only-1.js', 'export const a=1')
  write('assets/index-1.css', 'body{margin:0}')
  expect(entryFiles(dist)).toEqual([
    'assets/deeper-1.js',
    'assets/index-1.js',
    'assets/preloaded-1.js',
    'assets/shared-1.js',
    'assets/side-1.js',
    'assets/index-1.css',
  ])
  const size = entrySize(dist)
  expect(size.total).toBeCloseTo(size.js + size.css)
  expect(size.files).toHaveLength(6)
})

test('the built page holds the first question, no inline style, and one inline script that its policy names by hash', () => {
  const html = readFileSync('dist/index.html', 'utf8')
  const root = /<div id="root">([\s\S]*)<\/div>\s*<\/body>/.exec(html)?.[1] ?? ''
  expect(root).toContain('Komt er een ouderbuddy mee naar het gesprek?')
  expect(root).toContain('Doorgaan')
  expect(html).not.toMatch(/<style|\sstyle=/)
  // The one script in the page holds the teacher's input until the app starts (src/app/held-input.ts).
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '')
  expect(inline).toHaveLength(1)
  expect(inline[0]).toContain('function holdInputUntilStart')
  const policy =
    /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? ''
  const hash = createHash('sha256')
    .update(inline[0] ?? '')
    .digest('base64')
  expect(policy).toContain(`script-src 'self' 'sha256-${hash}';`)
  // It runs in the head, before the body shows, and after the character set, which a browser
  // looks for in the first 1024 bytes only.
  expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('<body'))
  expect(html.indexOf('<meta charset="UTF-8"')).toBeLessThan(1024 - '<meta charset="UTF-8" />'.length)
})

test('the built app holds the guidance its build checked, without the schema that checks it', () => {
  const code = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map(read)
    .join('\n')
  expect(code).toContain('before.ask-buddy-along')
  // Checked once by the build (vite.config.ts), not on every teacher's device at every start.
  expect(code).not.toContain('Invalid guidance data')
  expect(code).not.toContain('is out of phase order')
})
