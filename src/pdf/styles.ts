import type { TextStyle } from './text-layout'

export const TEXT = '#1b1b1b'
export const MUTED = '#555555'
export const ACCENT = '#1f4e79'
export const HAIRLINE = '#d0d0d0'
export const WRITING_LINE = '#9a9a9a'

/** Type and spacing of a document; the compact set is for a card that has to fit on one page. */
export interface Styles {
  h1: TextStyle
  h2: TextStyle
  h3: TextStyle
  lead: TextStyle
  body: TextStyle
  bodyBold: TextStyle
  muted: TextStyle
  itemTitle: TextStyle
  label: TextStyle
  footer: TextStyle
  /** Space between blocks, and the height of one ruled writing line. */
  gap: number
  writingLine: number
  indent: number
  scriptIndent: number
  labelWidth: number
}

const style = (face: TextStyle['face'], size: number, color = TEXT): TextStyle => ({ face, size, color })

/**
 * The styles at a size: compact type is 0.88 of the normal, with tighter spacing; `scale` makes
 * a one-page document smaller still when it would not fit (see `onePage`).
 */
export function stylesFor(compact: boolean, scale = 1): Styles {
  const k = (compact ? 0.88 : 1) * scale
  const space = (compact ? 0.6 : 1) * scale
  return {
    h1: style('bold', 19 * k),
    h2: style('bold', 14 * k),
    h3: style('bold', 11.5 * k),
    lead: style('regular', 13 * k),
    body: style('regular', 10 * k),
    bodyBold: style('bold', 10 * k),
    muted: style('regular', 9.5 * k, MUTED),
    itemTitle: style('bold', 11 * k),
    label: style('bold', 9 * k, MUTED),
    footer: style('regular', 8.5, MUTED),
    gap: 8 * space,
    writingLine: 24 * space,
    indent: 18,
    scriptIndent: 30,
    labelWidth: 92,
  }
}
