import { z } from 'zod/mini'
import { LIMITS } from '../rules/answers'
import { LOCALES, SCHOOL_FORMAT } from '../rules/vocabulary'
import { isRecord, jsonEntries, own, recordOf, type Preparation } from '../model'
import { migrate, STORAGE_VERSION } from './migrations'
import { repairPreparation, type Repair } from './repair'

export const STORAGE_KEY = 'oudergesprek'
/**
 * Where a tab keeps what it changed while the saved data belongs to a newer version of the app
 * (another tab loaded it, or the host served an older version again): one key per tab, in the
 * tab's own version, taken in by the version that can read it (see `Saver.writeDraft`).
 */
export const DRAFT_PREFIX = 'oudergesprek:draft:'
export { STORAGE_VERSION }

/** A text of at most `max` characters; anything else is dropped. */
const optionalText = (max: number) => z.catch(z.optional(z.string().check(z.maxLength(max))), undefined)

/** The teacher's choices that hold for every preparation; each falls back to its default alone. */
export const settingsSchema = z.object({
  locale: z.catch(z.enum(LOCALES), 'nl'),
  /** In the English UI, show the example sentences in Dutch: the conversation is often in Dutch. */
  dutchScripts: z.catch(z.boolean(), false),
  /** Used in the invitation, the report and the PDFs; asked once on the settings page. */
  teacherName: optionalText(LIMITS.name.max),
  schoolName: optionalText(LIMITS.name.max),
  defaultRoom: optionalText(LIMITS.room.max),
  /** How parents reach the teacher, each optional: for the invitation and the parent's PDF. */
  phone: optionalText(LIMITS.contact.max),
  email: optionalText(LIMITS.contact.max),
  /** Another way, said after "via": "de Parro-app". */
  otherContact: optionalText(LIMITS.contact.max),
})
export type Settings = z.infer<typeof settingsSchema>

/** The settings that say who the teacher is and how parents reach them (not how the app looks). */
export const TEACHER_DETAILS = ['teacherName', 'schoolName', 'defaultRoom', 'phone', 'email', 'otherContact'] as const
export type TeacherDetails = Pick<Settings, (typeof TEACHER_DETAILS)[number]>

/** The teacher's details in these settings, those filled in only. */
export function teacherDetails(settings: Partial<Settings>): TeacherDetails {
  return Object.fromEntries(
    TEACHER_DETAILS.flatMap((name) => (settings[name]?.trim() ? [[name, settings[name]]] : [])),
  ) as TeacherDetails
}
const DEFAULT_SETTINGS: Settings = { locale: 'nl', dutchScripts: false }

/**
 * A school's own version of the guidance, as it was saved or read from a backup. Only its kind is
 * checked here: `readSchoolGuidance` (src/rules/school.ts) checks it in full where it is used, so
 * its schema stays out of the first load. It was checked in full when the teacher took it.
 */
export type SavedSchoolGuidance = Readonly<Record<string, unknown>> & { readonly format: typeof SCHOOL_FORMAT }

/** A school's version, or null for anything else: a version of another kind is not kept. */
export function asSchoolGuidance(value: unknown): SavedSchoolGuidance | null {
  return isRecord(value) && value.format === SCHOOL_FORMAT ? (value as SavedSchoolGuidance) : null
}

/** The name of the school whose version this is, for the credit line ("Aangepast door …"). */
export function schoolNameOf(school: SavedSchoolGuidance | null): string | null {
  const name = (school?.school as { name?: unknown } | undefined)?.name
  return typeof name === 'string' && name.trim() !== '' ? name : null
}

/** Everything the app keeps on the device, under one key. */
export interface SavedState {
  preparations: Record<string, Preparation>
  settings: Settings
  /** The preparation opened or changed last, in any tab: where an old address without an id leads. */
  lastUsedId: string | null
  /**
   * The last writes, by a random id each: a tab whose write is missing here knows another tab
   * overwrote it without having seen it, and writes its change again.
   */
  writes: string[]
  /** The school's own version of the guidance the checklists are made with; null: the sheet as it is. */
  schoolGuidance: SavedSchoolGuidance | null
}

export function emptyState(): SavedState {
  return { preparations: {}, settings: DEFAULT_SETTINGS, lastUsedId: null, writes: [], schoolGuidance: null }
}

/** A preparation that could not be used at all, kept whole so it can be set aside. */
export interface Unusable {
  id: string
  value: unknown
}

/** What reading the saved data found. Only `empty` and `ok` let the app write to the main key. */
export type ReadOutcome =
  | { kind: 'empty' }
  | { kind: 'ok'; raw: string; state: SavedState; unusable: Unusable[]; repairs: Repair[]; changed: boolean }
  | { kind: 'newer'; raw: string; version: number }
  | { kind: 'unreadable'; raw: string }
  | { kind: 'failed' }

const envelopeSchema = z.object({ version: z.number(), state: z.unknown() })
// The preparations are checked one by one below, by their own entries: a record schema would
// drop an id such as "__proto__".
const stateSchema = z.object({
  preparations: z.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  ),
  settings: z.optional(z.unknown()),
  lastUsedId: z.optional(z.unknown()),
  writes: z.optional(z.unknown()),
  schoolGuidance: z.optional(z.unknown()),
})

/** Reads the main key: never throws, never writes. */
export function readSaved(storage: Storage, now: string): ReadOutcome {
  let raw: string | null
  try {
    raw = storage.getItem(STORAGE_KEY)
  } catch {
    return { kind: 'failed' }
  }
  if (raw === null) return { kind: 'empty' }
  return parseSaved(raw, now)
}

/** Parses saved text: migrates it, validates it, and repairs each preparation field by field. */
export function parseSaved(raw: string, now: string): ReadOutcome {
  let json: unknown
  try {
    json = JSON.parse(raw)
    // Stryker disable next-line BlockStatement: without this return, json stays undefined and the envelope check below returns the same
  } catch {
    return { kind: 'unreadable', raw }
  }
  const envelope = envelopeSchema.safeParse(json)
  if (!envelope.success) return { kind: 'unreadable', raw }
  const { version } = envelope.data
  if (Number.isInteger(version) && version > STORAGE_VERSION) return { kind: 'newer', raw, version }
  const migrated = migrate(envelope.data.state, version)
  const state = stateSchema.safeParse(migrated)
  // Also what migrate could not place (null): the state schema takes objects only.
  if (!state.success) return { kind: 'unreadable', raw }
  return { kind: 'ok', raw, ...restoreState(state.data, now), changed: version !== STORAGE_VERSION }
}

function restoreState(data: z.infer<typeof stateSchema>, now: string) {
  const kept: [string, Preparation][] = []
  const unusable: Unusable[] = []
  const repairs: Repair[] = []
  for (const [id, value] of jsonEntries(data.preparations)) {
    const result = repairPreparation(value, id, now)
    if (!result) unusable.push({ id, value })
    else {
      kept.push([id, result.preparation])
      if (result.repair) repairs.push(result.repair)
    }
  }
  const preparations = recordOf(kept)
  // An unknown language is not worth losing anything over: Dutch is the default.
  const settings = settingsSchema.safeParse(data.settings ?? {})
  const lastUsedId = typeof data.lastUsedId === 'string' && own(preparations, data.lastUsedId) ? data.lastUsedId : null
  const writes = z.array(z.string()).safeParse(data.writes)
  return {
    state: {
      preparations,
      settings: settings.success ? settings.data : DEFAULT_SETTINGS,
      lastUsedId,
      writes: writes.success ? writes.data : [],
      schoolGuidance: asSchoolGuidance(data.schoolGuidance),
    },
    unusable,
    repairs,
  }
}

/**
 * What this version can read of data a newer version wrote, to show it (it is never written back):
 * each preparation as far as it fits this version's shape; nothing when it is not even JSON.
 */
export function readNewer(raw: string, now: string): SavedState {
  try {
    const state = stateSchema.safeParse((JSON.parse(raw) as { state?: unknown } | null)?.state)
    return state.success ? { ...restoreState(state.data, now).state, writes: [] } : emptyState()
  } catch {
    return emptyState()
  }
}

// Each preparation's text, kept while it is the same object (changes make new ones): a write of
// years of conversations turns only what changed since the last write into text.
const texts = new WeakMap<Preparation, string>()

/** The text written to the main key: `{"version":…,"state":…}`, the preparations first. */
export function serialise({ preparations, ...rest }: SavedState): string {
  const entries = Object.entries(preparations).map(([id, p]) => {
    const text = texts.get(p) ?? JSON.stringify(p)
    texts.set(p, text)
    return `${JSON.stringify(id)}:${text}`
  })
  return `{"version":${STORAGE_VERSION},"state":{"preparations":{${entries}}${JSON.stringify(rest).replace('{', ',')}}`
}
