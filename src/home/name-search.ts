import { withoutBidiControls } from '../rules'
import type { Preparation } from '../model'

/** Letters that are not a plain letter with an accent, so taking accents off leaves them: as typed on a Dutch keyboard. */
const LETTERS: Record<string, string> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' }

/** Text as a search compares it: without accents, capitals, direction marks and extra spaces. "Zoë" is "zoe". */
export function searchable(text: string): string {
  return withoutBidiControls(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıøłđßæœ]/g, (letter) => LETTERS[letter]!)
    .replace(/\s+/g, ' ')
    .trim()
}

type Names = Pick<Preparation['answers'], 'childName' | 'parentNames'>
// The names of a long list are made searchable once per answers (a change makes new answers).
const namesOf = new WeakMap<Names, string>()

/** The child's and the parents' names of a preparation, searchable. */
function searchableNames(answers: Names): string {
  let names = namesOf.get(answers)
  if (names === undefined) {
    names = searchable(`${answers.childName ?? ''} ${answers.parentNames ?? ''}`)
    namesOf.set(answers, names)
  }
  return names
}

/**
 * Whether a preparation's child's or parents' names hold every word of the search, whatever its
 * accents and capitals. An empty search finds everything.
 */
export function nameSearch(search: string): (answers: Names) => boolean {
  const words = searchable(search).split(' ').filter(Boolean)
  return (answers) => {
    if (words.length === 0) return true
    const names = searchableNames(answers)
    return words.every((word) => names.includes(word))
  }
}
