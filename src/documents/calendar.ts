import { createEvent, type EventAttributes } from 'ics'
import { dateTimeParts, type Locale } from '../rules'
import { translator } from '../i18n'
import { followUpWithBuddy, type Preparation } from '../model'
import { initials } from './names'
import { oneLine } from './plain-text'
import '../i18n/documents'

const DEFAULT_MINUTES = 30

/**
 * The follow-up appointment as calendar data: start and length, and a title with only the
 * child's initials unless the teacher chose the full name. No notes ever go in.
 */
export function followUpEvent(
  preparation: Pick<Preparation, 'id' | 'answers' | 'followUp'>,
  locale: Locale,
  fullName: boolean,
): EventAttributes | null {
  const { at, minutes } = preparation.followUp
  const parts = at ? dateTimeParts(at) : null
  if (!parts) return null
  const [year, month, day, hour, minute] = parts
  const t = translator(locale)
  // A name is the only text the teacher typed that reaches the calendar: one clean line.
  const name = oneLine(preparation.answers.childName ?? '')
  const child = name ? (fullName ? name : initials(name)) : ''
  const title =
    (child ? t('followUp.event', { child }) : t('followUp.eventNoName')) +
    (followUpWithBuddy(preparation) ? t('followUp.eventWithBuddy') : '')
  return {
    // Entered in the teacher's own time zone, written as UTC so every calendar agrees.
    start: [year, month, day, hour, minute],
    startInputType: 'local',
    startOutputType: 'utc',
    duration: { minutes: minutes ?? DEFAULT_MINUTES },
    title,
    uid: `${preparation.id}-follow-up@oudergesprek`,
    productId: 'oudergesprek',
    calName: 'Oudergesprek',
    busyStatus: 'BUSY',
  }
}

/** The .ics file text (RFC 5545), or null when no follow-up date is set. */
export function followUpCalendar(
  preparation: Pick<Preparation, 'id' | 'answers' | 'followUp'>,
  locale: Locale,
  fullName: boolean,
): string | null {
  const event = followUpEvent(preparation, locale, fullName)
  if (!event) return null
  const { error, value } = createEvent(event)
  if (error) throw error
  // Stryker disable next-line all: createEvent gives either an error or the text; this line only tells TypeScript so
  if (!value) throw new Error('No calendar data')
  return value
}
