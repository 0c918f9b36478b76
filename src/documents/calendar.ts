import { createEvent, type EventAttributes } from 'ics'
import { dateTimeParts, type DraftAnswers, type Locale } from '../rules'
import { translator, type MessageKey } from '../i18n'
import { followUpWithBuddy, plannedMinutes, type Preparation } from '../model'
import { initials } from './names'
import { oneLine } from './plain-text'
import { roomOf, type SchoolDetails } from './school'
import '../i18n/documents'

const DEFAULT_MINUTES = 30
/** How long before the start the calendar reminds the teacher: time to walk over and set out the chairs. */
const REMINDER_MINUTES = 15

/** What the teacher chose for a calendar file: its language, the child's full name or initials, the usual room. */
export interface CalendarChoices {
  locale: Locale
  fullName: boolean
  school: Pick<SchoolDetails, 'defaultRoom'>
}

/** One appointment, before it is calendar data. */
interface Appointment {
  at: string | undefined
  minutes: number
  uid: string
  titles: { named: MessageKey; unnamed: MessageKey }
  withBuddy: boolean
}

const FOLLOW_UP_TITLES = { named: 'followUp.event', unnamed: 'followUp.eventNoName' } as const
const CONVERSATION_TITLES = { named: 'calendar.event', unnamed: 'calendar.eventNoName' } as const

/** The follow-up's identity in a calendar: the same from its own preparation, so it is updated, not doubled. */
const followUpUid = (id: string) => `${id}-follow-up@oudergesprek`

/**
 * The follow-up appointment as calendar data: start and length, the room, a reminder, and a title
 * with only the child's initials unless the teacher chose the full name. No notes ever go in.
 */
export function followUpEvent(
  preparation: Pick<Preparation, 'id' | 'answers' | 'followUp'>,
  choices: CalendarChoices,
): EventAttributes | null {
  const { at, minutes } = preparation.followUp
  return appointmentEvent(
    {
      at,
      minutes: minutes ?? DEFAULT_MINUTES,
      uid: followUpUid(preparation.id),
      titles: FOLLOW_UP_TITLES,
      withBuddy: followUpWithBuddy(preparation),
    },
    preparation.answers,
    choices,
  )
}

/**
 * The conversation itself as calendar data: its date and time, the minutes planned on the
 * checklist (with the extra time), the room, a reminder. A follow-up conversation keeps the
 * identity and title of the follow-up entry it grew from, so the teacher's calendar updates that one.
 */
export function conversationEvent(
  preparation: Pick<Preparation, 'id' | 'answers' | 'followsId'>,
  choices: CalendarChoices,
): EventAttributes | null {
  const { answers, followsId } = preparation
  return appointmentEvent(
    {
      at: answers.meetingAt,
      minutes: plannedMinutes(answers) ?? DEFAULT_MINUTES,
      uid: followsId ? followUpUid(followsId) : `${preparation.id}-conversation@oudergesprek`,
      titles: followsId ? FOLLOW_UP_TITLES : CONVERSATION_TITLES,
      withBuddy: answers.buddy === 'attending',
    },
    answers,
    choices,
  )
}

function appointmentEvent(
  appointment: Appointment,
  answers: Pick<DraftAnswers, 'childName' | 'room'>,
  { locale, fullName, school }: CalendarChoices,
): EventAttributes | null {
  const parts = appointment.at ? dateTimeParts(appointment.at) : null
  if (!parts) return null
  const [year, month, day, hour, minute] = parts
  const t = translator(locale)
  // The name and the room are the only texts the teacher typed that reach the calendar: one clean line each.
  const name = oneLine(answers.childName ?? '')
  const child = name ? (fullName ? name : initials(name)) : ''
  const title =
    (child ? t(appointment.titles.named, { child }) : t(appointment.titles.unnamed)) +
    (appointment.withBuddy ? t('followUp.eventWithBuddy') : '')
  const location = roomOf(answers, school)
  return {
    // The time as the teacher entered it, on the school's clock: written with the school's time
    // zone (calendarText below), so a laptop set to another zone opens the same moment.
    start: [year, month, day, hour, minute],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: appointment.minutes },
    title,
    ...(location ? { location } : {}),
    // The ics package writes an alarm's text as it is given: escaped here as RFC 5545 asks.
    alarms: [
      { action: 'display', description: escapeText(title), trigger: { minutes: REMINDER_MINUTES, before: true } },
    ],
    uid: appointment.uid,
    productId: 'oudergesprek',
    calName: 'Oudergesprek',
    busyStatus: 'BUSY',
  }
}

/** The follow-up's .ics file text (RFC 5545), or null when no follow-up date is set. */
export function followUpCalendar(
  preparation: Pick<Preparation, 'id' | 'answers' | 'followUp'>,
  choices: CalendarChoices,
): string | null {
  return calendarText(followUpEvent(preparation, choices))
}

/** The conversation's .ics file text (RFC 5545), or null while its date and time are not known. */
export function conversationCalendar(
  preparation: Pick<Preparation, 'id' | 'answers' | 'followsId'>,
  choices: CalendarChoices,
): string | null {
  return calendarText(conversationEvent(preparation, choices))
}

function calendarText(event: EventAttributes | null): string | null {
  if (!event) return null
  const { error, value } = createEvent(event)
  if (error) throw error
  // Stryker disable next-line all: createEvent gives either an error or the text; this line only tells TypeScript so
  if (!value) throw new Error('No calendar data')
  return inSchoolTimeZone(value)
}

/** A TEXT value as RFC 5545 writes it: backslash, semicolon and comma escaped. */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (character) => `\\${character}`)

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
