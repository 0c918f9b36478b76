import { groupFor, isInvisible } from './font-coverage'

/**
 * Text the PDF cannot draw: `no-font` when no font of ours holds the characters (an emoji, a
 * script we carry no font for), `not-loaded` when the font exists but could not be fetched
 * (offline before it was ever loaded).
 */
export interface Undrawable {
  characters: string
  /** A short piece of the text around the first place they occur, to recognise it by. */
  context: string
  reason: 'no-font' | 'not-loaded'
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const CONTEXT = 24

/**
 * Lists, once each, the characters of the texts that no loaded font can draw, grouped by reason
 * and by the text they first occur in. Pure: `loaded` is the set of font groups at hand.
 */
export function undrawableText(texts: readonly string[], loaded: ReadonlySet<string>): Undrawable[] {
  const found = new Map<string, Undrawable>()
  const seen = new Set<string>()
  for (const text of texts) {
    for (const { segment, index } of graphemes.segment(text)) {
      const reason = problem(segment, loaded)
      if (!reason || seen.has(segment)) continue
      seen.add(segment)
      const key = `${reason} ${text}`
      const entry = found.get(key)
      if (entry) entry.characters += ` ${segment}`
      else found.set(key, { characters: segment, context: around(text, index, segment.length), reason })
    }
  }
  return [...found.values()]
}

function problem(grapheme: string, loaded: ReadonlySet<string>): Undrawable['reason'] | null {
  let reason: Undrawable['reason'] | null = null
  for (const char of grapheme) {
    const codePoint = char.codePointAt(0)!
    if (isInvisible(codePoint) || /\s/u.test(char)) continue
    const group = groupFor(codePoint)
    if (!group) return 'no-font'
    if (!loaded.has(group.name)) reason = 'not-loaded'
  }
  return reason
}

/** The words around a place in a text, cut at spaces, with an ellipsis where text was left out. */
function around(text: string, index: number, length: number): string {
  let start = Math.max(0, index - CONTEXT)
  let end = Math.min(text.length, index + length + CONTEXT)
  const firstSpace = text.indexOf(' ', start)
  if (start > 0 && firstSpace !== -1 && firstSpace < index) start = firstSpace + 1
  const lastSpace = text.lastIndexOf(' ', end)
  if (end < text.length && lastSpace > index + length) end = lastSpace
  const piece = text.slice(start, end).replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '…' : ''}${piece}${end < text.length ? '…' : ''}`
}
