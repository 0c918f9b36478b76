import type { z } from 'zod/mini'
import { draftAnswersSchema } from '../rules/answers'
import {
  cardSchema,
  evaluationSchema,
  textsSchema,
  followUpSchema,
  preparationSchema,
  questionSchema,
  type Preparation,
} from '../model/preparation'
import { isRecord, own } from '../model/records'

/** The parts of a preparation that can be dropped on their own when unreadable. */
export const REPAIRABLE_PARTS = [
  'answers',
  'ticks',
  'notes',
  'questions',
  'evaluation',
  'followUp',
  'card',
  'texts',
  'status',
  'dates',
] as const
export type RepairablePart = (typeof REPAIRABLE_PARTS)[number]

/** What was dropped from one preparation to keep the rest, and the original as it was. */
export interface Repair {
  id: string
  childName: string | undefined
  parts: RepairablePart[]
  original: unknown
}

/**
 * A usable preparation from saved data: whole when it is valid, otherwise field by field, keeping
 * every part that is still readable. Null when the value is not a preparation at all.
 */
export function repairPreparation(
  value: unknown,
  id: string,
  now: string,
): { preparation: Preparation; repair: Repair | null } | null {
  const whole = preparationSchema.safeParse(value)
  if (whole.success && whole.data.id === id) return { preparation: whole.data, repair: null }
  if (!isRecord(value)) return null
  const dropped = new Set<RepairablePart>()
  const keep = <T>(part: RepairablePart, result: { value: T; lost: boolean }): T => {
    if (result.lost) dropped.add(part)
    return result.value
  }
  const date = (field: unknown) => keep('dates', typeof field === 'string' ? { value: field, lost: false } : lost(now))
  const flag = (field: unknown) =>
    keep('status', typeof field === 'boolean' ? { value: field, lost: false } : lost(false))
  const answers = keep('answers', fields(value.answers, draftAnswersSchema))
  const preparation: Preparation = {
    id,
    createdAt: date(value.createdAt),
    updatedAt: date(value.updatedAt),
    answers,
    ticks: keep(
      'ticks',
      entries(value.ticks, (tick) => tick === true),
    ) as Record<string, true>,
    notes: keep(
      'notes',
      entries(value.notes, (note) => typeof note === 'string'),
    ) as Record<string, string>,
    questions: keep('questions', list(value.questions, questionSchema)),
    evaluation: keep('evaluation', fields(value.evaluation, evaluationSchema)),
    followUp: keep('followUp', fields(value.followUp, followUpSchema)),
    card: keep('card', fields(value.card, cardSchema)),
    texts: keep('texts', fields(value.texts, textsSchema)),
    held: flag(value.held),
    finished: flag(value.finished),
    ...series(value),
  }
  const childName = typeof answers.childName === 'string' ? answers.childName : undefined
  const parts = REPAIRABLE_PARTS.filter((part) => dropped.has(part))
  // An id that differs from its key is mended without a word: nothing the teacher wrote is lost.
  return { preparation, repair: parts.length > 0 ? { id, childName, parts, original: value } : null }
}

const lost = <T>(value: T) => ({ value, lost: true })

/** The link to the conversation this one follows up, and what was agreed then, when readable. */
function series(value: Record<string, unknown>): Pick<Preparation, 'followsId' | 'carriedAgreements'> {
  const { followsId, carriedAgreements } = preparationSchema.shape
  const link = followsId.safeParse(value.followsId)
  const agreements = carriedAgreements.safeParse(value.carriedAgreements)
  return {
    ...(link.success && link.data !== undefined ? { followsId: link.data } : {}),
    ...(agreements.success && agreements.data !== undefined ? { carriedAgreements: agreements.data } : {}),
  }
}

/** The fields of an object schema that parse on their own. */
function fields<S extends z.ZodMiniObject>(value: unknown, schema: S): { value: z.infer<S>; lost: boolean } {
  if (!isRecord(value)) return lost({} as z.infer<S>)
  const kept: Record<string, unknown> = {}
  let dropped = false
  for (const [key, field] of Object.entries(value)) {
    const fieldSchema = own(schema.shape as Record<string, z.ZodMiniType>, key)
    const parsed = fieldSchema?.safeParse(field)
    if (parsed?.success) {
      if (parsed.data !== undefined) kept[key] = parsed.data
    } else dropped = true
  }
  return { value: kept as z.infer<S>, lost: dropped }
}

/** The entries of a record whose value passes. */
function entries(
  value: unknown,
  valid: (entry: unknown) => boolean,
): { value: Record<string, unknown>; lost: boolean } {
  if (!isRecord(value)) return lost({})
  const kept = Object.entries(value).filter(([, entry]) => valid(entry))
  return { value: Object.fromEntries(kept), lost: kept.length !== Object.keys(value).length }
}

/** The items of a list that parse. */
function list<T>(value: unknown, schema: z.ZodMiniType<T>): { value: T[]; lost: boolean } {
  if (!Array.isArray(value)) return lost([])
  const kept = value.flatMap((item) => {
    const parsed = schema.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
  return { value: kept, lost: kept.length !== value.length }
}
