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

/** 'sheet': one of the guidance sheet's own quoted sentences; 'suggestion': a sentence we wrote. */
export const ORIGINS = ['sheet', 'suggestion'] as const
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
