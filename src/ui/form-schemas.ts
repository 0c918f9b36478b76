import { z } from 'zod/mini'
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import type { MessageKey } from '../i18n'
import { localToday, parseTime, skippedByClockChange } from '../i18n/dates'
import { dateIssue, readDate } from '../i18n/typed-date'

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

/** A problem with one of a form's two boxes for a date and a time. */
interface DateTimeIssue {
  path: 'date' | 'time'
  message: string
}

/**
 * What is wrong with a date and a time typed in two boxes: both are filled in or neither; the date
 * is understood (or says what was not, see `readDate`), the time is real and exists on that day.
 */
export function dateTimeIssues(date: string, time: string, today: string): DateTimeIssue[] {
  const [hasDate, hasTime] = [date.trim() !== '', time.trim() !== '']
  if (!hasDate && !hasTime) return []
  const issues: DateTimeIssue[] = []
  const dateProblem = dateIssue(readDate(date, today))
  if (dateProblem) issues.push({ path: 'date', message: dateProblem })
  if (!hasTime) issues.push({ path: 'time', message: messageKey('error.time.missing') })
  else if (parseTime(time) === null) issues.push({ path: 'time', message: messageKey('error.time') })
  if (skippedByClockChange(date, time, today))
    issues.push({ path: 'time', message: messageKey('error.time.clockChange') })
  return issues
}

/** The check of a form with boxes `date` and `time`: `dateTimeIssues` on the device's today. */
export const dateTimeCheck = <T extends { date?: unknown; time?: unknown }>() =>
  z.superRefine<T>((values, ctx) => {
    for (const { path, message } of dateTimeIssues(String(values.date ?? ''), String(values.time ?? ''), localToday()))
      ctx.addIssue({ code: 'custom', path: [path], message })
  })

/**
 * Register options for a box checked together with another, the date with its time: a change in
 * one checks the other again once that shows an error, so an error that no longer holds goes
 * ("Vul ook de datum in" after the time is cleared too).
 */
export function checkedWith<V extends FieldValues, C, T>(form: UseFormReturn<V, C, T>, other: Path<V>) {
  return {
    onChange: () => {
      if (form.getFieldState(other).error) void form.trigger(other)
    },
  }
}
