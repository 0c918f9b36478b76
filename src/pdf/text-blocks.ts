import type { StructureElement } from 'pdfkit'
import type { HeadingBlock, LinesBlock, ListBlock, ParagraphBlock, RowsBlock } from './document'
import { CONTENT_HEIGHT, CONTENT_WIDTH, MARGIN, PAGE, lineHeight, type PageWriter } from './page-writer'
import { ACCENT, WRITING_LINE, type Styles } from './styles'
import type { TextLayout, TextStyle } from './text-layout'

/**
 * A block measured before it is drawn. `firstHeight` is the part that must share a page with
 * a heading above it; `draw` keeps smaller units (an item, a row) whole on a page and lets text
 * taller than a page flow on.
 */
export interface Prepared {
  height: number
  firstHeight: number
  draw(writer: PageWriter, parent: StructureElement): void
}

export interface Context {
  text: TextLayout
  styles: Styles
}

const linesHeight = (count: number, style: TextStyle) => count * lineHeight(style)

export function heading(block: HeadingBlock, { text, styles }: Context): Prepared {
  const style = [styles.h1, styles.h2, styles.h3][block.level - 1]!
  const lines = text.wrap(block.text, style, CONTENT_WIDTH)
  const before = block.level === 1 ? 0 : styles.gap * (block.level === 2 ? 1.5 : 1)
  const rule = block.level === 2 ? 10 : 0
  const after = styles.gap * (block.level === 1 ? 0.3 : 0.6)
  const height = before + linesHeight(lines.length, style) + rule + after
  return {
    height,
    firstHeight: height,
    draw: (writer, parent) => {
      if (!writer.atPageTop) writer.y += before
      writer.tagged(parent, `H${block.level}`, () => writer.lines(lines, style, MARGIN.left))
      if (rule) writer.rule(writer.y + 3, 1.5, ACCENT)
      writer.y += rule + after
    },
  }
}

export function paragraph(block: ParagraphBlock, { text, styles }: Context): Prepared {
  const style = block.tone === 'lead' ? styles.lead : block.tone === 'muted' ? styles.muted : styles.body
  const lines = text.wrap(block.text, style, CONTENT_WIDTH)
  return {
    height: linesHeight(lines.length, style) + styles.gap * 0.5,
    firstHeight: linesHeight(Math.min(2, lines.length), style),
    draw: (writer, parent) => {
      writer.tagged(parent, 'P', () => writer.lines(lines, style, MARGIN.left))
      writer.y += styles.gap * 0.5
    },
  }
}

/** Label and value side by side: a table of header and data cells for a screen reader. */
export function rows(block: RowsBlock, { text, styles }: Context): Prepared {
  const labelStyle = styles.bodyBold
  const valueWidth = CONTENT_WIDTH - styles.labelWidth
  const prepared = block.rows.map((row) => {
    const label = text.wrap(row.label, labelStyle, styles.labelWidth - 8)
    const value = text.wrap(row.value, styles.body, valueWidth)
    return { label, value, height: linesHeight(Math.max(label.length, value.length), styles.body) + 3 }
  })
  const height = prepared.reduce((sum, row) => sum + row.height, 0) + styles.gap
  // A few rows read as one thing: they stay together (and with their heading); many may split between rows.
  const together = height <= CONTENT_HEIGHT / 3
  return {
    height,
    firstHeight: together ? height : (prepared[0]?.height ?? 0),
    draw: (writer, parent) => {
      if (together) writer.keep(height)
      const table = writer.group(parent, 'Table')
      for (const row of prepared) {
        writer.keep(row.height)
        const [top, page] = [writer.y, writer.page]
        const tr = writer.group(table, 'TR')
        writer.tagged(tr, 'TH', () => writer.lines(row.label, labelStyle, MARGIN.left))
        writer.y = top
        writer.tagged(tr, 'TD', () => writer.lines(row.value, styles.body, MARGIN.left + styles.labelWidth))
        writer.below(page, top + row.height)
        tr.end()
      }
      table.end()
      writer.y += styles.gap
    },
  }
}

/** A numbered or bulleted list; a `lead` (a time, say) gets a column of its own, in bold. */
export function list(block: ListBlock, { text, styles }: Context): Prepared {
  const leadWidth = Math.max(
    0,
    ...block.items.map((item) => (item.lead ? text.width(item.lead, styles.bodyBold) + 10 : 0)),
  )
  const bodyX = MARGIN.left + styles.indent + leadWidth
  const items = block.items.map((item, index) => {
    const lines = text.wrap(item.text, styles.body, PAGE.width - MARGIN.right - bodyX)
    const marker = block.ordered ? `${index + 1}.` : '•'
    return { ...item, marker, lines, height: linesHeight(lines.length, styles.body) + styles.gap * 0.4 }
  })
  return {
    height: items.reduce((sum, item) => sum + item.height, 0) + styles.gap,
    firstHeight: items[0]?.height ?? 0,
    draw: (writer, parent) => {
      const l = writer.group(parent, 'L')
      for (const item of items) {
        writer.keep(item.height)
        const [top, page] = [writer.y, writer.page]
        const li = writer.group(l, 'LI')
        writer.tagged(li, 'Lbl', () => writer.lines([item.marker], styles.body, MARGIN.left))
        const body = writer.group(li, 'LBody')
        writer.y = top
        const lead = item.lead
        if (lead) writer.tagged(body, 'Span', () => writer.lines([lead], styles.bodyBold, MARGIN.left + styles.indent))
        writer.y = top
        writer.tagged(body, 'P', () => writer.lines(item.lines, styles.body, bodyX))
        writer.below(page, top + item.height)
        body.end()
        li.end()
      }
      l.end()
      writer.y += styles.gap
    },
  }
}

/** Ruled lines to write on by hand; `fill` rules down to the room kept for what follows. */
export function writingLines(block: LinesBlock, { styles }: Context): Prepared {
  const step = styles.writingLine
  const count = block.count === 'fill' ? 2 : block.count
  const fill = block.count === 'fill'
  return {
    height: count * step + styles.gap,
    // A few lines to write on are worth little apart: they stay together, and with their heading.
    firstHeight: fill ? step : count * step,
    draw: (writer) => {
      if (!fill) writer.keep(count * step)
      // Filling leaves the gap after the lines and the room kept for what follows.
      const room = () => writer.spaceLeft - writer.reserved - styles.gap
      for (let i = 0; fill ? room() >= step : i < count; i++) {
        writer.keep(step)
        writer.y += step
        writer.rule(writer.y, 0.5, WRITING_LINE)
      }
      writer.y += styles.gap
    },
  }
}
