/**
 * The characters that change the direction of the text around them (embeddings, overrides and
 * isolates, U+202A–U+202E and U+2066–U+2069). Invisible, they make a name lie about itself:
 * "Sem\u202Efdp.exe" shows as "Semexe.pdf". Nothing the teacher writes needs them: the app takes
 * them out of every text it writes, and says so where they were typed.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu

export function hasBidiControls(text: string): boolean {
  return text.search(BIDI_CONTROLS) !== -1
}

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}
