import coverage from './fonts/coverage.json'

/**
 * The self-hosted fonts, grouped per script, and the characters each group really holds (read
 * from the font files by scripts/subset-fonts.py, not assumed from a Unicode block).
 */
export interface FontGroup {
  name: string
  files: { regular: string; bold: string }
  ranges: [number, number][]
}

export const FONT_GROUPS: readonly FontGroup[] = coverage.groups as FontGroup[]

/** The group every document needs: Latin letters, digits and punctuation. */
export const BASE_GROUP = 'noto-sans-latin'

const ARABIC_GROUP = 'noto-sans-arabic'

function holds(group: FontGroup, codePoint: number): boolean {
  let low = 0
  let high = group.ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [from, to] = group.ranges[middle]!
    if (codePoint < from) high = middle - 1
    else if (codePoint > to) low = middle + 1
    else return true
  }
  return false
}

/** The first group whose font can draw the character, or null when none can. */
export function groupFor(codePoint: number): FontGroup | null {
  return FONT_GROUPS.find((group) => holds(group, codePoint)) ?? null
}

/** Characters that are laid out but never drawn: line breaks, tabs, joiners and variation selectors. */
export function isInvisible(codePoint: number): boolean {
  return (
    codePoint === 0x0a ||
    codePoint === 0x0d ||
    codePoint === 0x09 ||
    codePoint === 0xad ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f)
  )
}

/** The names of the font groups the texts need (the base group always). */
export function groupsNeeded(texts: readonly string[]): Set<string> {
  const needed = new Set([BASE_GROUP])
  for (const text of texts) {
    for (const char of text) {
      const group = groupFor(char.codePointAt(0)!)
      if (group) needed.add(group.name)
    }
  }
  return needed
}

/** A stretch of text drawn in one font; `rtl` when it holds right-to-left letters. */
export interface TextRun {
  text: string
  group: string
  rtl: boolean
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]/u

/**
 * Cuts text into runs, one font each, in logical order. A character stays in the current run
 * when that run's font holds it (so the space between two Arabic words keeps them in one
 * right-to-left run); characters no loaded font holds are left out here and reported to the
 * teacher beforehand (see undrawable.ts).
 */
export function textRuns(text: string, loaded: ReadonlySet<string>): TextRun[] {
  const runs: TextRun[] = []
  let current: { text: string; group: FontGroup } | null = null
  for (const char of text) {
    const codePoint = char.codePointAt(0)!
    if (isInvisible(codePoint)) continue
    if (current && holds(current.group, codePoint)) {
      current.text += char
      continue
    }
    const group = FONT_GROUPS.find((g) => loaded.has(g.name) && holds(g, codePoint))
    if (!group) continue
    if (current) runs.push(...toRuns(current))
    current = { text: char, group }
  }
  if (current) runs.push(...toRuns(current))
  return runs
}

/** A right-to-left run gives its trailing spaces to the line, so they stay between the words. */
function toRuns({ text, group }: { text: string; group: FontGroup }): TextRun[] {
  const rtl = group.name === ARABIC_GROUP && RTL_LETTER.test(text)
  const trimmed = rtl ? text.trimEnd() : text
  const runs = [{ text: trimmed, group: group.name, rtl }]
  if (trimmed !== text) runs.push({ text: text.slice(trimmed.length), group: BASE_GROUP, rtl: false })
  return runs
}

/**
 * Runs in the order they are drawn from left to right on a left-to-right line: each stretch of
 * right-to-left runs is turned round (the shaper turns the letters inside a run).
 */
export function visualOrder(runs: readonly TextRun[]): TextRun[] {
  const result: TextRun[] = []
  let rtlStretch: TextRun[] = []
  for (const run of runs) {
    if (run.rtl) {
      rtlStretch.push(run)
      continue
    }
    result.push(...rtlStretch.reverse(), run)
    rtlStretch = []
  }
  return [...result, ...rtlStretch.reverse()]
}
