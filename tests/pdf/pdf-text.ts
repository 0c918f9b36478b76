import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of every page, line by line as drawn (runs in several fonts joined), and the document's metadata. */
export async function pdfText(bytes: ArrayBuffer | Uint8Array) {
  const data = bytes instanceof Uint8Array ? new Uint8Array(bytes) : new Uint8Array(bytes.slice(0))
  const pdf = await getDocument({ data }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
  }
  const info = (await pdf.getMetadata()).info as unknown as Record<string, unknown>
  return { pages, text: pages.join('\n'), info, numPages: pdf.numPages }
}

/** Text with line breaks turned back into spaces, to find sentences that wrapped. */
export const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ')

/** The glyphs drawn on page 1, left to right as drawn: the characters each stands for, and its code in the font. */
export async function drawnGlyphs(bytes: Uint8Array) {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise
  const page = await pdf.getPage(1)
  const { fnArray, argsArray } = await page.getOperatorList()
  const glyphs: { unicode: string; code: number }[] = []
  fnArray.forEach((fn, i) => {
    if (fn !== OPS.showText) return
    // Between glyphs pdfjs puts numbers: the spacing.
    for (const glyph of (argsArray[i] as [({ unicode: string; originalCharCode: number } | number)[]])[0]) {
      if (typeof glyph === 'object') glyphs.push({ unicode: glyph.unicode, code: glyph.originalCharCode })
    }
  })
  return glyphs
}

/** How many ticks are drawn in the whole document: strokes of the tick's own width. */
export async function tickCount(bytes: Uint8Array, tickWidth: number): Promise<number> {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise
  let ticks = 0
  for (let n = 1; n <= pdf.numPages; n++) {
    const { fnArray, argsArray } = await (await pdf.getPage(n)).getOperatorList()
    ticks += fnArray.filter((fn, i) => fn === OPS.setLineWidth && (argsArray[i] as number[])[0] === tickWidth).length
  }
  return ticks
}
