import type { ChecklistBlock, PdfItem } from './document'
import { CONTENT_WIDTH, MARGIN, lineHeight, type PageWriter } from './page-writer'
import { ACCENT, HAIRLINE, TEXT } from './styles'
import type { Context, Prepared } from './text-blocks'
import type { TextStyle } from './text-layout'

/** The stroke width of a tick; the tests count ticks by it. */
export const TICK_WIDTH = 1.6
const BOX = 10

/** One paragraph of an item: its lines, their style and indent, and a bar when it is an example sentence. */
interface Part {
  lines: string[]
  style: TextStyle
  indent: number
  gapBefore: number
  bar?: boolean
  /** A second, smaller line set under the text inside the same paragraph (an example's origin). */
  after?: { lines: string[]; style: TextStyle }
}

const partHeight = (part: Part) =>
  part.gapBefore +
  part.lines.length * lineHeight(part.style) +
  (part.after ? part.after.lines.length * lineHeight(part.after.style) : 0)

/**
 * Things to tick, as a list: each item is a list item whose label is its box (read out as
 * "done" or "not done") and whose body holds the title, text, example sentences and note.
 */
export function checklist(block: ChecklistBlock, context: Context): Prepared {
  const items = block.items.map((item) => {
    const parts = itemParts(item, context)
    return { item, parts, height: parts.reduce((sum, part) => sum + partHeight(part), 0) + 9 }
  })
  return {
    height: items.reduce((sum, item) => sum + item.height, 0) + context.styles.gap,
    // A heading above needs the start of the first item with it, not all of a very long one.
    firstHeight: Math.min(items[0]?.height ?? 0, 96),
    draw: (writer, parent) => {
      const list = writer.group(parent, 'L')
      for (const { item, parts, height } of items) {
        // An item stays on one page when it can; one taller than a page flows over.
        writer.keep(height)
        const li = writer.group(list, 'LI')
        const state = item.checked ? block.stateLabels.checked : block.stateLabels.unchecked
        writer.tagged(li, 'Lbl', () => box(writer, item.checked), { alt: state })
        const body = writer.group(li, 'LBody')
        for (const part of parts) drawPart(writer, body, part)
        body.end()
        li.end()
        writer.rule(writer.y + 4, 0.5, HAIRLINE)
        writer.y += 9
      }
      list.end()
      writer.y += context.styles.gap
    },
  }
}

function itemParts(item: PdfItem, { text, styles }: Context): Part[] {
  const { indent, scriptIndent } = styles
  const part = (value: string, style: TextStyle, at: number, gapBefore: number): Part => ({
    lines: text.wrap(value, style, CONTENT_WIDTH - at),
    style,
    indent: at,
    gapBefore,
  })
  const parts = [part(item.title, styles.itemTitle, indent, 0)]
  if (item.text) parts.push(part(item.text, styles.body, indent, 2))
  if (item.scripts.length > 0 && item.scriptsLabel) parts.push(part(item.scriptsLabel, styles.label, scriptIndent, 4))
  for (const script of item.scripts) {
    const sentence: Part = { ...part(script.text, styles.body, scriptIndent, 1), bar: true }
    if (script.origin)
      sentence.after = {
        lines: text.wrap(script.origin, styles.label, CONTENT_WIDTH - scriptIndent),
        style: { ...styles.label, face: 'regular' },
      }
    parts.push(sentence)
  }
  if (item.note) parts.push(part(item.note, styles.body, indent, 4))
  return parts
}

function drawPart(writer: PageWriter, body: ReturnType<PageWriter['group']>, part: Part) {
  writer.y += part.gapBefore
  const [top, page] = [writer.y, writer.page]
  writer.tagged(body, 'P', () => {
    writer.lines(part.lines, part.style, MARGIN.left + part.indent)
    if (part.after) writer.lines(part.after.lines, part.after.style, MARGIN.left + part.indent)
  })
  if (part.bar && writer.page === page) {
    const x = MARGIN.left + 22
    writer.artifact(() =>
      writer.doc
        .lineWidth(2)
        .strokeColor(ACCENT)
        .moveTo(x, top + 2)
        .lineTo(x, writer.y)
        .stroke(),
    )
  }
}

/** The box to tick, with a tick in it when done. */
function box(writer: PageWriter, checked: boolean) {
  const { doc } = writer
  const [x, top] = [MARGIN.left, writer.y + 2]
  doc.lineWidth(0.9).strokeColor(TEXT).rect(x, top, BOX, BOX).stroke()
  if (checked) {
    doc
      .lineWidth(TICK_WIDTH)
      .moveTo(x + 2, top + 5.4)
      .lineTo(x + 4.4, top + 8)
      .lineTo(x + 8.6, top + 2)
      .stroke()
  }
}
