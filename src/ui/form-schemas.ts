import { z } from 'zod/mini'
import type { MessageKey } from '../i18n'

/**
 * Building blocks for form schemas: what the teacher typed (strings) in, typed values out.
 * Messages are i18n keys, translated where the error is shown.
 */
export const messageKey = (key: MessageKey) => key

/** A whole number typed as text, within limits; each way of getting it wrong has its message. */
export const wholeNumber = (
  messages: { required: MessageKey; integer: MessageKey; range: MessageKey },
  { min, max }: { min: number; max: number },
) =>
  z.pipe(
    z.pipe(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(1, messageKey(messages.required)),
          z.regex(/^-?\d+$/, messageKey(messages.integer)),
        ),
      z.transform(Number),
    ),
    z.number().check(z.gte(min, messageKey(messages.range)), z.lte(max, messageKey(messages.range))),
  )
