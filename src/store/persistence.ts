import { z } from 'zod'
import { LOCALES, type Locale } from '../rules'
import { preparationSchema, type Preparation } from '../model'

export const STORAGE_KEY = 'oudergesprek'
export const SET_ASIDE_PREFIX = 'oudergesprek:set-aside:'
export const STORAGE_VERSION = 2

export interface PersistedState {
  preparations: Record<string, Preparation>
  activeId: string | null
  locale: Locale
  /** In the English UI, show the example sentences in Dutch: the conversation is often in Dutch. */
  dutchScripts: boolean
}

const envelopeSchema = z.object({
  preparations: z.record(z.string(), z.unknown()),
  activeId: z.string().nullable(),
  locale: z.enum(LOCALES),
  // Added without a version step: data saved before it reads as false.
  dutchScripts: z.boolean().optional(),
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
  const { activeId, locale, dutchScripts = false } = envelope.data
  return {
    state: { preparations, activeId: activeId && preparations[activeId] ? activeId : null, locale, dutchScripts },
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
  return { preparations: {}, activeId: null, locale: 'nl', dutchScripts: false }
}
