import { z } from 'zod/mini'
import { preparationSchema, type Preparation } from '../model/preparation'
import { jsonEntries } from '../model/records'
import { migrate, STORAGE_VERSION } from './migrations'
import {
  asSchoolGuidance,
  parseSaved,
  settingsSchema,
  teacherDetails,
  TEACHER_DETAILS,
  type SavedSchoolGuidance,
  type SavedState,
  type TeacherDetails,
} from './persistence'
import { repairPreparation } from './repair'

export const BACKUP_FORMAT = 'oudergesprek-backup'

/**
 * A backup of every preparation, the settings and the school's version of the guidance: versioned
 * like the saved data, so it migrates the same way.
 */
export function makeBackup(state: SavedState, exportedAt: string): string {
  const { preparations, settings, schoolGuidance } = state
  return JSON.stringify(
    { format: BACKUP_FORMAT, version: STORAGE_VERSION, exportedAt, state: { preparations, settings, schoolGuidance } },
    null,
    2,
  )
}

export type BackupProblem = 'not-json' | 'not-backup' | 'newer' | 'invalid'
export type BackupReading =
  | {
      ok: true
      preparations: Preparation[]
      details: TeacherDetails
      exportedAt: string | null
      /** The school's version of the guidance in the file (checked in full when it is taken); none in older backups. */
      school: SavedSchoolGuidance | null
    }
  | { ok: false; problem: BackupProblem }

const fileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.int().check(z.gte(1)),
  exportedAt: z.optional(z.string()),
  state: z.unknown(),
})

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
  const state = migrate(file.data.state, file.data.version) as {
    preparations?: unknown
    settings?: unknown
    schoolGuidance?: unknown
  } | null
  const settings = settingsSchema.safeParse(state?.settings ?? {})
  if (!settings.success) return { ok: false, problem: 'invalid' }
  const raw = state?.preparations
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problem: 'invalid' }
  // One by one, by the file's own entries: an id such as "__proto__" is an id like any other.
  const preparations: Preparation[] = []
  for (const [id, value] of jsonEntries(raw)) {
    const parsed = preparationSchema.safeParse(value)
    if (!parsed.success || parsed.data.id !== id) return { ok: false, problem: 'invalid' }
    preparations.push(parsed.data)
  }
  return {
    ok: true,
    preparations,
    details: teacherDetails(settings.data),
    exportedAt: file.data.exportedAt ?? null,
    school: asSchoolGuidance(state?.schoolGuidance),
  }
}

/**
 * Reads a backup, or a copy the recovery page gave: the saved data as it was found (a whole store,
 * perhaps from a newer version of the app that this one now understands) or one preparation. Such
 * a copy was set aside because something in it was wrong, so it is repaired the way saved data is
 * (what cannot be used is left out); a backup file is still refused whole when anything is wrong.
 */
export function readBackupOrCopy(text: string, now: string): BackupReading {
  const reading = readBackup(text)
  if (reading.ok || reading.problem !== 'not-backup') return reading
  const saved = parseSaved(text, now)
  if (saved.kind === 'ok') {
    const { preparations, settings, schoolGuidance } = saved.state
    return {
      ok: true,
      preparations: Object.values(preparations),
      details: teacherDetails(settings),
      exportedAt: null,
      school: schoolGuidance,
    }
  }
  if (saved.kind === 'newer') return { ok: false, problem: 'newer' }
  const one = onePreparation(text, now)
  return one ? { ok: true, preparations: [one], details: {}, exportedAt: null, school: null } : reading
}

/** One preparation: an object with an id and answers; anything else is not such a copy. */
function onePreparation(text: string, now: string): Preparation | null {
  const value: unknown = JSON.parse(text)
  if (typeof value !== 'object' || value === null || !('id' in value) || !('answers' in value)) return null
  const { id, answers } = value
  const looksLikeOne = typeof id === 'string' && typeof answers === 'object' && answers !== null
  return looksLikeOne ? (repairPreparation(value, id, now)?.preparation ?? null) : null
}

/**
 * What reading back would do to the teacher's details: nothing when the file has none or the same;
 * take them when this device has none; ask first when this device has others.
 */
export type DetailsPlan =
  | { kind: 'none' | 'same' }
  | { kind: 'new'; incoming: TeacherDetails }
  | { kind: 'different'; incoming: TeacherDetails; here: TeacherDetails }

/**
 * What reading back would do to the school's version of the guidance: nothing when the file has
 * none or the same; take it when this device has none; ask first when this device has another.
 */
export type SchoolPlan =
  | { kind: 'none' | 'same' }
  | { kind: 'new'; incoming: SavedSchoolGuidance }
  | { kind: 'different'; incoming: SavedSchoolGuidance; here: SavedSchoolGuidance }

export function planSchool(here: SavedSchoolGuidance | null, incoming: SavedSchoolGuidance | null): SchoolPlan {
  if (!incoming) return { kind: 'none' }
  if (!here) return { kind: 'new', incoming }
  return JSON.stringify(here) === JSON.stringify(incoming) ? { kind: 'same' } : { kind: 'different', incoming, here }
}

export function planDetails(here: TeacherDetails, incoming: TeacherDetails): DetailsPlan {
  const filled = (details: TeacherDetails) => TEACHER_DETAILS.some((name) => details[name] !== undefined)
  if (!filled(incoming)) return { kind: 'none' }
  if (TEACHER_DETAILS.every((name) => here[name] === incoming[name])) return { kind: 'same' }
  return filled(here) ? { kind: 'different', incoming, here } : { kind: 'new', incoming }
}
