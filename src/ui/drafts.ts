import { useEffect } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'

/**
 * Text typed but not yet confirmed (a wizard answer before Continue, a question before "Vraag
 * toevoegen"), kept per tab in sessionStorage so a reload does not lose it. Leaving the form
 * inside the app forgets it, as leaving a form does; closing the tab forgets it too.
 */
const PREFIX = 'oudergesprek:draft:'

function session(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

/** The draft saved under `key`, with only the fields the form knows and that are strings. */
export function readDraft<T extends Record<string, unknown>>(key: string, defaults: T): T {
  let saved: unknown = null
  try {
    saved = JSON.parse(session()?.getItem(PREFIX + key) ?? 'null')
  } catch {
    return defaults
  }
  if (typeof saved !== 'object' || saved === null) return defaults
  const draft = saved as Record<string, unknown>
  const fields = Object.keys(defaults).filter((field) => typeof draft[field] === typeof defaults[field])
  return { ...defaults, ...Object.fromEntries(fields.map((field) => [field, draft[field]])) }
}

export function writeDraft(key: string, values: unknown): void {
  try {
    session()?.setItem(PREFIX + key, JSON.stringify(values))
  } catch {
    // A draft is a convenience: when the browser refuses, the form still works.
  }
}

export function clearDraft(key: string): void {
  try {
    session()?.removeItem(PREFIX + key)
  } catch {
    // as above
  }
}

/** Forgets the draft when the form goes away inside the app (not on a reload: no cleanup runs). */
export function useForgetDraftOnLeave(key: string): void {
  useEffect(() => () => clearDraft(key), [key])
}

/** Keeps a react-hook-form form's values as a draft while it is on screen. */
export function useFormDraft<Values extends FieldValues, Output>(
  form: UseFormReturn<Values, unknown, Output>,
  key: string,
): void {
  useEffect(
    () => form.subscribe({ formState: { values: true }, callback: ({ values }) => writeDraft(key, values) }),
    [form, key],
  )
  useForgetDraftOnLeave(key)
}
