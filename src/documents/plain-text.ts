/**
 * Text the teacher typed, made safe for a line of another format: control characters (a carriage
 * return, a NUL, a tab) and line or paragraph separators become a space, runs of spaces one.
 */
export function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
}
