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
    // The time as the teacher entered it, on the school's clock: written with the school's time
    // zone (calendarText below), so a laptop set to another zone opens the same moment.
    start: [year, month, day, hour, minute],
    startInputType: 'local',
    startOutputType: 'local',
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
  return inSchoolTimeZone(value)
}

/** The time zone of a school in the Netherlands: the times the teacher types are on its clock. */
export const SCHOOL_TIME_ZONE = 'Europe/Amsterdam'

/**
 * Central European Time as RFC 5545 describes a time zone: summer time from the last Sunday of
 * March at 02:00 to the last Sunday of October at 03:00 (the EU rule since 1996).
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${SCHOOL_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

/** The start, written without a zone, tied to the school's zone, which the file describes. */
function inSchoolTimeZone(text: string): string {
  return text
    .replace(/^DTSTART:/m, `DTSTART;TZID=${SCHOOL_TIME_ZONE}:`)
    .replace('BEGIN:VEVENT', [...VTIMEZONE, 'BEGIN:VEVENT'].join('\r\n'))
}
