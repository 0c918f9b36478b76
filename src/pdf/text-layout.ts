import type PDFDocument from 'pdfkit'
import { FONT_GROUPS, textRuns, visualOrder, type TextRun } from './font-coverage'

export type Face = 'regular' | 'bold'

export interface TextStyle {
  face: Face
  size: number
  color: string
}

/** Where a line may break: after spaces, and around every CJK character (Chinese has no spaces). */
const PIECE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef][\s]*|[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+\s*|\s+/gu
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** The PDFKit font name for a group's face; a group with one face (CJK) uses it for bold too. */
export function fontKey(group: string, face: Face): string {
  const files = FONT_GROUPS.find((g) => g.name === group)!.files
  return files.bold === files.regular ? `${group}-regular` : `${group}-${face}`
}

/**
 * Measures, wraps and draws text that may mix scripts, switching fonts per run. Widths are
 * cached per piece: the same words come back in every item.
 */
export class TextLayout {
  private readonly widths = new Map<string, number>()

  constructor(
    private readonly doc: PDFDocument,
    private readonly loaded: ReadonlySet<string>,
  ) {}

  width(text: string, style: TextStyle): number {
    const key = `${style.face}${style.size}\u0000${text}`
    let width = this.widths.get(key)
    if (width === undefined) {
      width = textRuns(text, this.loaded).reduce((sum, run) => sum + this.runWidth(run, style), 0)
      this.widths.set(key, width)
    }
    return width
  }

  /** Lines that fit the width: breaks at spaces, and inside a word only when it is wider than a line. */
  wrap(text: string, style: TextStyle, maxWidth: number): string[] {
    return text
      .normalize('NFC')
      .replace(/\t/g, ' ')
      .split(/\r?\n|\r/)
      .flatMap((paragraph) => this.wrapParagraph(paragraph, style, maxWidth))
  }

  /** Draws one line with its baseline at `baseline`, runs of right-to-left letters turned round. */
  drawLine(line: string, style: TextStyle, x: number, baseline: number): void {
    let at = x
    this.doc.fillColor(style.color)
    for (const run of visualOrder(textRuns(line, this.loaded))) {
      this.useFont(run, style)
      this.doc.text(run.text, at, baseline, { lineBreak: false, baseline: 'alphabetic', ...rtlOptions(run) })
      at += this.runWidth(run, style)
    }
  }

  private wrapParagraph(paragraph: string, style: TextStyle, maxWidth: number): string[] {
    const lines: string[] = []
    let line = ''
    let lineWidth = 0
    for (const piece of paragraph.match(PIECE) ?? ['']) {
      const pieceWidth = this.width(piece.trimEnd(), style)
      if (line !== '' && lineWidth + pieceWidth > maxWidth) {
        lines.push(line.trimEnd())
        line = ''
        lineWidth = 0
      }
      if (line === '' && pieceWidth > maxWidth) {
        const broken = this.breakWord(piece, style, maxWidth)
        lines.push(...broken.slice(0, -1))
        line = broken.at(-1)!
        lineWidth = this.width(line, style)
        continue
      }
      line += piece
      lineWidth += this.width(piece, style)
    }
    lines.push(line.trimEnd())
    return lines
  }

  /** A word wider than the line, cut between characters (never inside one). */
  private breakWord(word: string, style: TextStyle, maxWidth: number): string[] {
    const lines: string[] = []
    let line = ''
    for (const { segment } of graphemes.segment(word)) {
      if (line !== '' && this.width(line + segment, style) > maxWidth) {
        lines.push(line)
        line = ''
      }
      line += segment
    }
    return [...lines, line]
  }

  private runWidth(run: TextRun, style: TextStyle): number {
    this.useFont(run, style)
    return this.doc.widthOfString(run.text, rtlOptions(run))
  }

  private useFont(run: TextRun, style: TextStyle) {
    this.doc.font(fontKey(run.group, style.face)).fontSize(style.size)
  }
}

/** Right-to-left runs are shaped as a whole, so the words keep their order (PDFKit shapes word by word otherwise). */
function rtlOptions(run: TextRun) {
  return run.rtl ? { features: [] } : {}
}
