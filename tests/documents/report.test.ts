import { describe, expect, test } from 'vitest'
import { buildChecklist, type Answers } from '../../src/rules'
import { reportText } from '../../src/documents/report'
import type { Preparation } from '../../src/model'
import { answers } from '../rules/sample'

function preparation(overrides: Partial<Answers> = {}, extra: Partial<Preparation> = {}): Preparation {
  return {
    id: 'p1',
    createdAt: '2026-11-29T09:00:00.000Z',
    updatedAt: '2026-11-29T09:00:00.000Z',
    answers: answers({ meetingAt: '2026-12-12T15:30', ...overrides }),
    ticks: {},
    notes: { 'during.small-talk': 'Moeder is net verhuisd' },
    questions: [
      { id: 'q1', text: 'Kan Anouk extra leesles krijgen?', done: false },
      { id: 'q2', text: 'Wanneer is de toets?', done: true },
    ],
    evaluation: {
      rating: 'mixed',
      parent: 'Ouder vond het spannend',
      buddy: 'Buddy was tevreden',
      teacher: 'Ik was te gehaast',
      agreements: 'Over zes weken opnieuw praten.',
    },
    followUp: { at: '2026-12-19T14:30', minutes: 30, withBuddy: true },
    held: true,
    finished: false,
    ...extra,
  }
}

const PRIVATE = ['Moeder is net verhuisd', 'Ouder vond het spannend', 'Buddy was tevreden', 'Ik was te gehaast']

const report = (p: Preparation, includePrivate: boolean) =>
  reportText(p, buildChecklist(p.answers as Answers), includePrivate)

describe('the conversation report', () => {
  test('holds the date, who was there, the agreements, the open questions and the follow-up', () => {
    const text = report(preparation(), false)
    expect(text).toContain('Datum: zaterdag 12 december 2026 om 15:30')
    expect(text).toContain('Aanwezig: leerkracht, 1 ouder of verzorger, ouderbuddy')
    expect(text).toContain('Hoe ging het: Wisselend')
    expect(text).toContain('Over zes weken opnieuw praten.')
    expect(text).toContain('- Kan Anouk extra leesles krijgen? (open)')
    expect(text).toContain('- Wanneer is de toets? (afgehandeld)')
    expect(text).toContain('Vervolgafspraak: zaterdag 19 december 2026 om 14:30, 30 minuten, met de buddy')
  })

  test('holds no private note unless the teacher ticks that option', () => {
    const without = report(preparation(), false)
    for (const note of PRIVATE) expect(without).not.toContain(note)
    const withNotes = report(preparation(), true)
    for (const note of PRIVATE) expect(withNotes).toContain(note)
    expect(withNotes).toContain('- Begin met een praatje: Moeder is net verhuisd')
  })

  test('leaves the buddy out when no buddy came', () => {
    const text = report(preparation({ buddy: 'none' }), true)
    expect(text).toContain('Aanwezig: leerkracht, 1 ouder of verzorger')
    expect(text).not.toContain('ouderbuddy')
    expect(text).not.toContain('Buddy was tevreden')
  })

  test('never mentions a buddy when the family has none, whatever was saved before', () => {
    const changedAnswers = preparation(
      { buddy: 'none' },
      { evaluation: { buddyCame: true, buddy: 'Buddy was tevreden' } },
    )
    for (const includePrivate of [false, true]) {
      const text = report(changedAnswers, includePrivate)
      expect(text).toContain('Vervolgafspraak: zaterdag 19 december 2026 om 14:30, 30 minuten')
      expect(text).not.toMatch(/buddy/i)
    }
  })

  test('names everyone who was there: two parents and others from school', () => {
    const text = report(preparation({ parentsAttending: 2, otherAttendees: 2 }), false)
    expect(text).toContain('Aanwezig: leerkracht, 2 ouders of verzorgers, ouderbuddy, 2 van school\n')
    const english = reportText(
      preparation({ otherAttendees: 1 }),
      buildChecklist(preparation().answers as Answers, { locale: 'en' }),
      false,
    )
    expect(english).toContain('Present: teacher, 1 parent or carer, parent buddy, 1 from school\n')
  })

  test('leaves the parents out while their number is not filled in', () => {
    const draft = preparation()
    delete draft.answers.parentsAttending
    const text = reportText(draft, buildChecklist(answers()), false)
    expect(text).toContain('\nAanwezig: leerkracht, ouderbuddy\n')
  })

  test('counts the buddy as there when the teacher says afterwards that the buddy came', () => {
    const text = report(preparation({ buddy: 'unknown' }, { evaluation: { buddyCame: true, buddy: 'Fijn' } }), true)
    expect(text).toContain('Aanwezig: leerkracht, 1 ouder of verzorger, ouderbuddy\n')
    expect(text).toContain('- Buddy: Fijn')
  })

  test('is, line by line, the text a teacher pastes into the pupil administration', () => {
    expect(report(preparation(), true).split('\n')).toEqual([
      'Gespreksverslag oudergesprek',
      '',
      'Kind: Anouk',
      'Datum: zaterdag 12 december 2026 om 15:30',
      'Aanwezig: leerkracht, 1 ouder of verzorger, ouderbuddy',
      'Hoe ging het: Wisselend',
      '',
      'Afspraken:',
      'Over zes weken opnieuw praten.',
      '',
      'Vragen waar ik op terugkom:',
      '- Kan Anouk extra leesles krijgen? (open)',
      '- Wanneer is de toets? (afgehandeld)',
      '',
      'Vervolgafspraak: zaterdag 19 december 2026 om 14:30, 30 minuten, met de buddy',
      '',
      'Eigen notities:',
      '- Begin met een praatje: Moeder is net verhuisd',
      '',
      'Hoe het gesprek is ervaren:',
      '- Ouder: Ouder vond het spannend',
      '- Buddy: Buddy was tevreden',
      '- Ikzelf: Ik was te gehaast',
    ])
  })

  test('with nothing filled in yet, still says so on every line', () => {
    const empty = preparation(
      { childName: undefined, meetingAt: undefined, buddy: 'none', parentsAttending: 2 },
      { notes: {}, questions: [], evaluation: {}, followUp: {} },
    )
    expect(report(empty, true).split('\n')).toEqual([
      'Gespreksverslag oudergesprek',
      '',
      'Datum: Nog geen datum',
      'Aanwezig: leerkracht, 2 ouders of verzorgers',
      '',
      'Afspraken:',
      'Geen afspraken vastgelegd.',
      '',
      'Vragen waar ik op terugkom:',
      'Geen.',
      '',
      'Vervolgafspraak: Nog niet gepland.',
    ])
  })

  test('trims what the teacher typed, and leaves out what is only spaces', () => {
    const text = report(
      preparation(
        { childName: '  Anouk  ' },
        {
          notes: { 'during.small-talk': '  Moeder is net verhuisd  ', 'before.plan-extra-time': '   ' },
          evaluation: { parent: '  Spannend  ', buddy: '   ', teacher: '', agreements: '   ' },
        },
      ),
      true,
    )
    expect(text).toContain('\nKind: Anouk\n')
    expect(text).toContain('\n- Begin met een praatje: Moeder is net verhuisd\n')
    expect(text).not.toContain('Plan extra tijd')
    expect(text).toContain('\nAfspraken:\nGeen afspraken vastgelegd.\n')
    expect(text.endsWith('\nHoe het gesprek is ervaren:\n- Ouder: Spannend')).toBe(true)
    expect(report(preparation({ childName: '   ' }), false)).not.toContain('Kind:')
  })

  test('with private notes asked for but none written, adds no empty headings', () => {
    const text = report(preparation({}, { notes: { 'during.small-talk': ' ' }, evaluation: {} }), true)
    expect(text).not.toContain('Eigen notities')
    expect(text).not.toContain('Hoe het gesprek is ervaren')
    expect(text.endsWith('met de buddy')).toBe(true)
  })

  test('names a follow-up without length or buddy by its date and time alone', () => {
    const text = report(preparation({}, { followUp: { at: '2026-12-19T14:30' } }), false)
    expect(text.endsWith('\nVervolgafspraak: zaterdag 19 december 2026 om 14:30')).toBe(true)
  })

  test('says plainly when nothing was agreed or planned', () => {
    const text = report(preparation({}, { questions: [], evaluation: {}, followUp: {} }), false)
    expect(text).toContain('Geen afspraken vastgelegd.')
    expect(text).toContain('Vervolgafspraak: Nog niet gepland.')
  })
})
