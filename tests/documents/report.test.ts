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
    card: {},
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

  test('says plainly when nothing was agreed or planned', () => {
    const text = report(preparation({}, { questions: [], evaluation: {}, followUp: {} }), false)
    expect(text).toContain('Geen afspraken vastgelegd.')
    expect(text).toContain('Vervolgafspraak: Nog niet gepland.')
  })
})
