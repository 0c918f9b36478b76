import type { z } from 'zod/mini'
import { FACT_DOMAINS, FACT_NAMES, type FactName } from './facts'
import type { Guidance } from './guidance-schema'
import { SAYS, problem, type SchoolProblem } from './school-messages'
import { isRecord } from './json-values'

type Path = readonly PropertyKey[]
type Issue = z.core.$ZodIssue

/** The value at a path in data read from JSON, or undefined. */
function at(data: unknown, path: Path): unknown {
  let value = data
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/**
 * Which item a path is in, and the field inside it: `items.<id>.text` is the field `text` of that
 * sheet item, `added.<n>.when` the field `when` of the school's item with that id (or, when it has
 * no usable id, the field `added.<n>.when` of the file).
 */
export function locate(data: unknown, path: Path): { item: string | null; field: string | null } {
  const join = (keys: Path) => (keys.length > 0 ? keys.map(String).join('.') : null)
  if (path[0] === 'items' && path.length >= 2) return { item: String(path[1]), field: join(path.slice(2)) }
  if (path[0] === 'added' && path.length >= 2) {
    const id = at(data, ['added', path[1]!, 'id'])
    const named = typeof id === 'string' && id.trim() !== '' && id.length <= 60
    return named ? { item: id, field: join(path.slice(2)) } : { item: null, field: join(path) }
  }
  return { item: null, field: join(path) }
}

/** One zod issue of the file's schema, in words; issues inside a `when` are left to `conditionProblems`. */
export function issueProblems(issue: Issue, data: unknown): SchoolProblem[] {
  const here = (path: Path, says: Record<'nl' | 'en', string>) => {
    const { item, field } = locate(data, path)
    return problem(item, field, says)
  }
  const path = issue.path
  const last = path[path.length - 1]
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => here([...path, key], SAYS.unknownField()))
    case 'invalid_type': {
      if (at(data, path) === undefined) return [here(path, SAYS.missing())]
      const kinds: Record<string, () => Record<'nl' | 'en', string>> = {
        string: SAYS.notText,
        int: SAYS.notNumber,
        number: SAYS.notNumber,
        array: SAYS.notList,
        object: SAYS.notGroup,
        record: SAYS.notGroup,
      }
      return [here(path, (kinds[issue.expected] ?? SAYS.wrongKind)())]
    }
    case 'too_small':
      if (issue.origin === 'string') return [here(path, SAYS.empty())]
      if (issue.origin === 'array') return [here(path, SAYS.emptyList())]
      return [here(path, SAYS.tooSmall(Number(issue.minimum)))]
    case 'too_big':
      if (issue.origin === 'string') return [here(path, SAYS.tooLong(Number(issue.maximum)))]
      if (issue.origin === 'array') return [here(path, SAYS.tooMany(Number(issue.maximum)))]
      return [here(path, SAYS.tooBig(Number(issue.maximum)))]
    case 'invalid_format':
      if (path.length === 1 && last === 'date') return [here(path, SAYS.badDate())]
      if (last === 'id') return [here(path, SAYS.badId())]
      if (path[0] === 'details') return [here(path, SAYS.badDetail())]
      return [here(path, SAYS.empty())]
    case 'invalid_key':
      // A sheet item's id is checked against the sheet itself (see `itemKeyProblems`).
      return path[0] === 'items' && path.length === 2 ? [] : [here(path, SAYS.badSentenceNumber())]
    case 'invalid_value':
      return [here(path, SAYS.oneOf(issue.values))]
    default:
      return [here(path, SAYS.wrongKind())]
  }
}

/** Every key of `items` names an item of the sheet; read from the file's own keys, `__proto__` too. */
export function itemKeyProblems(data: unknown, guidance: Guidance): SchoolProblem[] {
  const items = at(data, ['items'])
  if (!isRecord(items)) return []
  const ids = new Set(guidance.items.map((item) => item.id))
  return Object.keys(items)
    .filter((key) => !ids.has(key))
    .map((key) => problem(key, null, SAYS.notSheetItem()))
}

/** The facts a school's condition may name: those whose values the app can explain as a reason. */
export function explainableFacts(guidance: Guidance): FactName[] {
  return FACT_NAMES.filter((fact) => guidance.reasons.facts[fact] !== undefined)
}

/**
 * A condition as the school wrote it, checked from the raw data so each message says exactly what
 * is wrong: the shape, a fact the app does not know, a value the fact never has, a fact whose
 * reason the app cannot give. `path` is where it is in the file.
 */
export function conditionProblems(value: unknown, path: Path, data: unknown, guidance: Guidance): SchoolProblem[] {
  const { item, field } = locate(data, path)
  const say = (says: Record<'nl' | 'en', string>, where: string | null = field) => [problem(item, where, says)]
  if (!isRecord(value)) return say(SAYS.badCondition())
  const keys = Object.keys(value)
  const group = keys.length === 1 && (keys[0] === 'all' || keys[0] === 'any') ? keys[0] : null
  if (group) {
    const parts = value[group]
    if (!Array.isArray(parts)) return say(SAYS.notList(), `${field}.${group}`)
    if (parts.length === 0) return say(SAYS.emptyList(), `${field}.${group}`)
    return parts.flatMap((part, index) => conditionProblems(part, [...path, group, index], data, guidance))
  }
  const test = keys.length === 2 && keys.includes('fact') ? keys.find((key) => key !== 'fact') : undefined
  if (test !== 'in' && test !== 'atLeast') return say(SAYS.badCondition())
  const fact = value.fact
  const explainable = explainableFacts(guidance)
  if (typeof fact !== 'string' || !FACT_NAMES.includes(fact as FactName))
    return say(SAYS.unknownFact(String(fact), explainable))
  if (!explainable.includes(fact as FactName)) return say(SAYS.noReason(fact))
  const domain = FACT_DOMAINS[fact as FactName]
  if (test === 'atLeast') {
    if (domain.kind !== 'number') return say(SAYS.notNumberFact(fact))
    return typeof value.atLeast === 'number' && Number.isFinite(value.atLeast)
      ? []
      : say(SAYS.notNumber(), `${field}.atLeast`)
  }
  if (domain.kind !== 'values') return say(SAYS.notValuesFact(fact))
  const values = value.in
  if (!Array.isArray(values)) return say(SAYS.notList(), `${field}.in`)
  if (values.length === 0) return say(SAYS.emptyList(), `${field}.in`)
  const known: readonly unknown[] = domain.values
  return values.filter((v) => !known.includes(v)).flatMap((v) => say(SAYS.unknownValue(fact, v, known)))
}
