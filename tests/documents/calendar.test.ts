// The calendar file is checked in the teachers' own time zone.
process.env.TZ = 'Europe/Amsterdam'

import { describe, expect, test } from 'vitest'
import ICAL from 'ical.js'
import { followUpCalendar } from '../../src/documents/calendar'
import { initials } from '../../src/documents/names'
import { answers } from '../rules/sample'

const preparation = (childName = 'Anouk de Vries', withBuddy = false) => ({
  id: 'prep-1',
  answers: answers({ childName }),
  followUp: { at: '2026-12-19T14:30', minutes: 45, withBuddy },
})

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
  return { calendar, event }
}

describe('the follow-up appointment as a calendar file', () => {
  test('parses with an independent parser, with the right start, end and summary in UTC', () => {
    const text = followUpCalendar(preparation(), 'nl', false)!
    const { event } = parse(text)
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-19T13:30:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-19T14:15:00.000Z')
    expect(event.startDate.zone?.tzid).toBe('UTC')
    expect(event.summary).toBe('Vervolggesprek over A.d.V.')
    expect(text).toMatch(/DTSTART:20261219T133000Z/)
  })

  test('holds the full name only when the teacher chooses so, and says when the buddy comes', () => {
    const { event } = parse(followUpCalendar(preparation('Anouk', true), 'nl', true)!)
    expect(event.summary).toBe('Vervolggesprek over Anouk (met ouderbuddy)')
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
])('the initials of %s are %s', (name, expected) => {
  expect(initials(name)).toBe(expected)
})
