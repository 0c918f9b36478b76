import type { Phase } from '../rules'
import type { AddedItem, ItemChange, SchoolDetail, SchoolExample, SchoolGuidance } from '../rules/school'

/**
 * The editor's changes to a school's version, each a pure step from one draft to the next. A
 * draft may hold texts still empty: `readSchoolGuidance` says what is missing before it is used.
 * A text cleared again is left out, so the file says only what the school changed.
 */

/** What the school does with one sheet item: keep it, hide it, or say it in its own words. */
export type ItemChoice = 'keep' | 'hide' | 'reword'

export function choiceOf(change: ItemChange | undefined): ItemChoice {
  if (!change) return 'keep'
  return change.hidden ? 'hide' : 'reword'
}

const withoutEmpty = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T

/** The object without one of its fields. */
const without = <T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> =>
  Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<T, K>

function withItem(draft: SchoolGuidance, id: string, change: ItemChange | undefined): SchoolGuidance {
  const items = Object.fromEntries(Object.entries(draft.items ?? {}).filter(([key]) => key !== id))
  if (change) items[id] = change
  const rest = without(draft, 'items')
  return Object.keys(items).length > 0 ? { ...rest, items } : rest
}

export function chooseForItem(draft: SchoolGuidance, id: string, choice: ItemChoice): SchoolGuidance {
  if (choice === 'keep') return withItem(draft, id, undefined)
  if (choice === 'hide') return withItem(draft, id, { hidden: true })
  return withItem(draft, id, without(draft.items?.[id] ?? {}, 'hidden'))
}

/** The item's own title or text in the school's words; empty: the sheet's again. */
export function rewordItem(draft: SchoolGuidance, id: string, field: 'title' | 'text', value: string): SchoolGuidance {
  return withItem(draft, id, withoutEmpty({ ...draft.items?.[id], [field]: value }))
}

/** Sentence `n` (from 1) in the school's words, in the `u` or `je` form; both empty: the sheet's again. */
export function rewordSentence(
  draft: SchoolGuidance,
  id: string,
  n: number,
  form: 'u' | 'je',
  value: string,
): SchoolGuidance {
  const change = draft.items?.[id] ?? {}
  const sentence = withoutEmpty({ ...change.examples?.[n], [form]: value })
  const examples: Record<string, SchoolExample> = without(change.examples ?? {}, String(n))
  // An empty `u` stays in the draft so the check can say it is missing.
  if (sentence.u !== undefined || sentence.je !== undefined) examples[String(n)] = { u: '', ...sentence }
  const rest = without(change, 'examples')
  return withItem(draft, id, Object.keys(examples).length > 0 ? { ...rest, examples } : rest)
}

/** A new item of the school's own at the end of a phase, with an id no other item has. */
export function addItem(draft: SchoolGuidance, phase: Phase): { draft: SchoolGuidance; id: string } {
  const added = draft.added ?? []
  const taken = new Set(added.map((item) => item.id))
  let n = added.length + 1
  while (taken.has(`school.punt-${n}`)) n += 1
  const id = `school.punt-${n}`
  return { draft: { ...draft, added: [...added, { id, phase, title: '', text: '' }] }, id }
}

/** A change to a school's own item; `when: undefined` makes it apply always. */
export type AddedChange = { [K in keyof AddedItem]?: AddedItem[K] | undefined }

export function changeAdded(draft: SchoolGuidance, id: string, change: AddedChange): SchoolGuidance {
  const added = (draft.added ?? []).map((item) => {
    if (item.id !== id) return item
    const next = { ...item, ...change }
    if (next.when === undefined) delete next.when
    if (next.examples === undefined || next.examples.length === 0) delete next.examples
    return next as AddedItem
  })
  return { ...draft, added }
}

/** The example sentence of a school's own item, in the `u` form; empty: no sentence. */
export function setAddedSentence(draft: SchoolGuidance, id: string, u: string): SchoolGuidance {
  const examples: SchoolExample[] = u === '' ? [] : [{ u }]
  return changeAdded(draft, id, { examples })
}

export function removeAdded(draft: SchoolGuidance, id: string): SchoolGuidance {
  const added = (draft.added ?? []).filter((item) => item.id !== id)
  const rest = without(draft, 'added')
  return added.length > 0 ? { ...rest, added } : rest
}

/** A local detail; empty: not filled in. */
export function setDetail(draft: SchoolGuidance, name: SchoolDetail, value: string): SchoolGuidance {
  const details = withoutEmpty({ ...draft.details, [name]: value })
  const rest = without(draft, 'details')
  return Object.keys(details).length > 0 ? { ...rest, details } : rest
}

/** How much a version changes: for the summary before a file is used. */
export function countChanges(school: SchoolGuidance) {
  const changes = Object.values(school.items ?? {})
  return {
    hidden: changes.filter((change) => change.hidden).length,
    reworded: changes.filter((change) => !change.hidden).length,
    added: school.added?.length ?? 0,
  }
}
