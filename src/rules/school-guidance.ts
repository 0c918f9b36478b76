import type { Guidance } from './guidance-schema'
import { applySchoolGuidance } from './school-apply'
import { schoolCrossProblems } from './school-checks'
import { FILE_SAYS, problem, type SchoolProblem } from './school-messages'
import { conditionProblems, issueProblems, itemKeyProblems } from './school-problems'
import { SCHOOL_FORMAT_VERSION, schoolGuidanceSchema, type SchoolGuidance } from './school-schema'
import { SCHOOL_FORMAT } from './vocabulary'
import { isRecord } from './json-values'

/**
 * A school's version of the guidance, read: accepted with the guidance it makes, or refused with
 * every problem found, each in Dutch and English and naming the item and the field.
 */
export type SchoolReading =
  { ok: true; school: SchoolGuidance; guidance: Guidance } | { ok: false; problems: SchoolProblem[] }

const refused = (problems: SchoolProblem[]): SchoolReading => ({ ok: false, problems: unique(problems) })

/**
 * Checks a school's version (data read from JSON) against the file's schema and the cross-checks
 * (sheet items and sentences that exist, conditions on known facts and values, known
 * placeholders, filled-in details, no id twice). What an accepted version makes passes the schema
 * the build checks guidance-data with: the tests hold it to that. Never throws.
 */
export function readSchoolGuidance(data: unknown, original: Guidance): SchoolReading {
  if (!isRecord(data) || data.format !== SCHOOL_FORMAT)
    return refused([problem(null, null, FILE_SAYS.notSchoolFile(SCHOOL_FORMAT))])
  const { formatVersion } = data
  if (typeof formatVersion === 'number' && formatVersion > SCHOOL_FORMAT_VERSION)
    return refused([problem(null, null, FILE_SAYS.newer())])
  const conditions = conditionsIn(data).flatMap(([path, value]) => conditionProblems(value, path, data, original))
  const keys = itemKeyProblems(data, original)
  const parsed = schoolGuidanceSchema.safeParse(data)
  if (!parsed.success) {
    const outsideConditions = parsed.error.issues.filter((issue) => !issue.path.includes('when'))
    return refused([...keys, ...outsideConditions.flatMap((issue) => issueProblems(issue, data)), ...conditions])
  }
  const problems = [...keys, ...conditions, ...schoolCrossProblems(parsed.data, original)]
  if (problems.length > 0) return refused(problems)
  return { ok: true, school: parsed.data, guidance: applySchoolGuidance(original, parsed.data) }
}

/** Reads a school's version from a file's text: `readSchoolGuidance`, after checking it is JSON. */
export function readSchoolFile(text: string, original: Guidance): SchoolReading {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return refused([problem(null, null, FILE_SAYS.notJson())])
  }
  return readSchoolGuidance(data, original)
}

/** The text of the file a school shares: the version as JSON, readable and stable. */
export function schoolFileText(school: SchoolGuidance): string {
  return `${JSON.stringify(school, null, 2)}\n`
}

/** The `when` of each of the school's own items, with where it is in the file. */
function conditionsIn(data: Record<string, unknown>): [(string | number)[], unknown][] {
  const { added } = data
  if (!Array.isArray(added)) return []
  return added.flatMap((item: unknown, index) =>
    isRecord(item) && Object.hasOwn(item, 'when')
      ? [[['added', index, 'when'], item.when] as [(string | number)[], unknown]]
      : [],
  )
}

const unique = (problems: SchoolProblem[]) =>
  problems.filter((p, index) => problems.findIndex((other) => other.message.nl === p.message.nl) === index)
