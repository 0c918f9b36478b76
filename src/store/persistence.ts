import { z } from 'zod'
import { draftAnswersSchema, LIMITS, LOCALES, type Locale } from '../rules'

export const STORAGE_KEY = 'oudergesprek'
export const SET_ASIDE_PREFIX = 'oudergesprek:set-aside:'
export const STORAGE_VERSION = 2

export const RATINGS = ['good', 'mixed', 'difficult'] as const
export type Rating = (typeof RATINGS)[number]

/** A question the teacher promised to come back to (during.answer-later). */
export const questionSchema = z.object({ id: z.string().min(1), text: z.string().min(1), done: z.boolean() })
export type Question = z.infer<typeof questionSchema>

/** How the conversation went (after.evaluate-together); free texts are the teacher's own notes. */
export const evaluationSchema = z.object({
  rating: z.enum(RATINGS).optional(),
  /** Only asked when it was not known beforehand whether the buddy would come. */
  buddyCame: z.boolean().optional(),
  parent: z.string().optional(),
  buddy: z.string().optional(),
  teacher: z.string().optional(),
  agreements: z.string().optional(),
})
export type Evaluation = z.infer<typeof evaluationSchema>

/** The next appointment (after.next-appointment): `YYYY-MM-DDTHH:MM`, length, with the buddy or not. */
export const followUpSchema = z.object({
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
    .optional(),
  minutes: z.number().int().min(LIMITS.minutes.min).max(LIMITS.minutes.max).optional(),
  withBuddy: z.boolean().optional(),
})
export type FollowUp = z.infer<typeof followUpSchema>

export const preparationSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  answers: draftAnswersSchema,
  /** Ticked item ids. Ticks of items that no longer apply are kept, in case they apply again. */
  ticks: z.record(z.string(), z.literal(true)),
  notes: z.record(z.string(), z.string()),
  questions: z.array(questionSchema),
  evaluation: evaluationSchema,
  followUp: followUpSchema,
  /** Marked by the teacher; a conversation whose date has passed counts as held too. */
  held: z.boolean(),
  finished: z.boolean(),
})

export type Preparation = z.infer<typeof preparationSchema>

export interface PersistedState {
  preparations: Record<string, Preparation>
  activeId: string | null
  locale: Locale
}

const envelopeSchema = z.object({
  preparations: z.record(z.string(), z.unknown()),
  activeId: z.string().nullable(),
  locale: z.enum(LOCALES),
})

export interface Restored {
  state: PersistedState
  /** Keys under which unreadable data was set aside, for the notice to the teacher. */
  setAside: string[]
}

/** Keeps unreadable data under a key of its own, so nothing the teacher wrote is lost. */
export function setAside(storage: Storage, value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  let key = `${SET_ASIDE_PREFIX}${new Date().toISOString()}`
  for (let n = 2; storage.getItem(key) !== null; n++) key = `${SET_ASIDE_PREFIX}${new Date().toISOString()}-${n}`
  storage.setItem(key, text)
  return key
}

/**
 * Validates saved state after migration: every good preparation is kept, every bad one is set
 * aside on its own; when the whole envelope is unreadable it is set aside whole.
 */
export function restore(saved: unknown, storage: Storage): Restored | null {
  if (saved === undefined || saved === null) return null
  const envelope = envelopeSchema.safeParse(saved)
  if (!envelope.success) return { state: emptyState(), setAside: [setAside(storage, saved)] }
  const preparations: Record<string, Preparation> = {}
  const aside: string[] = []
  for (const [id, value] of Object.entries(envelope.data.preparations)) {
    const parsed = preparationSchema.safeParse(value)
    if (parsed.success && parsed.data.id === id) preparations[id] = parsed.data
    else aside.push(setAside(storage, value))
  }
  const { activeId, locale } = envelope.data
  return {
    state: { preparations, activeId: activeId && preparations[activeId] ? activeId : null, locale },
    setAside: aside,
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** Migrations from each older version to the next; version 1 is the first. */
const MIGRATIONS: Record<number, (state: unknown) => unknown> = {
  // 2 added the after-the-conversation part of a preparation.
  1: (state) => {
    if (!isRecord(state) || !isRecord(state.preparations)) return state
    const preparations = Object.fromEntries(
      Object.entries(state.preparations).map(([id, p]) => [
        id,
        isRecord(p) ? { questions: [], evaluation: {}, followUp: {}, held: false, finished: false, ...p } : p,
      ]),
    )
    return { ...state, preparations }
  },
}

/** Brings saved state up to the current version; unknown versions come back as null. */
export function migrate(state: unknown, version: number): unknown {
  if (!Number.isInteger(version) || version > STORAGE_VERSION || version < 1)
    return { unreadableVersion: version, state }
  let current = state
  for (let v = version; v < STORAGE_VERSION; v++) {
    const step = MIGRATIONS[v]
    if (!step) return { unreadableVersion: version, state }
    current = step(current)
  }
  return current
}

export function emptyState(): PersistedState {
  return { preparations: {}, activeId: null, locale: 'nl' }
}
