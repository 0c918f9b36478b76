/** Letters that Unicode does not split into a base letter and an accent. */
const FOLD: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
}

/** A name as a safe part of a file name: ASCII letters, digits and dashes only. */
export function fileNamePart(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/./gu, (c) => FOLD[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '')
}

/** What the file name says about who or what the PDF is for; the teacher's own version says nothing extra. */
const AUDIENCE: Record<'own' | 'colleague' | 'parent' | 'card', string> = {
  own: '',
  colleague: 'collega',
  parent: 'voor-ouder',
  card: 'gesprekskaart',
}

/**
 * `oudergesprek-anouk-2026-12-12.pdf`: the child's name when given, then the day of the
 * conversation (or the day the file is made when no date is known). A version for someone else
 * says so, and so does the conversation card: `oudergesprek-collega-anouk-…`,
 * `oudergesprek-voor-ouder-anouk-…`, `oudergesprek-gesprekskaart-anouk-…`, so none is ever
 * mistaken for, or saved over, the teacher's own.
 */
export function pdfFileName(
  childName: string | undefined,
  day: string,
  // Stryker disable next-line StringLiteral: AUDIENCE has no '' entry, and its undefined is left out just as the own version's ''
  audience: keyof typeof AUDIENCE = 'own',
): string {
  const name = fileNamePart(childName ?? '')
  return ['oudergesprek', AUDIENCE[audience], name, day.replace(/[^0-9-]/g, '')].filter(Boolean).join('-') + '.pdf'
}
