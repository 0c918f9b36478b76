/**
 * A school's own version of the guidance: the public entry for the screens that read, edit, show
 * and share it. Load it with `import('../rules/school')` where a file is read or the editor opens:
 * its schema is not part of the first load.
 *
 * - `readSchoolFile(text, guidance)` / `readSchoolGuidance(data, guidance)`: check a version (never
 *   throws); `{ ok: true, school, guidance }` gives the guidance to build with, `{ ok: false,
 *   problems }` every problem in Dutch and English, naming the item and the field.
 * - `applySchoolGuidance(guidance, school)`: the guidance with the school's changes (for a version
 *   already read); `buildChecklist(answers, { guidance })` and `buildCard` take it.
 * - `newSchoolGuidance(name, date)`, `schoolFileText(school)`: start a version, write its file.
 * - `sentencesOf(item)`: an item's example sentences as `items[id].examples` numbers them (from 1).
 * - `explainableFacts(guidance)` with `FACT_DOMAINS`: the facts and values a condition may choose.
 */
import { SCHOOL_FORMAT } from './vocabulary'
import { SCHOOL_FORMAT_VERSION, type SchoolGuidance } from './school-schema'

export { applySchoolGuidance, sentencesOf } from './school-apply'
export { readSchoolFile, readSchoolGuidance, schoolFileText, type SchoolReading } from './school-guidance'
export { SCHOOL_PLACEHOLDERS } from './school-checks'
export { explainableFacts } from './school-problems'
export type { SchoolProblem } from './school-messages'
export {
  schoolGuidanceSchema,
  SCHOOL_LIMITS,
  type SchoolGuidance,
  type SchoolExample,
  type ItemChange,
  type AddedItem,
  type SchoolDetails,
} from './school-schema'
export { FACT_DOMAINS, type FactName } from './facts'
export { SCHOOL_DETAILS, SCHOOL_FORMAT, type SchoolDetail } from './vocabulary'

/** A school's version that changes nothing yet: the start of the editor. `date` as YYYY-MM-DD. */
export function newSchoolGuidance(name: string, date: string): SchoolGuidance {
  return { format: SCHOOL_FORMAT, formatVersion: SCHOOL_FORMAT_VERSION, school: { name }, version: 1, date }
}
