import PDFDocument from 'pdfkit'
import { toBytes } from 'pdfkit/output'
import type { Font } from 'fontkit'
import type { PdfBlock, PdfDocument, PdfFooter } from './document'
import { FONT_GROUPS, BASE_GROUP } from './font-coverage'
import { MARGIN, PAGE, PageWriter } from './page-writer'
import { stylesFor } from './styles'
import { TextLayout, fontKey } from './text-layout'
import { heading, list, paragraph, rows, writingLines, type Context, type Prepared } from './text-blocks'
import { checklist } from './checklist-block'

/** Parsed font files by file name (as in coverage.json); a group is usable when all its files are here. */
export type PdfFonts = ReadonlyMap<string, Font>

const APP_NAME = 'Oudergesprek'

/** The PDF's bytes: A4 pages, tagged for screen readers, with the fonts each script needs. */
export async function renderPdf(document: PdfDocument, fonts: PdfFonts): Promise<Uint8Array> {
  return toBytes(layOut(document, fonts).doc)
}

/** How many pages the document takes, e.g. to check that a card fits on one. */
export function pageCount(document: PdfDocument, fonts: PdfFonts): number {
  return layOut(document, fonts).pages
}

/** The font groups whose files are all at hand. */
export function loadedGroups(fonts: PdfFonts): Set<string> {
  return new Set(FONT_GROUPS.filter((g) => fonts.has(g.files.regular) && fonts.has(g.files.bold)).map((g) => g.name))
}

/** The sizes a one-page document is tried at, largest first: at most a fifth smaller. */
export const ONE_PAGE_STEPS = [1, 0.95, 0.9, 0.85, 0.8] as const

/** The document laid out: a one-page document at the largest size at which it fits on one page. */
function layOut(document: PdfDocument, fonts: PdfFonts): { doc: PDFDocument; pages: number } {
  if (!document.onePage) return layOutAt(document, fonts, 1)
  let laidOut = layOutAt(document, fonts, ONE_PAGE_STEPS[0])
  for (const scale of ONE_PAGE_STEPS.slice(1)) {
    if (laidOut.pages === 1) break
    laidOut = layOutAt(document, fonts, scale)
  }
  return laidOut
}

function layOutAt(document: PdfDocument, fonts: PdfFonts, scale: number): { doc: PDFDocument; pages: number } {
  const loaded = loadedGroups(fonts)
  if (!loaded.has(BASE_GROUP)) throw new Error('The Latin font is needed for every PDF')
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    font: null,
    bufferPages: true,
    tagged: true,
    lang: document.language,
    pdfVersion: '1.7',
    displayTitle: true,
    info: { Title: document.title, Subject: document.subject ?? document.title, Creator: APP_NAME, Producer: APP_NAME },
  })
  for (const group of FONT_GROUPS.filter((g) => loaded.has(g.name))) {
    for (const face of ['regular', 'bold'] as const)
      doc.registerFont(fontKey(group.name, face), fonts.get(group.files[face])!)
  }
  const writer = new PageWriter(doc, new TextLayout(doc, loaded))
  const root = doc.struct('Document', { lang: document.language, title: document.title })
  doc.addStructure(root)
  const context: Context = { text: writer.text, styles: stylesFor(document.compact ?? false, scale) }
  const prepared = document.blocks.map((block) => prepare(block, context))
  prepared.forEach((block, index) => {
    const source = document.blocks[index]!
    if (source.kind === 'heading') writer.keep(block.height + (prepared[index + 1]?.firstHeight ?? 0))
    if (source.kind === 'paragraph' && source.atPageEnd) toPageEnd(writer, prepared.slice(index))
    // Lines that fill the page stop where the blocks after them still fit, such as a source at the end.
    if (source.kind === 'lines' && source.count === 'fill') writer.reserved = heightOf(prepared.slice(index + 1))
    block.draw(writer, root)
    writer.reserved = 0
  })
  root.end()
  const pages = doc.bufferedPageRange().count
  if (document.footer) drawFooters(writer, document.footer, context)
  doc.end()
  return { doc, pages }
}

function prepare(block: PdfBlock, context: Context): Prepared {
  switch (block.kind) {
    case 'heading':
      return heading(block, context)
    case 'paragraph':
      return paragraph(block, context)
    case 'checklist':
      return checklist(block, context)
    case 'rows':
      return rows(block, context)
    case 'list':
      return list(block, context)
    case 'lines':
      return writingLines(block, context)
    case 'space':
      return { height: block.points, firstHeight: 0, draw: (writer) => void (writer.y += block.points) }
  }
}

const heightOf = (blocks: Prepared[]) => blocks.reduce((sum, block) => sum + block.height, 0)

/** The remaining blocks go to the bottom of the page they fit on (a source line at the very end). */
function toPageEnd(writer: PageWriter, rest: Prepared[]) {
  const height = heightOf(rest)
  writer.keep(height)
  if (height <= writer.spaceLeft) writer.y += writer.spaceLeft - height
}

function drawFooters(writer: PageWriter, footer: PdfFooter, { styles }: Context) {
  const { doc, text } = writer
  const { count } = doc.bufferedPageRange()
  const baseline = PAGE.height - 32
  for (let n = 1; n <= count; n++) {
    doc.switchToPage(n - 1)
    const page = footer.pageTemplate.replace('{n}', String(n)).replace('{total}', String(count))
    const pageX = PAGE.width - MARGIN.right - text.width(page, styles.footer)
    writer.artifact(() => {
      text.drawLine(footer.text, styles.footer, MARGIN.left, baseline)
      text.drawLine(page, styles.footer, pageX, baseline)
    }, 'Pagination')
  }
}
