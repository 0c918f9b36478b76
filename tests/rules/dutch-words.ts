import { ADDRESS_VALUES, BUDDY_VALUES, type Answers } from '../../src/rules'
import { answers } from './sample'

/** Every family the texts must fit: buddy (4) × parents (2) × u or je (2) × sensitive news (2). */
export const COMBINATIONS = BUDDY_VALUES.flatMap((buddy) =>
  ([1, 2] as const).flatMap((parentsAttending) =>
    ADDRESS_VALUES.flatMap((address) =>
      [false, true].map((sensitiveNews) => answers({ buddy, parentsAttending, address, sensitiveNews })),
    ),
  ),
)

export const label = (a: Answers) =>
  `buddy ${a.buddy}, ${a.parentsAttending} parent(s), ${a.address}, ${a.sensitiveNews ? '' : 'no '}sensitive news`

// Whole words only, also next to letters such as é or ë; "ouderbuddy" is not "ouder".
const word = (words: string) => new RegExp(`(?<!\\p{L})(${words})(?!\\p{L})`, 'iu')
const JE_WORDS = word('je|jij|jou|jouw|jullie|jezelf')
const U_WORDS = word('u|uw|uzelf')
const SINGULAR_JE = word('je|jij|jou|jouw')
const JULLIE = word('jullie')
// "jullie hebben je goed voorbereid": after jullie, je is the reflexive that belongs to it.
const REFLEXIVE_AFTER_JULLIE = /(?<!\p{L})jullie \p{L}+ je(?!\p{L})/giu
const HEEFT_U = word('heeft u|u heeft')
const ONE_PARENT = word('ouder')
const PARENTS = word('ouders')

/** Quote marks, but not an apostrophe inside a word (don't, zo’n). */
export const QUOTE = /[‘“”"„‚]|(?<!\p{L})['’]|['’](?!\p{L})/u
export const PLACEHOLDER = /\{\w+\}|\[naam kind\]|undefined|null|NaN/

/**
 * Every way a Dutch text spoken to `people` people can be wrong for the chosen form of address:
 * the other form, jullie to one, je to more, "heeft u" beside "u hebt", "als ouder(s)" in the
 * wrong number. Empty when it is right.
 */
export function addressProblems(text: string, people: number, address: Answers['address']): string[] {
  const problems: string[] = []
  if (address === 'u' && JE_WORDS.test(text)) problems.push('je-form in a u-text')
  if (HEEFT_U.test(text)) problems.push('“heeft u” where the others say “u hebt”')
  if (address === 'je' && U_WORDS.test(text)) problems.push('u-form in a je-text')
  if (people === 1 && JULLIE.test(text)) problems.push('jullie to one person')
  if (people > 1 && address === 'je' && SINGULAR_JE.test(text.replace(REFLEXIVE_AFTER_JULLIE, '')))
    problems.push(`je/jij/jouw to ${people} people`)
  if (people > 1 && word('als ouder').test(text)) problems.push(`“als ouder” to ${people} people`)
  if (people === 1 && word('als ouders').test(text)) problems.push('“als ouders” to one parent')
  return problems
}

/** A text about the parents of this conversation: "de ouder" for one, "de ouders" for two. */
export function parentNumberProblems(text: string, parents: number): string[] {
  if (parents === 1 && PARENTS.test(text)) return ['“ouders” for one parent']
  if (parents === 2 && ONE_PARENT.test(text)) return ['“ouder” for two parents']
  return []
}

/** Whether a text speaks to the parent as "u"/"uw": the teacher is always "je". */
export const speaksFormally = (text: string) => U_WORDS.test(text)
