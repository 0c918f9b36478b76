import { withoutBidiControls } from '../rules/bidi'
/**
 * Text the teacher typed, made safe for a line of another format: control characters (a carriage
 * return, a NUL, a tab) and line or paragraph separators become a space, runs of spaces one, and
 * characters that turn the text's direction are left out (rules/bidi.ts).
 */
export function oneLine(text: string): string {
  return (
    withoutBidiControls(text)
      // Stryker disable next-line Regex: one space per character instead of per run comes to the same after the next line
      .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  )
}

/** Every way a line can end: a pasted text may come from Windows, an old Mac or a word processor. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/

/** A dash or plus used as a list marker: "- lezen", "+ pluspunt", "-lezen". */
const LIST_MARKER = /^[-+](?:\s+|(?=\p{L}))/u

/** What makes a spreadsheet read a pasted cell as a formula. */
const FORMULA_START = /^[=+\-@]/

/**
 * One line that pastes as text, never as a formula: a spreadsheet runs a cell that starts with
 * =, +, - or @. A dash or plus the teacher used as a list marker becomes our own bullet, which
 * keeps what they meant. Any other such start ("-3", "+31 6…", "@ouder", "=") gets an
 * apostrophe in front: the mark a spreadsheet itself uses for "this is text" (and then hides);
 * in a text field it is one harmless character.
 */
export function safeLine(line: string): string {
  const clean = oneLine(line)
  if (LIST_MARKER.test(clean)) return clean.replace(LIST_MARKER, '• ')
  return FORMULA_START.test(clean) ? `'${clean}` : clean
}

/**
 * Text the teacher typed over several lines, as lines: blank lines at the start and end left
 * out, a run of blank lines made one.
 */
export function textLines(text: string): string[] {
  const lines = text.split(LINE_BREAK).map(oneLine)
  // A blank line is kept only after a line with text: none at the start, one of a run.
  const kept = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''))
  while (kept.at(-1) === '') kept.pop()
  return kept
}

/**
 * Lines as one plain text to paste into a pupil file, an e-mail or a spreadsheet: every line
 * (also each line inside an entry) safe, no control character but the line break.
 */
export function pasteText(lines: readonly string[]): string {
  return lines
    .flatMap((line) => line.split(LINE_BREAK))
    .map(safeLine)
    .join('\n')
}
