/** The words the guidance data is written in: languages, phases, who is spoken to, where a sentence comes from. */
export const LOCALES = ['nl', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const PHASES = ['before', 'during', 'after'] as const
export type Phase = (typeof PHASES)[number]

/**
 * Who an example sentence speaks to: the parent or parents, the buddy, or everyone the teacher
 * talks with (the parents and, when in the room, the buddy).
 */
export const AUDIENCES = ['parents', 'buddy', 'everyone'] as const
export type Audience = (typeof AUDIENCES)[number]

/**
 * 'sheet': one of the guidance sheet's own quoted sentences; 'suggestion': a sentence we wrote;
 * 'school': a school's own wording in its version of the guidance (never in guidance-data).
 */
export const ORIGINS = ['sheet', 'suggestion', 'school'] as const
export type Origin = (typeof ORIGINS)[number]

/** What texts in the data may fill in with `{name}`. */
export const PLACEHOLDERS = [
  'child',
  'chairs',
  'peopleWord',
  'parentWord',
  'parentName',
  'expectedMinutes',
  'bufferMinutes',
  'plannedMinutes',
  'suggestedMinutes',
] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]

/**
 * A school's local details, named in its version of the guidance and filled into its texts as
 * `{name}`: who the buddy's contact person is, which tolkdienst the school calls and its number,
 * the app the school uses to reach parents.
 */
export const SCHOOL_DETAILS = ['buddyContact', 'interpreterService', 'interpreterPhone', 'parentApp'] as const
export type SchoolDetail = (typeof SCHOOL_DETAILS)[number]

/** The `format` of a file holding a school's version of the guidance. */
export const SCHOOL_FORMAT = 'oudergesprek-handreiking-school'
