import { describe, expect, test } from 'vitest'
import ICAL from 'ical.js'
import fc from 'fast-check'
import { oneLine, pasteText, safeLine, textLines } from '../../src/documents/plain-text'
import { followUpCalendar } from '../../src/documents/calendar'
import { answers } from '../rules/sample'

describe('text typed by the teacher, on one line of another format', () => {
  test('loses carriage returns, NULs, tabs and line separators, and keeps every letter', () => {
    expect(oneLine('Anouk\r\nde\u0000Vries\tvan\u2028Dam  ')).toBe('Anouk de Vries van Dam')
    expect(oneLine('Zoë-Élodie Ayşe 陈小明')).toBe('Zoë-Élodie Ayşe 陈小明')
    expect(oneLine('Anouk   de  Vries')).toBe('Anouk de Vries')
  })

  test('a name or room with a carriage return or NUL does not reach the calendar file', () => {
    const text = followUpCalendar(
      {
        id: 'p1',
        answers: answers({ childName: 'Anouk\r\nBEGIN:VEVENT\u0000' }),
        followUp: { at: '2026-12-19T14:30' },
      },
      { locale: 'nl', fullName: true, school: { defaultRoom: 'lokaal 12\r\nEND:VEVENT' } },
    )!
    expect(text.includes(String.fromCharCode(0))).toBe(false)
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1)
    expect(text.match(/^END:VEVENT/gm)).toHaveLength(1)
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe('Vervolggesprek over Anouk BEGIN:VEVENT')
    expect(event.location).toBe('lokaal 12 END:VEVENT')
  })
})

describe('text that pastes as text, never as a spreadsheet formula', () => {
  test.each([
    ['- lezen oefenen', '• lezen oefenen'],
    ['-lezen oefenen', '• lezen oefenen'],
    ['+ extra leestijd', '• extra leestijd'],
    ['  - ingesprongen', '• ingesprongen'],
    ['-\tmet een tab', '• met een tab'],
    ['=SOM(A1:A3)', "'=SOM(A1:A3)"],
    ['=HYPERLINK("http://x","klik")', '\'=HYPERLINK("http://x","klik")'],
    ['+31 6 12345678', "'+31 6 12345678"],
    ['-3 punten', "'-3 punten"],
    ['--', "'--"],
    ['@juf', "'@juf"],
    ['\t=1+1', "'=1+1"],
    ['Lezen - oefenen = fijn', 'Lezen - oefenen = fijn'],
    ['• al een bolletje', '• al een bolletje'],
  ])('%j becomes %j', (line, safe) => {
    expect(safeLine(line)).toBe(safe)
  })

  test('a line made safe stays the same when made safe again', () => {
    for (const line of ['- lezen', '=1', "'=1", '@x', 'gewoon']) expect(safeLine(safeLine(line))).toBe(safeLine(line))
  })

  test('splits the teacher’s text on every kind of line break, drops blank lines at the ends and keeps one between', () => {
    expect(textLines('\n\nEen\r\nTwee\rDrie\u2028Vier\n\n\n\nVijf\n  \n')).toEqual([
      'Een',
      'Twee',
      'Drie',
      'Vier',
      '',
      'Vijf',
    ])
    expect(textLines('   ')).toEqual([])
  })

  test('for any text, no line starts with =, +, - or @, and no control character but the line break is left', () => {
    const risky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\u0000', '\u2028', ' ', 'a', '•', "'", '1')
    const text = fc
      .array(fc.oneof(risky, fc.string({ maxLength: 8 })), { maxLength: 30 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (lines) => {
        const pasted = pasteText(lines)
        for (const line of pasted.split('\n')) expect(line).not.toMatch(/^[=+\-@]/)
        expect(pasted).not.toMatch(/[\p{Cc}\u2028\u2029](?<!\n)/u)
      }),
    )
  })
})
