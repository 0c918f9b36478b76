import { z } from 'zod/mini'

export const SET_ASIDE_PREFIX = 'oudergesprek:set-aside:'

/**
 * Why data was set aside: the whole store was unreadable, one preparation was, or part of one; or a
 * preparation as it was before a file read back was merged into it.
 */
export const SET_ASIDE_REASONS = ['unreadable', 'unusable', 'repaired', 'replaced'] as const
export type SetAsideReason = (typeof SET_ASIDE_REASONS)[number]

export interface SetAsideEntry {
  key: string
  reason: SetAsideReason | null
  /** When it was set aside, ISO; null for copies made by the first versions, which kept no date. */
  at: string | null
  /** The data exactly as it was found. */
  data: string
}

const recordSchema = z.object({
  format: z.literal('oudergesprek-set-aside'),
  reason: z.enum(SET_ASIDE_REASONS),
  at: z.string(),
  data: z.string(),
})

/** A short fingerprint of a text (53-bit FNV-style mix), so the same data gets the same key. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

/**
 * Copies data aside under a key of its own, made from its content: the same data found again on
 * the next load is kept once. Throws when the browser refuses to store it (storage full).
 */
export function setAside(storage: Storage, text: string, reason: SetAsideReason, now: string): string {
  const base = `${SET_ASIDE_PREFIX}${fingerprint(text)}`
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`
    const existing = storage.getItem(key)
    if (existing !== null && readEntry(key, existing).data === text) return key
    if (existing === null) {
      storage.setItem(key, JSON.stringify({ format: 'oudergesprek-set-aside', reason, at: now, data: text }))
      return key
    }
  }
}

function readEntry(key: string, stored: string): SetAsideEntry {
  let json: unknown = null
  try {
    json = JSON.parse(stored)
  } catch {
    // A copy made by the first versions: the data itself.
  }
  const record = recordSchema.safeParse(json)
  if (record.success) return { key, reason: record.data.reason, at: record.data.at, data: record.data.data }
  const legacyDate = /\d{4}-\d{2}-\d{2}T[\d:.]+Z/.exec(key)?.[0] ?? null
  return { key, reason: null, at: legacyDate, data: stored }
}

/** Everything set aside on this device, newest first. */
export function listSetAside(storage: Storage): SetAsideEntry[] {
  const entries: SetAsideEntry[] = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    const stored = key?.startsWith(SET_ASIDE_PREFIX) ? storage.getItem(key) : null
    if (key && stored !== null) entries.push(readEntry(key, stored))
  }
  return entries.sort((a, b) => (b.at ?? '').localeCompare(a.at ?? '') || a.key.localeCompare(b.key))
}
