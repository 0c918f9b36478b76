import { z } from 'zod'
import { ADDRESS_VALUES, BUDDY_VALUES, LIMITS } from '../rules'
import { choice, messageKey as key, wholeNumber } from '../ui/form-schemas'
import type { AnswerChanges } from '../store/store'
import { parseDutchDate, parseTime, skippedByClockChange } from '../i18n/dates'

/**
 * Per-step form schemas: what the teacher typed (strings) in, typed answers out.
 * Messages are i18n keys; the limits come from the answers schema in rules/.
 */
export const buddyForm = z
  .object({ buddy: choice(BUDDY_VALUES, 'error.buddy') })
  .transform((v): AnswerChanges => ({ buddy: v.buddy }))

export const sensitiveNewsForm = z
  .object({ sensitiveNews: choice(['yes', 'no'], 'error.sensitiveNews') })
  .transform((v): AnswerChanges => ({ sensitiveNews: v.sensitiveNews === 'yes' }))

export const minutesForm = z
  .object({
    expectedMinutes: wholeNumber(
      { required: 'error.minutes.required', integer: 'error.minutes.integer', range: 'error.minutes.range' },
      LIMITS.minutes,
    ),
  })
  .transform((v): AnswerChanges => ({ expectedMinutes: v.expectedMinutes }))

export const attendeesForm = z
  .object({
    parentsAttending: choice(['1', '2'], 'error.parents'),
    otherAttendees: wholeNumber(
      { required: 'error.others', integer: 'error.others', range: 'error.others' },
      LIMITS.otherAttendees,
    ),
  })
  .transform((v): AnswerChanges => ({
    parentsAttending: v.parentsAttending === '2' ? 2 : 1,
    otherAttendees: v.otherAttendees,
  }))

export const childNameForm = z
  .object({ childName: z.string().trim().max(LIMITS.childName.max, key('error.childName')) })
  .transform((v): AnswerChanges => ({ childName: v.childName || undefined }))

export const addressForm = z
  .object({ address: choice(ADDRESS_VALUES, 'error.address') })
  .transform((v): AnswerChanges => ({ address: v.address }))

export const meetingAtForm = z
  .object({ date: z.string(), time: z.string() })
  .superRefine(({ date, time }, ctx) => {
    const [hasDate, hasTime] = [date.trim() !== '', time.trim() !== '']
    if (hasDate && !parseDutchDate(date)) ctx.addIssue({ code: 'custom', path: ['date'], message: key('error.date') })
    if (!hasDate && hasTime) ctx.addIssue({ code: 'custom', path: ['date'], message: key('error.date.missing') })
    if (hasTime && !parseTime(time)) ctx.addIssue({ code: 'custom', path: ['time'], message: key('error.time') })
    if (hasDate && !hasTime) ctx.addIssue({ code: 'custom', path: ['time'], message: key('error.time.missing') })
    if (skippedByClockChange(date, time))
      ctx.addIssue({ code: 'custom', path: ['time'], message: key('error.time.clockChange') })
  })
  .transform(({ date, time }): AnswerChanges => {
    const [day, clock] = [parseDutchDate(date), parseTime(time)]
    return { meetingAt: day && clock ? `${day}T${clock}` : undefined }
  })
