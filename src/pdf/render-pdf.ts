import { jsPDF } from 'jspdf'
import type { PdfContent, PdfItem } from './pdf-content'

/** The embedded fonts, as base64 TrueType. */
export interface PdfFonts {
  regular: string
  bold: string
}

const APP_NAME = 'Oudergesprek'
const PAGE = { width: 595.28, height: 841.89 }
const MARGIN = { left: 50, right: 50, top: 54, bottom: 64 }
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right
const BOTTOM = PAGE.height - MARGIN.bottom
const INDENT = 18
const SCRIPT_INDENT = 30
const TEXT = '#1b1b1b'
const MUTED = '#555555'
const FAMILY = 'NotoSans'

type Face = 'normal' | 'bold'
interface Style {
  face: Face
  size: number
  color?: string
}
const STYLES = {
  title: { face: 'bold', size: 19 },
  subtitle: { face: 'normal', size: 13 },
  muted: { face: 'normal', size: 9.5, color: MUTED },
  phase: { face: 'bold', size: 14 },
  itemTitle: { face: 'bold', size: 11 },
  body: { face: 'normal', size: 10 },
  label: { face: 'bold', size: 9, color: MUTED },
  footer: { face: 'normal', size: 8.5, color: MUTED },
} satisfies Record<string, Style>

const lineHeight = (style: Style) => style.size * 1.35

/** A block measured before it is drawn, so it can move whole to the next page. */
interface Block {
  height: number
  draw: (y: number) => void
}

/** Lays out the content on A4 portrait pages. Items and blocks never split across pages. */
export function renderPdf(content: PdfContent, fonts: PdfFonts): ArrayBuffer {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true })
  doc.addFileToVFS('noto-sans-regular.ttf', fonts.regular)
  doc.addFont('noto-sans-regular.ttf', FAMILY, 'normal')
  doc.addFileToVFS('noto-sans-bold.ttf', fonts.bold)
  doc.addFont('noto-sans-bold.ttf', FAMILY, 'bold')
  doc.setDocumentProperties({ title: content.title, creator: APP_NAME, subject: content.subtitle ?? content.title })
  doc.setLanguage(content.language)
  doc.setLineHeightFactor(1.35)

  const layout = new Layout(doc)
  layout.place(header(doc, content), 6)
  for (const phase of content.phases) {
    // A phase heading stays with its first item.
    const [first, ...rest] = phase.items.map((item) => itemBlock(doc, item))
    layout.place(stack([phaseHeading(doc, phase.heading), ...(first ? [first] : [])]), 4)
    for (const block of rest) layout.place(block, 4)
    layout.skip(10)
  }
  if (content.evaluation) layout.place(evaluationBlock(doc, content.evaluation), 14)
  for (const block of content.writingBlocks) layout.place(writingLines(doc, block), 14)
  layout.place(paragraphs(doc, content.source, STYLES.muted), 0, true)
  drawFooters(doc, content.footer)
  return doc.output('arraybuffer')
}

/** Keeps track of the current page and position. */
class Layout {
  private y = MARGIN.top
  constructor(private readonly doc: jsPDF) {}

  place(block: Block, gapAfter: number, lastOnPage = false) {
    const fits = this.y + block.height <= BOTTOM
    // A block taller than a whole page has to start on a fresh page and flow over.
    if (!fits && this.y > MARGIN.top) this.newPage()
    if (lastOnPage && this.y + block.height <= BOTTOM) this.y = Math.max(this.y, BOTTOM - block.height)
    block.draw(this.y)
    this.y += block.height + gapAfter
  }

  skip(points: number) {
    this.y += points
  }

  private newPage() {
    this.doc.addPage('a4', 'portrait')
    this.y = MARGIN.top
  }
}

function applyStyle(doc: jsPDF, style: Style) {
  doc.setFont(FAMILY, style.face)
  doc.setFontSize(style.size)
  doc.setTextColor(style.color ?? TEXT)
}

/** Wraps at spaces only: Dutch is never hyphenated with English rules. */
function wrap(doc: jsPDF, text: string, style: Style, width: number): string[] {
  applyStyle(doc, style)
  return text.split('\n').flatMap((paragraph) => doc.splitTextToSize(paragraph.normalize('NFC'), width) as string[])
}

/** Lines of text in one style, at an indent. */
function textLines(doc: jsPDF, text: string, style: Style, indent = 0): Block {
  const lines = wrap(doc, text, style, WIDTH - indent)
  const step = lineHeight(style)
  return {
    height: lines.length * step,
    draw: (y) => {
      applyStyle(doc, style)
      lines.forEach((line, i) => doc.text(line, MARGIN.left + indent, y + style.size + i * step))
    },
  }
}

function gap(points: number): Block {
  return { height: points, draw: () => {} }
}

/** Blocks one under the other, as one block. */
function stack(blocks: Block[]): Block {
  return {
    height: blocks.reduce((sum, b) => sum + b.height, 0),
    draw: (y) => {
      let at = y
      for (const block of blocks) {
        block.draw(at)
        at += block.height
      }
    },
  }
}

function paragraphs(doc: jsPDF, texts: string[], style: Style): Block {
  return stack(texts.flatMap((text, i) => [...(i > 0 ? [gap(3)] : []), textLines(doc, text, style)]))
}

function header(doc: jsPDF, content: PdfContent): Block {
  const parts = [textLines(doc, content.title, STYLES.title)]
  if (content.subtitle) parts.push(gap(2), textLines(doc, content.subtitle, STYLES.subtitle))
  if (content.variantNote) parts.push(gap(4), textLines(doc, content.variantNote, STYLES.muted))
  parts.push(gap(10))
  for (const row of content.plan) {
    parts.push(planRow(doc, row.label, row.value), gap(3))
  }
  parts.push(gap(8))
  return stack(parts)
}

function planRow(doc: jsPDF, label: string, value: string): Block {
  const labelWidth = 92
  const lines = wrap(doc, value, STYLES.body, WIDTH - labelWidth)
  const step = lineHeight(STYLES.body)
  return {
    height: lines.length * step,
    draw: (y) => {
      applyStyle(doc, { face: 'bold', size: STYLES.body.size })
      doc.text(label, MARGIN.left, y + STYLES.body.size)
      applyStyle(doc, STYLES.body)
      lines.forEach((line, i) => doc.text(line, MARGIN.left + labelWidth, y + STYLES.body.size + i * step))
    },
  }
}

function phaseHeading(doc: jsPDF, heading: string): Block {
  const title = textLines(doc, heading, STYLES.phase)
  return {
    height: title.height + 12,
    draw: (y) => {
      title.draw(y)
      doc.setDrawColor('#1f4e79')
      doc.setLineWidth(1.5)
      doc.line(MARGIN.left, y + title.height + 4, PAGE.width - MARGIN.right, y + title.height + 4)
    },
  }
}

function checkbox(doc: jsPDF, y: number, checked: boolean) {
  const size = 10
  const x = MARGIN.left
  const top = y + 2
  doc.setDrawColor(TEXT)
  doc.setLineWidth(0.9)
  doc.rect(x, top, size, size)
  if (checked) {
    doc.setLineWidth(1.6)
    doc.lines(
      [
        [2.4, 2.6],
        [4.2, -6],
      ],
      x + 2,
      top + 5.4,
    )
  }
}

function itemBlock(doc: jsPDF, item: PdfItem): Block {
  const title = textLines(doc, item.title, STYLES.itemTitle, INDENT)
  const parts: Block[] = [title, gap(2), textLines(doc, item.text, STYLES.body, INDENT)]
  if (item.scripts.length > 0) {
    parts.push(gap(4), textLines(doc, item.scriptsLabel, STYLES.label, SCRIPT_INDENT))
    for (const script of item.scripts) {
      parts.push(gap(1), scriptLines(doc, script.text))
      if (script.origin) parts.push(textLines(doc, script.origin, STYLES.muted, SCRIPT_INDENT))
    }
  }
  if (item.note) parts.push(gap(4), textLines(doc, item.note, STYLES.body, INDENT))
  const body = stack(parts)
  return {
    height: body.height + 8,
    draw: (y) => {
      checkbox(doc, y, item.checked)
      body.draw(y)
      doc.setDrawColor('#d0d0d0')
      doc.setLineWidth(0.5)
      doc.line(MARGIN.left, y + body.height + 5, PAGE.width - MARGIN.right, y + body.height + 5)
    },
  }
}

/** An example sentence, set apart with a bar on its left. */
function scriptLines(doc: jsPDF, script: string): Block {
  const lines = textLines(doc, script, STYLES.body, SCRIPT_INDENT)
  return {
    height: lines.height,
    draw: (y) => {
      doc.setDrawColor('#1f4e79')
      doc.setLineWidth(2)
      doc.line(MARGIN.left + INDENT + 4, y + 2, MARGIN.left + INDENT + 4, y + lines.height)
      lines.draw(y)
    },
  }
}

/** A heading, the entries so far (each with its box), and ruled lines to write on by hand. */
function writingLines(doc: jsPDF, block: PdfContent['writingBlocks'][number]): Block {
  const title = textLines(doc, block.heading, STYLES.itemTitle)
  const entries = block.entries.map((entry) => {
    const text = textLines(doc, entry.text, STYLES.body, INDENT)
    return {
      height: text.height + 4,
      draw: (y: number) => {
        checkbox(doc, y - 1, entry.done)
        text.draw(y)
      },
    }
  })
  const listed = stack([gap(6), ...entries])
  const spacing = 24
  return {
    height: title.height + listed.height + block.lines * spacing + 4,
    draw: (y) => {
      title.draw(y)
      listed.draw(y + title.height)
      doc.setDrawColor('#9a9a9a')
      doc.setLineWidth(0.5)
      for (let i = 1; i <= block.lines; i++) {
        const lineY = y + title.height + listed.height + i * spacing
        doc.line(MARGIN.left, lineY, PAGE.width - MARGIN.right, lineY)
      }
    },
  }
}

function evaluationBlock(doc: jsPDF, evaluation: NonNullable<PdfContent['evaluation']>): Block {
  return stack([
    phaseHeading(doc, evaluation.heading),
    ...evaluation.rows.flatMap((row) => [planRow(doc, row.label, row.value), gap(4)]),
  ])
}

function drawFooters(doc: jsPDF, footer: PdfContent['footer']) {
  const total = doc.getNumberOfPages()
  for (let n = 1; n <= total; n++) {
    doc.setPage(n)
    applyStyle(doc, STYLES.footer)
    const y = PAGE.height - 32
    doc.text(footer.made, MARGIN.left, y)
    doc.text(
      footer.pageTemplate.replace('{n}', String(n)).replace('{total}', String(total)),
      PAGE.width - MARGIN.right,
      y,
      { align: 'right' },
    )
  }
}
