import { describe, expect, test } from 'vitest'
import ICAL from 'ical.js'
import { oneLine } from '../../src/documents/plain-text'
import { followUpCalendar } from '../../src/documents/calendar'
import { answers } from '../rules/sample'

describe('text typed by the teacher, on one line of another format', () => {
  test('loses carriage returns, NULs, tabs and line separators, and keeps every letter', () => {
    expect(oneLine('Anouk\r\nde\u0000Vries\tvan\u2028Dam  ')).toBe('Anouk de Vries van Dam')
    expect(oneLine('Zoë-Élodie Ayşe 陈小明')).toBe('Zoë-Élodie Ayşe 陈小明')
  })

  test('a name with a carriage return or NUL does not reach the calendar file', () => {
    const text = followUpCalendar(
      {
        id: 'p1',
        answers: answers({ childName: 'Anouk\r\nBEGIN:VEVENT\u0000' }),
        followUp: { at: '2026-12-19T14:30' },
      },
      'nl',
      true,
    )!
    expect(text.includes(String.fromCharCode(0))).toBe(false)
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1)
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe('Vervolggesprek over Anouk BEGIN:VEVENT')
  })
})
