import { z } from 'zod'
import { FACT_DOMAINS, FACT_NAMES, type FactName, type FactValue } from './facts'

export const LOCALES = ['nl', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const PHASES = ['before', 'during', 'after'] as const
export type Phase = (typeof PHASES)[number]

/** A condition on the facts, as written in guidance-data. */
export type Condition =
  | { fact: FactName; in: FactValue[] }
  | { fact: FactName; atLeast: number }
  | { all: Condition[] }
  | { any: Condition[] }

const factName = z.enum(FACT_NAMES as [FactName, ...FactName[]])
const factValue = z.union([z.string(), z.number(), z.boolean()])

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: factName, in: z.array(factValue).min(1) }),
    z.strictObject({ fact: factName, atLeast: z.number() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
  ]),
)

const text = z.strictObject({ nl: z.string().min(1), en: z.string().min(1) })
const sentence = z.string().min(1)

const itemSchema = z.strictObject({
  id: z.string().regex(/^(before|during|after)\.[a-z-]+$/),
  phase: z.enum(PHASES),
  when: conditionSchema.optional(),
  title: text,
  text,
  variants: z.array(z.strictObject({ when: conditionSchema, text })).optional(),
  scripts: z.strictObject({
    nl: z.strictObject({ u: z.array(sentence), je: z.array(sentence) }),
    en: z.array(sentence),
  }),
})

export const guidanceSchema = z
  .strictObject({
    version: z.literal(1),
    title: text,
    introduction: text,
    acknowledgement: text,
    childFallback: text,
    numberWords: z.strictObject({ nl: z.array(sentence), en: z.array(sentence) }),
    timeBuffer: z.strictObject({
      item: z.string(),
      percent: z.number().positive(),
      roundUpTo: z.number().int().positive(),
      minimum: z.number().int().nonnegative(),
    }),
    reasons: z.strictObject({
      always: text,
      facts: z.partialRecord(factName, z.union([text, z.record(z.string(), text)])),
    }),
    items: z.array(itemSchema).min(1),
  })
  .superRefine((guidance, ctx) => {
    for (const problem of crossReferenceProblems(guidance)) ctx.addIssue({ code: 'custom', ...problem })
  })

export type Guidance = z.infer<typeof guidanceSchema>
export type GuidanceItem = Guidance['items'][number]
type Problem = { message: string; path: (string | number)[] }

/** Everything in the data that points at something else, checked: facts, values, reasons, order. */
export function crossReferenceProblems(guidance: Omit<Guidance, never>): Problem[] {
  const problems: Problem[] = []
  const ids = new Set<string>()
  let lastPhase = 0
  guidance.items.forEach((item, index) => {
    const path = ['items', index]
    if (ids.has(item.id)) problems.push({ message: `duplicate id ${item.id}`, path })
    ids.add(item.id)
    if (!item.id.startsWith(`${item.phase}.`))
      problems.push({ message: `id ${item.id} is not in phase ${item.phase}`, path })
    const phaseIndex = PHASES.indexOf(item.phase)
    if (phaseIndex < lastPhase) problems.push({ message: `${item.id} is out of phase order`, path })
    lastPhase = phaseIndex
    if (item.scripts.nl.u.length !== item.scripts.nl.je.length || item.scripts.nl.u.length !== item.scripts.en.length)
      problems.push({ message: `${item.id} has a different number of scripts per language or form`, path })
    const conditions = [item.when, ...(item.variants ?? []).map((v) => v.when)]
    for (const condition of conditions) {
      if (condition) problems.push(...conditionProblems(condition, guidance.reasons.facts, path))
    }
  })
  if (!ids.has(guidance.timeBuffer.item))
    problems.push({
      message: `timeBuffer.item ${guidance.timeBuffer.item} is not an item`,
      path: ['timeBuffer', 'item'],
    })
  return problems
}

type ReasonTexts = Guidance['reasons']['facts']

function conditionProblems(condition: Condition, reasons: ReasonTexts, path: Problem['path']): Problem[] {
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
