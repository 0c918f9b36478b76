import { describe, expect, test } from 'vitest'
import ICAL from 'ical.js'
import { conversationCalendar, followUpCalendar, type CalendarChoices } from '../../src/documents/calendar'
import { initials } from '../../src/documents/names'
import { buildChecklist, type Answers, type DraftAnswers, type Locale } from '../../src/rules'
import { answers } from '../rules/sample'

// Runs in several time zones (vite.config.ts): the time the teacher entered is on the school's
// clock (Amsterdam), and the file says so, whatever zone the device is set to.

const preparation = (childName = 'Anouk de Vries', withBuddy = false, at = '2026-12-19T14:30') => ({
  id: 'prep-1',
  answers: answers({ childName }),
  followUp: { at, minutes: 45, withBuddy },
})

const choices = (locale: Locale, fullName: boolean, school: CalendarChoices['school'] = {}): CalendarChoices => ({
  locale,
  fullName,
  school,
})

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  // The parser knows only the zones a file describes: this one's own description is used.
  const zone = calendar.getFirstSubcomponent('vtimezone')
  if (zone) ICAL.TimezoneService.register(zone)
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
  return { calendar, event }
}

describe('the follow-up appointment as a calendar file', () => {
  test('parses with an independent parser: 14:30 in Amsterdam, on a device in any zone', () => {
    const text = followUpCalendar(preparation(), choices('nl', false))!
    const { event } = parse(text)
    expect(event.startDate.zone?.tzid).toBe('Europe/Amsterdam')
    expect(event.startDate.toJSDate().getTime()).toBe(Date.parse('2026-12-19T13:30:00.000Z'))
    expect(event.endDate.toJSDate().getTime()).toBe(Date.parse('2026-12-19T14:15:00.000Z'))
    expect(event.summary).toBe('Vervolggesprek over A.d.V.')
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Amsterdam:20261219T143000\r\n')
  })

  test('describes the zone it names, before the event', () => {
    const text = followUpCalendar(preparation(), choices('nl', false))!
    const { calendar } = parse(text)
    const zone = calendar.getFirstSubcomponent('vtimezone')!
    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam')
    expect(text.indexOf('END:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'))
    expect(text.split('\r\n').every((line) => line.length <= 75)).toBe(true)
  })

  test.each([
    ['in winter', '2027-03-28T01:30', '2027-03-28T00:30:00.000Z'],
    ['on the first summer morning', '2027-03-28T03:30', '2027-03-28T01:30:00.000Z'],
    ['in summer', '2027-06-15T14:30', '2027-06-15T12:30:00.000Z'],
    ['on the last summer night', '2027-10-31T01:30', '2027-10-30T23:30:00.000Z'],
    ['on the first winter morning', '2027-10-31T03:30', '2027-10-31T02:30:00.000Z'],
    ['a year later in winter', '2028-01-10T09:00', '2028-01-10T08:00:00.000Z'],
  ])('takes the clock change into account: %s', (_, at, utc) => {
    const { event } = parse(followUpCalendar(preparation('Anouk', false, at), choices('nl', false))!)
    expect(event.startDate.toJSDate().toISOString()).toBe(utc)
  })

  test('lasts 30 minutes when the teacher gave no length', () => {
    const { event } = parse(
      followUpCalendar({ ...preparation(), followUp: { at: '2026-12-19T14:30' } }, choices('nl', false))!,
    )
    expect(event.duration.toSeconds()).toBe(30 * 60)
  })

  test('holds the full name only when the teacher chooses so, and says when the buddy comes', () => {
    const { event } = parse(followUpCalendar(preparation('Anouk', true), choices('nl', true))!)
    expect(event.summary).toBe('Vervolggesprek over Anouk (met ouderbuddy)')
    expect(parse(followUpCalendar(preparation('Anouk', true), choices('en', false))!).event.summary).toBe(
      'Follow-up conversation about A. (with parent buddy)',
    )
  })

  test('speaks of the parent when no name was given', () => {
    expect(parse(followUpCalendar(preparation('  '), choices('nl', true))!).event.summary).toBe(
      'Vervolggesprek met ouder',
    )
    const unnamed = { ...preparation(), answers: answers({ childName: undefined }) }
    expect(parse(followUpCalendar(unnamed, choices('nl', false))!).event.summary).toBe('Vervolggesprek met ouder')
  })

  test('gives each preparation’s appointment its own identity, so calendars keep them apart', () => {
    const uid = (id: string) => parse(followUpCalendar({ ...preparation(), id }, choices('nl', false))!).event.uid
    expect(uid('prep-1')).toContain('prep-1')
    expect(uid('prep-1')).toBe(uid('prep-1'))
    expect(uid('prep-2')).not.toBe(uid('prep-1'))
  })

  test('says it comes from Oudergesprek, so the teacher recognises it in the calendar app', () => {
    const { calendar } = parse(followUpCalendar(preparation(), choices('nl', false))!)
    expect(calendar.getFirstPropertyValue('prodid')).toBe('oudergesprek')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Oudergesprek')
  })

  test.each(['2026-13-45T99:99', '2027-02-29T10:00', '2026-12-12T24:00', '0050-12-12T10:00'])(
    'is never written for a time that cannot exist: %s',
    (at) => {
      expect(followUpCalendar(preparation('Anouk', false, at), choices('nl', false))).toBeNull()
    },
  )

  test('is written for the last day of February in a leap year', () => {
    expect(followUpCalendar(preparation('Anouk', false, '2028-02-29T10:00'), choices('nl', false))).toContain(
      'DTSTART;TZID=Europe/Amsterdam:20280229T100000',
    )
  })

  test('says nothing of a buddy once the family has none', () => {
    const withoutBuddy = { ...preparation('Anouk', true), answers: answers({ childName: 'Anouk', buddy: 'none' }) }
    expect(parse(followUpCalendar(withoutBuddy, choices('nl', true))!).event.summary).toBe('Vervolggesprek over Anouk')
  })

  test('holds no note text', () => {
    const text = followUpCalendar(
      { ...preparation(), notes: { x: 'Moeder is net verhuisd' } } as never,
      choices('nl', false),
    )!
    expect(text).not.toContain('verhuisd')
    // The only description is the reminder's, which repeats the title.
    expect(text.match(/^DESCRIPTION.*$/gm)).toEqual(['DESCRIPTION:Vervolggesprek over A.d.V.'])
  })

  test('takes place in the room of the first conversation, else in the teacher’s usual room, else nowhere', () => {
    const inRoom = { ...preparation(), answers: answers({ childName: 'Anouk', room: 'lokaal 12' }) }
    const usual = { defaultRoom: 'de kamer van de IB' }
    expect(parse(followUpCalendar(inRoom, choices('nl', false, usual))!).event.location).toBe('lokaal 12')
    expect(parse(followUpCalendar(preparation(), choices('nl', false, usual))!).event.location).toBe(
      'de kamer van de IB',
    )
    const text = followUpCalendar(preparation(), choices('nl', false))!
    expect(text).not.toMatch(/^LOCATION/m)
  })

  test('reminds the teacher 15 minutes before, with the title', () => {
    const text = followUpCalendar(preparation(), choices('nl', false))!
    const alarm = parse(text).event.component.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY')
    expect(alarm.getFirstPropertyValue('description')).toBe('Vervolggesprek over A.d.V.')
    expect(text).toContain('\r\nTRIGGER:-PT15M\r\n')
  })

  test('is not made without a date', () => {
    expect(followUpCalendar({ ...preparation(), followUp: {} }, choices('nl', false))).toBeNull()
  })
})

describe('the conversation itself as a calendar file', () => {
  const conversation = (overrides: Partial<Answers> = {}, followsId?: string) => ({
    id: 'prep-1',
    answers: answers({ childName: 'Anouk de Vries', meetingAt: '2026-12-12T15:30', ...overrides }),
    ...(followsId ? { followsId } : {}),
  })

  test('starts at its date and time in Amsterdam and lasts the minutes the teacher chose', () => {
    const usual = conversation()
    const given = { ...usual, answers: { ...usual.answers, chosenMinutes: 45 } }
    const planned = buildChecklist(given.answers).plannedMinutes
    // The teacher took the suggested extra time over the 30 minutes she expects, so the two differ.
    expect(planned).toBe(45)
    expect(planned).toBeGreaterThan(given.answers.expectedMinutes)
    const text = conversationCalendar(given, choices('nl', false))!
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Amsterdam:20261212T153000\r\n')
    expect(text).toContain(`\r\nDURATION:PT${planned}M\r\n`)
    const { event } = parse(text)
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-12T14:30:00.000Z')
    expect(event.duration.toSeconds()).toBe(planned * 60)
  })

  test('lasts the expected minutes while the answers are not complete, else 30 minutes', () => {
    const draft = { meetingAt: '2026-12-12T15:30', expectedMinutes: 20 }
    const duration = (answers: DraftAnswers) =>
      parse(conversationCalendar({ id: 'p', answers }, choices('nl', false))!).event.duration.toSeconds()
    expect(duration(draft)).toBe(20 * 60)
    expect(duration({ meetingAt: '2026-12-12T15:30' })).toBe(30 * 60)
  })

  test('is not made without its date and time, nor for a time that cannot exist', () => {
    expect(conversationCalendar(conversation({ meetingAt: undefined }), choices('nl', false))).toBeNull()
    expect(conversationCalendar(conversation({ meetingAt: '2027-02-29T10:00' }), choices('nl', false))).toBeNull()
  })

  test('holds the initials unless the teacher chooses the full name, and says when the buddy comes', () => {
    const summary = (given: ReturnType<typeof conversation>, fullName: boolean, locale: Locale = 'nl') =>
      parse(conversationCalendar(given, choices(locale, fullName))!).event.summary
    expect(summary(conversation(), false)).toBe('Oudergesprek over A.d.V. (met ouderbuddy)')
    expect(summary(conversation(), true)).toBe('Oudergesprek over Anouk de Vries (met ouderbuddy)')
    expect(summary(conversation({ buddy: 'unknown' }), false)).toBe('Oudergesprek over A.d.V.')
    expect(summary(conversation({ buddy: 'none', childName: ' ' }), true)).toBe('Oudergesprek met ouder')
    expect(summary(conversation({ buddy: 'none' }), false, 'en')).toBe('Parent conversation about A.d.V.')
  })

  test('takes place in its room, else in the teacher’s usual room, else nowhere', () => {
    const usual = { defaultRoom: 'lokaal 12' }
    const location = (given: ReturnType<typeof conversation>, school: CalendarChoices['school']) =>
      parse(conversationCalendar(given, choices('nl', false, school))!).event.location
    expect(location(conversation({ room: 'de kamer van de IB' }), usual)).toBe('de kamer van de IB')
    expect(location(conversation({ room: '  ' }), usual)).toBe('lokaal 12')
    expect(location(conversation(), usual)).toBe('lokaal 12')
    expect(conversationCalendar(conversation(), choices('nl', false))).not.toMatch(/^LOCATION/m)
  })

  test('escapes a comma, semicolon or backslash in a room or name, the reminder’s text too', () => {
    const given = conversation({ childName: 'Anouk; Jan, Piet\\B', room: 'gebouw B, lokaal 3; boven' })
    const text = conversationCalendar(given, choices('nl', true))!
    const { event } = parse(text)
    expect(event.location).toBe('gebouw B, lokaal 3; boven')
    expect(event.summary).toBe('Oudergesprek over Anouk; Jan, Piet\\B (met ouderbuddy)')
    // A lenient parser reads an unescaped text too; a strict calendar app does not: the raw lines.
    const raw = (property: string) => new RegExp(`^${property}:(.*)\r$`, 'm').exec(text)?.[1]
    expect(raw('SUMMARY')).toBe('Oudergesprek over Anouk\\; Jan\\, Piet\\\\B (met ouderbuddy)')
    expect(raw('DESCRIPTION')).toBe(raw('SUMMARY'))
  })

  test('reminds the teacher 15 minutes before', () => {
    const text = conversationCalendar(conversation(), choices('nl', false))!
    const alarm = parse(text).event.component.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('trigger')?.toString()).toBe('-PT15M')
    expect(alarm.getFirstPropertyValue('description')).toBe('Oudergesprek over A.d.V. (met ouderbuddy)')
  })

  test('has an identity of its own, apart from the follow-up’s', () => {
    const uid = (given: ReturnType<typeof conversation>) =>
      parse(conversationCalendar(given, choices('nl', false))!).event.uid
    const followUpUid = (id: string) =>
      parse(followUpCalendar({ ...preparation(), id }, choices('nl', false))!).event.uid
    expect(uid(conversation())).toContain('prep-1')
    expect(uid(conversation())).not.toBe(followUpUid('prep-1'))
    expect(uid({ ...conversation(), id: 'prep-2' })).not.toBe(uid(conversation()))
  })

  test('a follow-up conversation updates the follow-up entry made after the first one, instead of a second entry', () => {
    const given = conversation({}, 'first')
    const { event } = parse(conversationCalendar(given, choices('nl', false))!)
    expect(event.uid).toBe(parse(followUpCalendar({ ...preparation(), id: 'first' }, choices('nl', false))!).event.uid)
    expect(event.summary).toBe('Vervolggesprek over A.d.V. (met ouderbuddy)')
  })

  test('holds no note, subject or name of the parents', () => {
    const given = conversation({ purpose: 'mogelijk dyslexie', parentNames: 'mevrouw De Vries' })
    const text = conversationCalendar(
      { ...given, notes: { x: 'Moeder is net verhuisd' } } as never,
      choices('nl', false),
    )!
    for (const secret of ['verhuisd', 'dyslexie', 'mevrouw']) expect(text).not.toContain(secret)
  })
})

test.each([
  ['Anouk', 'A.'],
  ['Anouk de Vries', 'A.d.V.'],
  ['Nguyễn Thị Minh', 'N.T.M.'],
  ['Ayşe Łukasiewicz', 'A.Ł.'],
  ['Jan-Willem', 'J.W.'],
  ['  Jan   de  Vries ', 'J.d.V.'],
  ["'t Hart", 't.H.'],
  ['Johanna ("Jo") Bakker', 'J.J.B.'],
  // Typed on a device that stores an accent as a letter of its own.
  ['E\u0301mile Zola', 'É.Z.'],
])('the initials of %j are %s', (name, expected) => {
  expect(initials(name)).toBe(expected)
})
