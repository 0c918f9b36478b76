import { z } from 'zod'
import { ADDRESS_VALUES, BUDDY_VALUES, LIMITS } from '../rules'
import type { MessageKey } from '../i18n'
import type { AnswerChanges } from '../store/store'

/**
 * Per-step form schemas: what the teacher typed (strings) in, typed answers out.
 * Messages are i18n keys; the limits come from the answers schema in rules/.
 */
const key = (k: MessageKey) => k

const choice = <T extends string>(values: readonly [T, ...T[]], message: MessageKey) =>
  z.enum(values, { error: key(message) })

const wholeNumber = (required: MessageKey, integer: MessageKey, range: MessageKey, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, key(required))
    .regex(/^-?\d+$/, key(integer))
    .transform(Number)
    .pipe(z.number().min(min, key(range)).max(max, key(range)))

export const buddyForm = z
  .object({ buddy: choice(BUDDY_VALUES, 'error.buddy') })
  .transform((v): AnswerChanges => ({ buddy: v.buddy }))

export const sensitiveNewsForm = z
  .object({ sensitiveNews: choice(['yes', 'no'], 'error.sensitiveNews') })
  .transform((v): AnswerChanges => ({ sensitiveNews: v.sensitiveNews === 'yes' }))

export const minutesForm = z
  .object({
    expectedMinutes: wholeNumber(
      'error.minutes.required',
      'error.minutes.integer',
      'error.minutes.range',
      LIMITS.minutes.min,
      LIMITS.minutes.max,
    ),
  })
  .transform((v): AnswerChanges => ({ expectedMinutes: v.expectedMinutes }))

export const attendeesForm = z
  .object({
    parentsAttending: choice(['1', '2'], 'error.parents'),
    otherAttendees: wholeNumber('error.others', 'error.others', 'error.others', 0, LIMITS.otherAttendees.max),
  })
  .transform(
    (v): AnswerChanges => ({ parentsAttending: v.parentsAttending === '2' ? 2 : 1, otherAttendees: v.otherAttendees }),
  )

export const childNameForm = z
  .object({ childName: z.string().trim().max(LIMITS.childName.max, key('error.childName')) })
  .transform((v): AnswerChanges => ({ childName: v.childName || undefined }))

export const addressForm = z
  .object({ address: choice(ADDRESS_VALUES, 'error.address') })
  .transform((v): AnswerChanges => ({ address: v.address }))

const DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/
const TIME = /^(\d{1,2})[:.](\d{2})$/
const pad = (n: number) => String(n).padStart(2, '0')

/** A Dutch date (day-month-year) as ISO `YYYY-MM-DD`, or null when no such day exists. */
export function parseDutchDate(text: string): string | null {
  const match = DATE.exec(text.trim())
  if (!match) return null
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return real ? `${year}-${pad(month)}-${pad(day)}` : null
}

/** A time `15:30` or `15.30` as `HH:MM`, or null. */
export function parseTime(text: string): string | null {
  const match = TIME.exec(text.trim())
  if (!match) return null
  const [hours, minutes] = [Number(match[1]), Number(match[2])]
  return hours < 24 && minutes < 60 ? `${pad(hours)}:${pad(minutes)}` : null
}

export const meetingAtForm = z
  .object({ date: z.string(), time: z.string() })
  .superRefine(({ date, time }, ctx) => {
    const [hasDate, hasTime] = [date.trim() !== '', time.trim() !== '']
    if (hasDate && !parseDutchDate(date)) ctx.addIssue({ code: 'custom', path: ['date'], message: key('error.date') })
    if (!hasDate && hasTime) ctx.addIssue({ code: 'custom', path: ['date'], message: key('error.date.missing') })
    if (hasTime && !parseTime(time)) ctx.addIssue({ code: 'custom', path: ['time'], message: key('error.time') })
    if (hasDate && !hasTime) ctx.addIssue({ code: 'custom', path: ['time'], message: key('error.time.missing') })
  })
  .transform(({ date, time }): AnswerChanges => {
    const [day, clock] = [parseDutchDate(date), parseTime(time)]
    return { meetingAt: day && clock ? `${day}T${clock}` : undefined }
  })

/** The saved `YYYY-MM-DDTHH:MM` back as the fields the teacher typed. */
export function meetingAtFields(meetingAt: string | undefined): { date: string; time: string } {
  if (!meetingAt) return { date: '', time: '' }
  const [day = '', clock = ''] = meetingAt.split('T')
  const [year, month, date] = day.split('-')
  return { date: `${date}-${month}-${year}`, time: clock }
}
