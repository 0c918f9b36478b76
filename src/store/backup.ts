import { z } from 'zod/mini'
import { preparationSchema, type Preparation } from '../model/preparation'
import { migrate, STORAGE_VERSION } from './migrations'
import type { SavedState } from './persistence'

export const BACKUP_FORMAT = 'oudergesprek-backup'

/** A backup of every preparation: versioned like the saved data, so it migrates the same way. */
export function makeBackup(state: SavedState, exportedAt: string): string {
  const { preparations, settings } = state
  return JSON.stringify(
    { format: BACKUP_FORMAT, version: STORAGE_VERSION, exportedAt, state: { preparations, settings } },
    null,
    2,
  )
}

export type BackupProblem = 'not-json' | 'not-backup' | 'newer' | 'invalid'
export type BackupReading =
  { ok: true; preparations: Preparation[]; exportedAt: string | null } | { ok: false; problem: BackupProblem }

const fileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.int().check(z.gte(1)),
  exportedAt: z.optional(z.string()),
  state: z.unknown(),
})
const stateSchema = z.object({ preparations: z.record(z.string(), preparationSchema) })

/**
 * Reads a backup file. Unlike saved data it is never repaired: a file with anything wrong in it
 * is refused whole, so reading it back can never change a preparation halfway.
 */
export function readBackup(text: string): BackupReading {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'not-json' }
  }
  const file = fileSchema.safeParse(json)
  if (!file.success) return { ok: false, problem: 'not-backup' }
  if (file.data.version > STORAGE_VERSION) return { ok: false, problem: 'newer' }
  const state = stateSchema.safeParse(migrate(file.data.state, file.data.version))
  if (!state.success) return { ok: false, problem: 'invalid' }
  const entries = Object.entries(state.data.preparations)
  if (entries.some(([id, preparation]) => preparation.id !== id)) return { ok: false, problem: 'invalid' }
  return { ok: true, preparations: entries.map(([, p]) => p), exportedAt: file.data.exportedAt ?? null }
}

/** What reading a backup back would do: never replace a copy here that is as new or newer. */
export interface ImportPlan {
  added: Preparation[]
  updated: Preparation[]
  kept: Preparation[]
}

export function planImport(existing: Record<string, Preparation>, incoming: Preparation[]): ImportPlan {
  const plan: ImportPlan = { added: [], updated: [], kept: [] }
  for (const preparation of incoming) {
    const here = existing[preparation.id]
    if (!here) plan.added.push(preparation)
    else if (here.updatedAt < preparation.updatedAt) plan.updated.push(preparation)
    else plan.kept.push(preparation)
  }
  return plan
}
