import raw from '../../guidance-data/guidance.json'
import { z } from 'zod/mini'
import { guidanceSchema, type Guidance } from './guidance-schema'

/** Parses guidance data, failing loudly with every bad field listed. */
export function parseGuidance(data: unknown): Guidance {
  const result = guidanceSchema.safeParse(data)
  if (!result.success) throw new Error(`Invalid guidance data:\n${z.prettifyError(result.error)}`)
  return result.data
}

/** The shipped guidance, validated once when the module loads. */
export const guidance: Guidance = parseGuidance(raw)
