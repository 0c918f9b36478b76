import { describe, expect, test } from 'vitest'
import { ADDRESS_VALUES, BUDDY_VALUES, buildChecklist, guidance, LOCALES, type Answers } from '../../src/rules'
import type { Audience } from '../../src/rules'
import { answers } from './sample'

/** Every family the sentences must fit: buddy (4) × parents (2) × u or je (2) × sensitive news (2). */
const COMBINATIONS = BUDDY_VALUES.flatMap((buddy) =>
  ([1, 2] as const).flatMap((parentsAttending) =>
    ADDRESS_VALUES.flatMap((address) =>
      [false, true].map((sensitiveNews) => answers({ buddy, parentsAttending, address, sensitiveNews })),
    ),
  ),
)

/** How many people a sentence speaks to, as a Dutch reader counts them in the room. */
function peopleSpokenTo(audience: Audience, a: Answers): number {
  const buddyThere = a.buddy === 'attending' || a.buddy === 'unknown'
  if (audience === 'buddy') return 1
  if (audience === 'parents') return a.parentsAttending
  return a.parentsAttending + (buddyThere ? 1 : 0)
}

/** Who a sentence of an item speaks to, found by matching it against every form in the data. */
function audienceOf(itemId: string, text: string): Audience {
  const item = guidance.items.find((i) => i.id === itemId)!
  const scripts = [...item.scripts, ...(item.variants ?? []).flatMap((v) => v.scripts ?? [])]
  const matches = scripts.filter((script) =>
    [script.u, script.uPlural, script.je, script.jullie, script.en, script.enPlural].some(
      (form) => form !== undefined && templatePattern(form).test(text),
    ),
  )
  const audiences = [...new Set(matches.map((script) => script.audience))]
  if (audiences.length !== 1) throw new Error(`Cannot tell who “${text}” speaks to (${itemId})`)
  return audiences[0]!
}

const templatePattern = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`)

// Whole words only, also next to letters such as é or ë.
const word = (words: string) => new RegExp(`(?<!\\p{L})(${words})(?!\\p{L})`, 'iu')
const JE_WORDS = word('je|jij|jou|jouw|jullie|jezelf')
const U_WORDS = word('u|uw|uzelf')
const SINGULAR_JE = word('je|jij|jou|jouw')
const JULLIE = word('jullie')
// "jullie hebben je goed voorbereid": after jullie, je is the reflexive that belongs to it.
const REFLEXIVE_AFTER_JULLIE = /(?<!\p{L})jullie \p{L}+ je(?!\p{L})/giu
const HEEFT_U = word('heeft u|u heeft')
// Quote marks, but not an apostrophe inside a word (don't, zo’n).
const QUOTE = /[‘“”"„‚]|(?<!\p{L})['’]|['’](?!\p{L})/u
const PLACEHOLDER = /\{\w+\}|\[naam kind\]|undefined|null|NaN/

/** Every way a Dutch sentence can be wrong for the people it speaks to; empty when it is right. */
function problemsWith(text: string, people: number, a: Answers): string[] {
  const problems: string[] = []
  if (a.address === 'u' && JE_WORDS.test(text)) problems.push('je-form in a u-sentence')
  if (a.address === 'u' && HEEFT_U.test(text)) problems.push('“heeft u” where the others say “u hebt”')
  if (a.address === 'je' && U_WORDS.test(text)) problems.push('u-form in a je-sentence')
  if (people === 1 && JULLIE.test(text)) problems.push('jullie to one person')
  if (people > 1 && a.address === 'je' && SINGULAR_JE.test(text.replace(REFLEXIVE_AFTER_JULLIE, '')))
    problems.push(`je/jij/jouw to ${people} people`)
  if (people > 1 && word('als ouder').test(text)) problems.push(`“als ouder” to ${people} people`)
  if (people === 1 && word('als ouders').test(text)) problems.push('“als ouders” to one parent')
  return problems
}

const label = (a: Answers) =>
  `buddy ${a.buddy}, ${a.parentsAttending} parent(s), ${a.address}, ${a.sensitiveNews ? '' : 'no '}sensitive news`

describe('the example sentences read as natural Dutch for every family', () => {
  test('there are 32 families to check', () => {
    expect(new Set(COMBINATIONS.map(label)).size).toBe(32)
  })

  test.each(COMBINATIONS.map((a) => [label(a), a] as const))('%s', (_, a) => {
    const problems: string[] = []
    for (const item of buildChecklist(a).phases.flatMap((p) => p.items))
      for (const script of item.scripts) {
        const people = peopleSpokenTo(audienceOf(item.id, script.text), a)
        for (const problem of problemsWith(script.text, people, a))
          problems.push(`${item.id}: ${problem}: “${script.text}”`)
        if (QUOTE.test(script.text)) problems.push(`${item.id}: a quote inside the quote: “${script.text}”`)
      }
    expect(problems).toEqual([])
  })
})

describe('no stray words in any family, in either language', () => {
  test.each(COMBINATIONS.flatMap((a) => LOCALES.map((locale) => [label(a), locale, a] as const)))(
    '%s (%s)',
    (_, locale, a) => {
      const problems: string[] = []
      for (const item of buildChecklist(a, { locale }).phases.flatMap((p) => p.items)) {
        const texts = [item.title, item.text, ...item.scripts.map((s) => s.text), ...item.reasons]
        for (const text of texts) {
          if (a.buddy === 'none' && /buddy/i.test(text))
            problems.push(`${item.id}: a buddy where there is none: ${text}`)
          if (PLACEHOLDER.test(text)) problems.push(`${item.id}: a placeholder: ${text}`)
        }
      }
      expect(problems).toEqual([])
    },
  )
})
