import raw from '../../guidance-data/guidance.json'
import { z } from 'zod/mini'
import { guidanceSchema, type Guidance } from './guidance-schema'

/** Parses guidance data, failing loudly with every bad field listed. */
export function parseGuidance(data: unknown): Guidance {
  const result = guidanceSchema.safeParse(data)
  if (!result.success) throw new Error(`Invalid guidance data:\n${z.prettifyError(result.error)}`)
  return result.data
}

/** What the schema fills in where the data leaves it out: the same as parsing, without the checks. */
function withDefaults(data: typeof raw): Guidance {
  return {
    ...data,
    reorder: data.reorder ?? [],
    items: data.items.map((item) => ({ ...item, scripts: 'scripts' in item ? item.scripts : [] })),
  } as unknown as Guidance
}

/**
 * The shipped guidance. It is checked before it ships, not when it loads, where checking the whole
 * sheet would hold up a click: `vite build` parses it and fails on a bad field (vite.config.ts),
 * and so do the tests (tests/data), which also hold this to what parsing gives.
 */
export const guidance: Guidance = withDefaults(raw)
