import type { Guidance } from './guidance-schema'
import { sentencesOf } from './school-apply'
import { SAYS, problem, type SchoolProblem } from './school-messages'
import type { SchoolDetails, SchoolExample, SchoolGuidance } from './school-schema'
import { PLACEHOLDERS, SCHOOL_DETAILS, type Audience, type SchoolDetail } from './vocabulary'

/** The names a school's text may use as `{name}`: the answers' own and the school's local details. */
export const SCHOOL_PLACEHOLDERS: readonly string[] = [...PLACEHOLDERS, ...SCHOOL_DETAILS]

/**
 * What the schema alone cannot see in a school's version: a sentence number the item does not
 * have, a sentence to the buddy with a `jullie` form, an id used twice, a `{name}` the app does
 * not know or a local detail that is used but not filled in. Each problem names the item and field.
 */
export function schoolCrossProblems(school: SchoolGuidance, guidance: Guidance): SchoolProblem[] {
  const problems: SchoolProblem[] = []
  const details = school.details ?? {}
  const texts = (item: string, fields: [string, string | undefined][]) => {
    for (const [field, text] of fields)
      if (text !== undefined) problems.push(...placeholderProblems(text, item, field, details))
  }
  const examples = (item: string, field: string, example: SchoolExample, audience: Audience) => {
    if ((example.audience ?? audience) === 'buddy' && example.jullie !== undefined)
      problems.push(problem(item, `${field}.jullie`, SAYS.buddyPlural()))
    texts(
      item,
      (['u', 'je', 'jullie', 'en'] as const).map((form) => [`${field}.${form}`, example[form]]),
    )
  }
  for (const [id, change] of Object.entries(school.items ?? {})) {
    const item = guidance.items.find((candidate) => candidate.id === id)
    if (!item) continue // named by `itemKeyProblems`
    const sentences = sentencesOf(item)
    texts(id, [
      ['title', change.title],
      ['titleEn', change.titleEn],
      ['text', change.text],
      ['textEn', change.textEn],
    ])
    for (const [n, example] of Object.entries(change.examples ?? {})) {
      const sentence = sentences[Number(n) - 1]
      if (!sentence) problems.push(problem(id, `examples.${n}`, SAYS.noSuchSentence(Number(n), sentences.length)))
      else examples(id, `examples.${n}`, example, sentence.audience)
    }
  }
  const seen = new Set<string>()
  for (const added of school.added ?? []) {
    if (seen.has(added.id)) problems.push(problem(added.id, 'id', SAYS.duplicateId()))
    seen.add(added.id)
    texts(added.id, [
      ['title', added.title],
      ['titleEn', added.titleEn],
      ['text', added.text],
      ['textEn', added.textEn],
    ])
    added.examples?.forEach((example, index) => examples(added.id, `examples.${index}`, example, 'parents'))
  }
  return problems
}

function placeholderProblems(text: string, item: string, field: string, details: SchoolDetails): SchoolProblem[] {
  return [...text.matchAll(/\{(\w*)\}/g)].flatMap(([, name = '']) => {
    if (!SCHOOL_PLACEHOLDERS.includes(name))
      return [problem(item, field, SAYS.unknownPlaceholder(name, SCHOOL_PLACEHOLDERS))]
    if ((SCHOOL_DETAILS as readonly string[]).includes(name) && details[name as SchoolDetail] === undefined)
      return [problem(item, field, SAYS.detailMissing(name))]
    return []
  })
}
