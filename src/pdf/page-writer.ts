import type PDFDocument from 'pdfkit'
import type { StructureElement, StructureOptions } from 'pdfkit'
import type { TextLayout, TextStyle } from './text-layout'

export const PAGE = { width: 595.28, height: 841.89 }
export const MARGIN = { left: 50, right: 50, top: 54, bottom: 64 }
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
const BOTTOM = PAGE.height - MARGIN.bottom
export const CONTENT_HEIGHT = BOTTOM - MARGIN.top

/** The line height as a multiple of the font size. */
export const LEADING = 1.35

export const lineHeight = (style: TextStyle) => style.size * LEADING

/** The least room in which a block taller than a page starts rather than on the next page. */
const MIN_FLOW = 72

/**
 * The pen: where on which page the next thing goes, and the tagging of what it draws. Text is
 * marked as content of a structure element; lines, boxes and the footer as artifacts, so a
 * screen reader reads the words in order and skips the decoration.
 */
export class PageWriter {
  y = MARGIN.top
  /** Counts pages, so a block can tell whether its text flowed onto a new one. */
  page = 1
  /** Room kept free at the page end for the blocks after ruled lines that fill the page. */
  reserved = 0

  constructor(
    readonly doc: PDFDocument,
    readonly text: TextLayout,
  ) {}

  get spaceLeft(): number {
    return BOTTOM - this.y
  }

  get atPageTop(): boolean {
    return this.y <= MARGIN.top
  }

  /** A new page; marked content that is open goes on there (text that flows over a page end). */
  newPage(): void {
    this.doc.continueOnNewPage()
    this.y = MARGIN.top
    this.page += 1
  }

  /**
   * Keeps `height` together: a new page unless it fits here. Something taller than a page
   * starts here and flows on, unless hardly any room is left.
   */
  keep(height: number): void {
    if (height <= this.spaceLeft || this.atPageTop) return
    if (height <= CONTENT_HEIGHT || this.spaceLeft < MIN_FLOW) this.newPage()
  }

  /** Wrapped lines, each moving to a new page when it would cross the bottom margin. */
  lines(lines: readonly string[], style: TextStyle, x: number): void {
    const step = lineHeight(style)
    for (const line of lines) {
      this.keep(step)
      this.text.drawLine(line, style, x, this.y + style.size * 1.05)
      this.y += step
    }
  }

  /** After side-by-side columns: below the tallest, or where the text flowed to on a later page. */
  below(page: number, bottom: number): void {
    if (this.page === page) this.y = Math.max(this.y, bottom)
  }

  /** A structure element under `parent` whose content is what `draw` puts on the page. */
  tagged(parent: StructureElement, role: string, draw: () => void, options: StructureOptions = {}): void {
    const element = this.doc.struct(role, options)
    parent.add(element)
    const content = this.doc.markStructureContent(role)
    draw()
    this.doc.endMarkedContent()
    element.add(content)
    element.end()
  }

  /** A structure element that holds other elements (a list, a list item, a table row). */
  group(parent: StructureElement, role: string, options: StructureOptions = {}): StructureElement {
    const element = this.doc.struct(role, options)
    parent.add(element)
    return element
  }

  /** Decoration a screen reader skips: rules, boxes, the running footer. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    this.doc.markContent('Artifact', type ? { type } : undefined)
    draw()
    this.doc.endMarkedContent()
  }

  rule(y: number, width: number, color: string, from = MARGIN.left, to = PAGE.width - MARGIN.right): void {
    this.artifact(() => this.doc.lineWidth(width).strokeColor(color).moveTo(from, y).lineTo(to, y).stroke())
  }
}
