import type { Audience } from './vocabulary'
import { PHASES, SCHOOL_DETAILS, type SchoolDetail } from './vocabulary'
import type { Guidance, GuidanceItem, GuidanceScript } from './guidance-schema'
import type { AddedItem, ItemChange, SchoolDetails, SchoolExample, SchoolGuidance } from './school-schema'

/**
 * The example sentences of a sheet item as a school sees them, numbered from 1: each distinct
 * sentence once, those of the item itself first, then those only its variants say. A school's
 * `examples: { "2": … }` rewords the second, wherever the item says it.
 */
export function sentencesOf(item: GuidanceItem): GuidanceScript[] {
  const all = [...item.scripts, ...(item.variants ?? []).flatMap((variant) => variant.scripts ?? [])]
  return all.filter((script, index) => all.findIndex((other) => other.u === script.u) === index)
}

/** Fills the school's local details into its own texts; the answers' placeholders stay for the checklist. */
function withDetails(details: SchoolDetails) {
  return (text: string) =>
    text.replace(/\{(\w+)\}/g, (match, name: string) =>
      (SCHOOL_DETAILS as readonly string[]).includes(name) ? (details[name as SchoolDetail] ?? '…') : match,
    )
}

type Local = ReturnType<typeof withDetails>

const both = (local: Local, nl: string, en: string | undefined) => ({ nl: local(nl), en: local(en ?? nl) })

/** A sentence in the school's words, in every form the checklist may need. */
function schoolScript(example: SchoolExample, audience: Audience, local: Local): GuidanceScript {
  const spokenTo = example.audience ?? audience
  const je = example.je ?? example.u
  return {
    audience: spokenTo,
    origin: 'school',
    u: local(example.u),
    je: local(je),
    ...(spokenTo === 'buddy' ? {} : { jullie: local(example.jullie ?? je) }),
    en: local(example.en ?? example.u),
  }
}

/**
 * A sheet item with the school's changes: hidden, or its title and text in the school's words
 * (in every variant too, so the school's words show for every family), and each reworded
 * sentence in the school's words wherever the item says it.
 */
function changedItem(item: GuidanceItem, change: ItemChange, local: Local): GuidanceItem {
  if (change.hidden) return { ...item, hidden: true }
  const sentences = sentencesOf(item)
  const rewords = new Map(
    Object.entries(change.examples ?? {}).flatMap(([n, example]) => {
      const sentence = sentences[Number(n) - 1]
      return sentence ? [[sentence.u, schoolScript(example, sentence.audience, local)] as const] : []
    }),
  )
  const reword = (script: GuidanceScript) => rewords.get(script.u) ?? script
  const title = change.title === undefined ? undefined : both(local, change.title, change.titleEn)
  const text = change.text === undefined ? undefined : both(local, change.text, change.textEn)
  const variants = (item.variants ?? []).flatMap((variant) => {
    const kept = {
      when: variant.when,
      ...(variant.title && !title ? { title: variant.title } : {}),
      ...(variant.text && !text ? { text: variant.text } : {}),
      ...(variant.scripts ? { scripts: variant.scripts.map(reword) } : {}),
    }
    return kept.title || kept.text || kept.scripts ? [kept] : []
  })
  return {
    ...item,
    ...(title ? { title } : {}),
    ...(text ? { text } : {}),
    scripts: item.scripts.map(reword),
    ...(item.variants ? { variants } : {}),
  }
}

function addedItem(added: AddedItem, local: Local): GuidanceItem {
  return {
    id: added.id,
    phase: added.phase,
    origin: 'school',
    title: both(local, added.title, added.titleEn),
    text: both(local, added.text, added.textEn),
    scripts: (added.examples ?? []).map((example) => schoolScript(example, 'parents', local)),
    ...(added.when ? { when: added.when } : {}),
  }
}

/**
 * The guidance as a school made it its own: the sheet's items with the school's changes, its own
 * items at the end of their phase, its details filled in, and who adapted it (`adaptedBy`), for
 * the credit line. The result is a guidance `buildChecklist` and `buildCard` take as they take
 * the shipped one. Pure; expects a version `readSchoolGuidance` accepted.
 */
export function applySchoolGuidance(original: Guidance, school: SchoolGuidance): Guidance {
  const local = withDetails(school.details ?? {})
  const changes = new Map(Object.entries(school.items ?? {}))
  const sheetItems = original.items.map((item) => {
    const change = changes.get(item.id)
    return change ? changedItem(item, change, local) : item
  })
  const added = (school.added ?? []).map((item) => addedItem(item, local))
  return {
    ...original,
    items: PHASES.flatMap((phase) => [
      ...sheetItems.filter((item) => item.phase === phase),
      ...added.filter((item) => item.phase === phase),
    ]),
    adaptedBy: { name: school.school.name, version: school.version, date: school.date },
  }
}
