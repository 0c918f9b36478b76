import { nl, type MessageKey } from './nl'
import { en } from './en'
import type { Locale } from '../rules'

export type { MessageKey }
export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en }

/** A translator for one locale. A missing key or parameter throws outside production. */
export function translator(locale: Locale): Translate {
  const messages = catalogues[locale]
  return (key, params = {}) => {
    const message = messages[key] as string | undefined
    if (message === undefined) return missing(`Missing message ${key} (${locale})`, key)
    return message.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name]
      return value === undefined ? missing(`Missing parameter ${name} for ${key}`, match) : String(value)
    })
  }
}

function missing(problem: string, fallback: string): string {
  if (import.meta.env.PROD) return fallback
  throw new Error(problem)
}

/** Whether a string is a message key; used for zod issues that carry keys as messages. */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(nl, value)
}

/** A form error as the teacher reads it: zod issues carry message keys, translated here. */
export function translateIssue(t: Translate, message: unknown): string | undefined {
  if (typeof message !== 'string' || message === '') return undefined
  return isMessageKey(message) ? t(message) : message
}

/**
 * The message for one parent or for two: for a base key with variants ending in `.1` and `.2`
 * ("de ouder" / "de ouders"), the one that fits the parents who come (one while that is not answered yet).
 */
export function forParents<Base extends string>(
  base: Base,
  parentsAttending: 1 | 2 | undefined,
): Extract<`${Base}.${1 | 2}`, MessageKey> {
  return `${base}.${parentsAttending === 2 ? 2 : 1}` as Extract<`${Base}.${1 | 2}`, MessageKey>
}
