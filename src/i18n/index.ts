import { nl, type MessageKey } from './nl'
import type { Locale } from '../rules'

export type { MessageKey }
export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

type Catalogue = Record<MessageKey, string>

/**
 * Dutch comes with the first screen; English, chosen by few, is loaded when it is first needed
 * (see loadMessages), so the first visit does not download it. Dutch comes in two parts: the
 * words of the documents are added later (see addMessages).
 */
const catalogues: Partial<Record<Locale, Partial<Catalogue>>> = { nl }
/** Messages added to a locale after it loaded, looked up after its own. */
const added: Partial<Record<Locale, Partial<Catalogue>>> = {}
const loading = new Map<Locale, Promise<void>>()
const listeners = new Set<() => void>()

export const hasMessages = (locale: Locale): boolean => catalogues[locale] !== undefined

/** Loads a locale's messages; resolves at once when they are there. */
export function loadMessages(locale: Locale): Promise<void> {
  if (hasMessages(locale)) return Promise.resolve()
  const pending =
    loading.get(locale) ??
    import('./en').then(({ en }) => {
      catalogues.en = en
      listeners.forEach((listener) => listener())
    })
  loading.set(locale, pending)
  pending.catch(() => loading.delete(locale))
  return pending
}

/**
 * Adds messages to a locale that is there: the Dutch words of the documents, which the first
 * load leaves out (see `./documents.ts`).
 */
export function addMessages(locale: Locale, messages: Partial<Catalogue>): void {
  added[locale] = { ...added[locale], ...messages }
}

/** Calls `listener` each time a locale's messages arrive; returns how to stop. */
export function onMessagesLoaded(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * A translator for one locale. A missing key or parameter, or a locale whose messages are not
 * loaded yet, throws outside production; in production the key or the Dutch text shows instead.
 */
export function translator(locale: Locale): Translate {
  const messages: Partial<Catalogue> = catalogues[locale] ?? missing(`Messages for ${locale} are not loaded`, nl)
  return (key, params = {}) => {
    // Read at each call: the documents' Dutch words may arrive after the translator was made.
    const message = messages[key] ?? added[locale]?.[key]
    if (message === undefined) return missing(`Missing message ${key} (${locale})`, key)
    return message.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name]
      return value === undefined ? missing(`Missing parameter ${name} for ${key}`, match) : String(value)
    })
  }
}

function missing<T>(problem: string, fallback: T): T {
  if (import.meta.env.PROD) return fallback
  throw new Error(problem)
}

/** Whether a string is a message key; used for zod issues that carry keys as messages. */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(nl, value)
}

/**
 * A form error whose text needs values from what was typed ("Er is geen maand 13."), as the one
 * string a zod issue carries; `translateIssue` reads it back.
 */
export function issueWith(key: MessageKey, params: Params): string {
  return JSON.stringify({ key, params })
}

/** A form error as the teacher reads it: zod issues carry message keys (or `issueWith`), translated here. */
export function translateIssue(t: Translate, message: unknown): string | undefined {
  if (typeof message !== 'string' || message === '') return undefined
  if (message.startsWith('{"key":')) {
    const { key, params } = JSON.parse(message) as { key: MessageKey; params: Params }
    return t(key, params)
  }
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
