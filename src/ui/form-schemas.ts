import { z } from 'zod'
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
  z
    .string()
    .trim()
    .min(1, messageKey(messages.required))
    .regex(/^-?\d+$/, messageKey(messages.integer))
    .transform(Number)
    .pipe(z.number().min(min, messageKey(messages.range)).max(max, messageKey(messages.range)))
