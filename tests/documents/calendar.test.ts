import { describe, expect, test } from 'vitest'
import ICAL from 'ical.js'
import { followUpCalendar } from '../../src/documents/calendar'
import { initials } from '../../src/documents/names'
import { answers } from '../rules/sample'

// Runs in several time zones (vite.config.ts): the time the teacher entered is on the school's
// clock (Amsterdam), and the file says so, whatever zone the device is set to.

const preparation = (childName = 'Anouk de Vries', withBuddy = false, at = '2026-12-19T14:30') => ({
  id: 'prep-1',
  answers: answers({ childName }),
  followUp: { at, minutes: 45, withBuddy },
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
    const text = followUpCalendar(preparation(), 'nl', false)!
    const { event } = parse(text)
    expect(event.startDate.zone?.tzid).toBe('Europe/Amsterdam')
    expect(event.startDate.toJSDate().getTime()).toBe(Date.parse('2026-12-19T13:30:00.000Z'))
    expect(event.endDate.toJSDate().getTime()).toBe(Date.parse('2026-12-19T14:15:00.000Z'))
    expect(event.summary).toBe('Vervolggesprek over A.d.V.')
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Amsterdam:20261219T143000\r\n')
  })

  test('describes the zone it names, before the event', () => {
    const text = followUpCalendar(preparation(), 'nl', false)!
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
    const { event } = parse(followUpCalendar(preparation('Anouk', false, at), 'nl', false)!)
    expect(event.startDate.toJSDate().toISOString()).toBe(utc)
  })

  test('lasts 30 minutes when the teacher gave no length', () => {
    const { event } = parse(followUpCalendar({ ...preparation(), followUp: { at: '2026-12-19T14:30' } }, 'nl', false)!)
    expect(event.duration.toSeconds()).toBe(30 * 60)
  })

  test('holds the full name only when the teacher chooses so, and says when the buddy comes', () => {
    const { event } = parse(followUpCalendar(preparation('Anouk', true), 'nl', true)!)
    expect(event.summary).toBe('Vervolggesprek over Anouk (met ouderbuddy)')
    expect(parse(followUpCalendar(preparation('Anouk', true), 'en', false)!).event.summary).toBe(
      'Follow-up conversation about A. (with parent buddy)',
    )
  })

  test('speaks of the parent when no name was given', () => {
    expect(parse(followUpCalendar(preparation('  '), 'nl', true)!).event.summary).toBe('Vervolggesprek met ouder')
    const unnamed = { ...preparation(), answers: answers({ childName: undefined }) }
    expect(parse(followUpCalendar(unnamed, 'nl', false)!).event.summary).toBe('Vervolggesprek met ouder')
  })

  test('gives each preparation’s appointment its own identity, so calendars keep them apart', () => {
    const uid = (id: string) => parse(followUpCalendar({ ...preparation(), id }, 'nl', false)!).event.uid
    expect(uid('prep-1')).toContain('prep-1')
    expect(uid('prep-1')).toBe(uid('prep-1'))
    expect(uid('prep-2')).not.toBe(uid('prep-1'))
  })

  test('says it comes from Oudergesprek, so the teacher recognises it in the calendar app', () => {
    const { calendar } = parse(followUpCalendar(preparation(), 'nl', false)!)
    expect(calendar.getFirstPropertyValue('prodid')).toBe('oudergesprek')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Oudergesprek')
  })

  test.each(['2026-13-45T99:99', '2027-02-29T10:00', '2026-12-12T24:00', '0050-12-12T10:00'])(
    'is never written for a time that cannot exist: %s',
    (at) => {
      expect(followUpCalendar(preparation('Anouk', false, at), 'nl', false)).toBeNull()
    },
  )

  test('is written for the last day of February in a leap year', () => {
    expect(followUpCalendar(preparation('Anouk', false, '2028-02-29T10:00'), 'nl', false)).toContain(
      'DTSTART;TZID=Europe/Amsterdam:20280229T100000',
    )
  })

  test('says nothing of a buddy once the family has none', () => {
    const withoutBuddy = { ...preparation('Anouk', true), answers: answers({ childName: 'Anouk', buddy: 'none' }) }
    expect(parse(followUpCalendar(withoutBuddy, 'nl', true)!).event.summary).toBe('Vervolggesprek over Anouk')
  })

  test('holds no note text', () => {
    const text = followUpCalendar({ ...preparation(), notes: { x: 'Moeder is net verhuisd' } } as never, 'nl', false)!
    expect(text).not.toContain('verhuisd')
    expect(text).not.toMatch(/^DESCRIPTION/m)
  })

  test('is not made without a date', () => {
    expect(followUpCalendar({ ...preparation(), followUp: {} }, 'nl', false)).toBeNull()
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
