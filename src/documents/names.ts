/** "Nguyễn Thị Minh" → "N.T.M.", "Anouk de Vries" → "A.d.V.": the first letter of each part, as typed. */
export function initials(name: string): string {
  return name
    .normalize('NFC')
    .split(/[\s-]/)
    .map((part) => [...part].find((character) => /\p{L}/u.test(character)))
    .filter((letter): letter is string => Boolean(letter))
    .map((letter) => `${letter}.`)
    .join('')
}
