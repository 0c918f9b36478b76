// What a first visit downloads before the app can run, as the budget counts it: the module script
// that index.html loads, every module it imports statically (directly or through others), the
// modules index.html preloads, and its stylesheets. Each file gzipped at level 9 on its own, as
// a compressing server sends it; KB are 1024 bytes. Used by the budget test and `npm run bench`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** The budget for the entry's JavaScript and CSS together, in KB gzipped. */
export const ENTRY_BUDGET_KB = 100

export const gzippedKb = (path) => gzipSync(readFileSync(path), { level: 9 }).length / 1024

const LINKED = /<(?:script type="module"[^>]*\ssrc|link rel="(?:modulepreload|stylesheet)"[^>]*\shref)="\/([^"]+)"/g
// `import{a as b}from"./x.js"` and `import"./x.js"`; a dynamic `import("./x.js")` loads later and is not counted.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["']\.\/([^"']+\.js)["']/g

/** The files of the first load, relative to `dist`: scripts first, then stylesheets. */
export function entryFiles(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const files = [...html.matchAll(LINKED)].map((match) => match[1])
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file)) return
    seen.add(file)
    if (!file.endsWith('.js')) return
    const folder = file.slice(0, file.lastIndexOf('/') + 1)
    for (const [, imported] of readFileSync(join(dist, file), 'utf8').matchAll(STATIC_IMPORT)) visit(folder + imported)
  }
  files.forEach(visit)
  return [...seen].sort((a, b) => Number(a.endsWith('.css')) - Number(b.endsWith('.css')) || a.localeCompare(b))
}

/** Each file of the first load with its gzipped size, and the totals for JavaScript, CSS and both. */
export function entrySize(dist = 'dist') {
  const files = entryFiles(dist).map((file) => ({ file, kb: gzippedKb(join(dist, file)) }))
  const sum = (suffix) => files.filter((f) => f.file.endsWith(suffix)).reduce((total, f) => total + f.kb, 0)
  return { files, js: sum('.js'), css: sum('.css'), total: sum('.js') + sum('.css') }
}
