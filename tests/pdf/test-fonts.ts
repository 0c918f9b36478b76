import { readFileSync } from 'node:fs'
import { create, type Font } from 'fontkit'
import { FONT_GROUPS } from '../../src/pdf/font-coverage'
import type { PdfFonts } from '../../src/pdf/render-pdf'

const cache = new Map<string, Font>()

/** The committed font files of the named groups (all groups when none are named), read from disk. */
export function testFonts(groups?: readonly string[]): PdfFonts {
  const fonts = new Map<string, Font>()
  for (const group of FONT_GROUPS.filter((g) => !groups || groups.includes(g.name))) {
    for (const file of [group.files.regular, group.files.bold]) {
      if (!cache.has(file)) cache.set(file, create(readFileSync(`src/pdf/fonts/${file}`)))
      fonts.set(file, cache.get(file)!)
    }
  }
  return fonts
}
