import { z } from 'zod/mini'
import { conditionSchema } from './condition-schema'
import { AUDIENCES, PHASES, SCHOOL_DETAILS, SCHOOL_FORMAT, type SchoolDetail } from './vocabulary'

/**
 * A school's own version of the guidance, as one file: what it hides, what it says in its own
 * words, the items it adds, and its local details. Everything else stays the sheet's. Read with
 * `readSchoolGuidance` (school-guidance.ts), which adds the cross-checks to this schema.
 */

/** How long each kind of text may be, in characters. */
export const SCHOOL_LIMITS = { name: 80, title: 120, text: 1200, sentence: 400, detail: 120, added: 40 }

/** The one version of this file format there is; a later app may read older ones. */
export const SCHOOL_FORMAT_VERSION = 1

const NOT_BLANK = /\S/
/** A day as YYYY-MM-DD (without `z.iso`, whose code would join the first load's copy of zod). */
const DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/
const line = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), z.regex(NOT_BLANK))

/** A local detail: a plain value filled into texts, so it holds no `{placeholder}` of its own. */
const detail = z.string().check(z.minLength(1), z.maxLength(SCHOOL_LIMITS.detail), z.regex(/^[^{}]*\S[^{}]*$/))

/**
 * An example sentence in the school's words, in Dutch: `u` to one parent (and, when no other
 * form is given, in every form), `je` to one parent addressed informally, `jullie` to two or more
 * addressed informally, `en` for the English screens. To the buddy a sentence has no `jullie`.
 */
export const schoolExampleSchema = z.strictObject({
  audience: z.optional(z.enum(AUDIENCES)),
  u: line(SCHOOL_LIMITS.sentence),
  je: z.optional(line(SCHOOL_LIMITS.sentence)),
  jullie: z.optional(line(SCHOOL_LIMITS.sentence)),
  en: z.optional(line(SCHOOL_LIMITS.sentence)),
})

/**
 * What the school changes in one item of the sheet: hide it, or give its title, text or example
 * sentences in its own words. `examples` names a sentence by its number in `sentencesOf(item)`,
 * counting from 1. Texts are Dutch; `titleEn`/`textEn` are for the English screens (else the Dutch).
 */
export const itemChangeSchema = z.strictObject({
  hidden: z.optional(z.literal(true)),
  title: z.optional(line(SCHOOL_LIMITS.title)),
  titleEn: z.optional(line(SCHOOL_LIMITS.title)),
  text: z.optional(line(SCHOOL_LIMITS.text)),
  textEn: z.optional(line(SCHOOL_LIMITS.text)),
  examples: z.optional(z.record(z.string().check(z.regex(/^[1-9][0-9]?$/)), schoolExampleSchema)),
})

/** An item of the school's own, at the end of its phase; `when` in the guidance's own condition language. */
export const addedItemSchema = z.strictObject({
  id: z.string().check(z.regex(/^school\.[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(60)),
  phase: z.enum(PHASES),
  title: line(SCHOOL_LIMITS.title),
  titleEn: z.optional(line(SCHOOL_LIMITS.title)),
  text: line(SCHOOL_LIMITS.text),
  textEn: z.optional(line(SCHOOL_LIMITS.text)),
  examples: z.optional(z.array(schoolExampleSchema).check(z.maxLength(10))),
  when: z.optional(conditionSchema),
})

const detailsShape = Object.fromEntries(SCHOOL_DETAILS.map((name) => [name, z.optional(detail)])) as Record<
  SchoolDetail,
  z.ZodMiniOptional<typeof detail>
>

export const schoolGuidanceSchema = z.strictObject({
  /** Where an editor finds the JSON Schema, for completion and checks while typing; the app ignores it. */
  $schema: z.optional(z.string()),
  format: z.literal(SCHOOL_FORMAT),
  formatVersion: z.literal(SCHOOL_FORMAT_VERSION),
  school: z.strictObject({ name: line(SCHOOL_LIMITS.name) }),
  /** The school's own count of its versions: 1, 2, 3, … */
  version: z.int().check(z.gte(1), z.lte(9999)),
  /** The day this version was made, as YYYY-MM-DD. */
  date: z.string().check(z.regex(DAY)),
  details: z.optional(z.strictObject(detailsShape)),
  /** By the sheet item's id; a key that is no id (such as `__proto__`) is refused before it is kept. */
  items: z.optional(z.record(z.string().check(z.regex(/^(?:before|during|after)\.[a-z-]+$/)), itemChangeSchema)),
  added: z.optional(z.array(addedItemSchema).check(z.maxLength(SCHOOL_LIMITS.added))),
})

export type SchoolGuidance = z.infer<typeof schoolGuidanceSchema>
export type SchoolExample = z.infer<typeof schoolExampleSchema>
export type ItemChange = z.infer<typeof itemChangeSchema>
export type AddedItem = z.infer<typeof addedItemSchema>
export type SchoolDetails = NonNullable<SchoolGuidance['details']>
