import { FACT_DOMAINS, type FactValue } from './facts'
import { PHASES, PLACEHOLDERS } from './vocabulary'
import type { Condition, Guidance, GuidanceItem, GuidanceScript } from './guidance-schema'

export type Path = (string | number)[]
export type Problem = { message: string; path: Path }

/**
 * Everything in the data that points at something else, checked: ids and their phase order,
 * conditions and their reason texts, the forms each script needs, placeholders, the time
 * buffer's item and the answer-dependent order. Each problem names the field.
 */
export function crossReferenceProblems(guidance: Guidance): Problem[] {
  const problems: Problem[] = []
  const phaseOf = new Map<string, GuidanceItem['phase']>()
  let lastPhase = 0
  guidance.items.forEach((item, index) => {
    const path = ['items', index]
    if (phaseOf.has(item.id)) problems.push({ message: `duplicate id ${item.id}`, path })
    phaseOf.set(item.id, item.phase)
    if (!item.id.startsWith(`${item.phase}.`) && !item.id.startsWith('school.'))
      problems.push({ message: `id ${item.id} is not in phase ${item.phase}`, path })
    const phaseIndex = PHASES.indexOf(item.phase)
    if (phaseIndex < lastPhase) problems.push({ message: `${item.id} is out of phase order`, path })
    lastPhase = phaseIndex
    problems.push(...itemProblems(item, guidance.reasons.facts, path))
  })
  problems.push(...reasonProblems(guidance.reasons))
  if (!phaseOf.has(guidance.timeBuffer.item))
    problems.push({
      message: `timeBuffer.item ${guidance.timeBuffer.item} is not an item`,
      path: ['timeBuffer', 'item'],
    })
  guidance.reorder.forEach((rule, index) => {
    const path = ['reorder', index]
    for (const field of ['move', 'before'] as const)
      if (!phaseOf.has(rule[field])) problems.push({ message: `${rule[field]} is not an item`, path: [...path, field] })
    if (rule.move === rule.before) problems.push({ message: `${rule.move} cannot move before itself`, path })
    else if (phaseOf.has(rule.move) && phaseOf.get(rule.move) !== phaseOf.get(rule.before))
      problems.push({ message: `${rule.move} and ${rule.before} are in different phases`, path })
    problems.push(...conditionProblems(rule.when, guidance.reasons.facts, [...path, 'when']))
  })
  return problems
}

function itemProblems(item: GuidanceItem, reasons: ReasonTexts, path: Path): Problem[] {
  const problems: Problem[] = []
  if (item.when) problems.push(...conditionProblems(item.when, reasons, [...path, 'when']))
  problems.push(...textProblems([item.title.nl, item.title.en, item.text.nl, item.text.en], path))
  item.scripts.forEach((script, s) => problems.push(...scriptProblems(script, [...path, 'scripts', s])))
  item.variants?.forEach((variant, v) => {
    const at = [...path, 'variants', v]
    problems.push(...conditionProblems(variant.when, reasons, [...at, 'when']))
    if (!variant.title && !variant.text && !variant.scripts)
      problems.push({ message: `a variant of ${item.id} changes nothing: give it a title, text or scripts`, path: at })
    const texts = [variant.title, variant.text].flatMap((t) => (t ? [t.nl, t.en] : []))
    problems.push(...textProblems(texts, at))
    variant.scripts?.forEach((script, s) => problems.push(...scriptProblems(script, [...at, 'scripts', s])))
  })
  return problems
}

const PLURAL_FORMS = ['uPlural', 'jullie', 'enPlural'] as const

/** A sentence to the buddy speaks to one person; a sentence to the parents may speak to two. */
function scriptProblems(script: GuidanceScript, path: Path): Problem[] {
  const problems: Problem[] = []
  if (script.audience === 'buddy') {
    for (const form of PLURAL_FORMS)
      if (script[form] !== undefined)
        problems.push({ message: `a script to the buddy speaks to one person: remove ${form}`, path: [...path, form] })
  } else if (script.jullie === undefined) {
    problems.push({
      message: `a script to the ${script.audience} needs a jullie form for two or more people`,
      path: [...path, 'jullie'],
    })
  }
  const forms = [script.u, script.uPlural, script.je, script.jullie, script.en, script.enPlural]
  return [
    ...problems,
    ...textProblems(
      forms.filter((f) => f !== undefined),
      path,
    ),
  ]
}

/** The reasons may name the answers' placeholders, and a number fact its `{value}`. */
function reasonProblems(reasons: Guidance['reasons']): Problem[] {
  const problems = textProblems([reasons.always.nl, reasons.always.en], ['reasons', 'always'])
  for (const [fact, texts] of Object.entries(reasons.facts)) {
    if (typeof texts.nl === 'string' && typeof texts.en === 'string')
      problems.push(...textProblems([texts.nl, texts.en], ['reasons', 'facts', fact], ['value']))
    else
      for (const [value, text] of Object.entries(texts as Record<string, { nl: string; en: string }>))
        problems.push(...textProblems([text.nl, text.en], ['reasons', 'facts', fact, value]))
  }
  return problems
}

/** Unknown `{placeholders}` would reach the teacher as raw braces. */
export function textProblems(texts: string[], path: Path, also: readonly string[] = []): Problem[] {
  const known: readonly string[] = [...PLACEHOLDERS, ...also]
  return texts.flatMap((text) =>
    [...text.matchAll(/\{(\w+)\}/g)]
      .filter(([, name]) => !known.includes(name!))
      .map(([match]) => ({ message: `unknown placeholder ${match} in “${text}”`, path })),
  )
}

export type ReasonTexts = Guidance['reasons']['facts']

export function conditionProblems(condition: Condition, reasons: ReasonTexts, path: Path): Problem[] {
  if ('all' in condition) return condition.all.flatMap((c) => conditionProblems(c, reasons, path))
  if ('any' in condition) return condition.any.flatMap((c) => conditionProblems(c, reasons, path))
  const domain = FACT_DOMAINS[condition.fact]
  const reason = reasons[condition.fact]
  if ('atLeast' in condition) {
    if (domain.kind !== 'number') return [{ message: `${condition.fact} is not a number`, path }]
    if (!reason || !('nl' in reason)) return [{ message: `no reason text for ${condition.fact}`, path }]
    return []
  }
  if (domain.kind !== 'values') return [{ message: `${condition.fact} takes no list of values`, path }]
  return condition.in.flatMap((value) => {
    if (!(domain.values as readonly FactValue[]).includes(value))
      return [{ message: `${condition.fact} is never ${String(value)}`, path }]
    if (!reason || 'nl' in reason || !reason[String(value)])
      return [{ message: `no reason text for ${condition.fact} = ${String(value)}`, path }]
    return []
  })
}
