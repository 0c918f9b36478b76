import { z } from 'zod/mini'
import { FACT_NAMES, type FactName, type FactValue } from './facts'

/** A condition on the facts, as written in guidance-data and in a school's version of it. */
export type Condition =
  | { fact: FactName; in: FactValue[] }
  | { fact: FactName; atLeast: number }
  | { all: Condition[] }
  | { any: Condition[] }

export const factName = z.enum(FACT_NAMES as [FactName, ...FactName[]])
const factValue = z.union([z.string(), z.number(), z.boolean()])
export const nonEmpty = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1))

/**
 * The condition language, in a module of its own: a school's version uses it without the rest of
 * the guidance schema. Recursive through getters, so it needs no `z.lazy` (whose code the first
 * load would then carry, as zod's classes sit in the chunk that uses zod first).
 */
export const conditionSchema: z.ZodMiniType<Condition> = z.union([
  z.strictObject({ fact: factName, in: nonEmpty(factValue) }),
  z.strictObject({ fact: factName, atLeast: z.number() }),
  z.strictObject({
    get all() {
      return nonEmpty(conditionSchema)
    },
  }),
  z.strictObject({
    get any() {
      return nonEmpty(conditionSchema)
    },
  }),
])
