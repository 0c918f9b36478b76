import { describe, expect, test } from 'vitest'
import { buildChecklist, type Answers } from '../../src/rules'
import { present, reportText } from '../../src/documents/report'
import type { SchoolDetails } from '../../src/documents/school'
import type { Preparation } from '../../src/model'
import { answers } from '../rules/sample'

function preparation(overrides: Partial<Answers> = {}, extra: Partial<Preparation> = {}): Preparation {
  return {
    id: 'p1',
    createdAt: '2026-11-29T09:00:00.000Z',
    updatedAt: '2026-11-29T09:00:00.000Z',
    answers: answers({ meetingAt: '2026-12-12T15:30', purpose: 'hoe het gaat met lezen', ...overrides }),
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
      discussed: 'De leesresultaten van groep 4.\nHet plan voor extra lezen.',
      agreements: 'Over zes weken opnieuw praten.',
    },
    followUp: { at: '2026-12-19T14:30', minutes: 30, withBuddy: true },
    card: {},
    texts: {},
    held: true,
    finished: false,
    ...extra,
  }
}

const SCHOOL: SchoolDetails = { teacherName: 'Sanne de Vries', schoolName: 'De Regenboog' }
/** What the teacher wrote for themselves: how everyone experienced it, the rating and the checklist notes. */
const PRIVATE = [
  'Moeder is net verhuisd',
  'Ouder vond het spannend',
  'Buddy was tevreden',
  'Ik was te gehaast',
  'Wisselend',
]

const report = (p: Preparation, school = SCHOOL, locale: 'nl' | 'en' = 'nl') =>
  reportText(p, buildChecklist(p.answers as Answers, { locale }), school)

const presentLine = (text: string) => text.split('\n').find((line) => /^(Aanwezig|Present):/.test(line))

describe('the report for the pupil file', () => {
  test('reads as a whole: purpose, who was there, what was discussed and agreed, questions, follow-up and author', () => {
    expect(report(preparation())).toBe(
      [
        'Gespreksverslag oudergesprek',
        '',
        'Kind: Anouk',
        'Datum: zaterdag 12 december 2026 om 15.30 uur',
        'Onderwerp: hoe het gaat met lezen',
        'Aanwezig: de leerkracht (Sanne de Vries), de ouder en de ouderbuddy',
        '',
        'Besproken:',
        'De leesresultaten van groep 4.',
        'Het plan voor extra lezen.',
        '',
        'Afspraken:',
        'Over zes weken opnieuw praten.',
        '',
        'Open vragen (de leerkracht komt erop terug):',
        '• Kan Anouk extra leesles krijgen?',
        '',
        'Vervolgafspraak: zaterdag 19 december 2026 om 14.30 uur, 30 minuten, met de ouderbuddy',
        '',
        'Opgesteld door: Sanne de Vries, De Regenboog',
      ].join('\n'),
    )
  })

  test.each<[Partial<Answers>, string]>([
    [
      { others: [{ role: 'ib', name: 'mevrouw Jansen' }], otherAttendees: 1 },
      'Aanwezig: de leerkracht (Sanne de Vries), de ouder, de ouderbuddy en de intern begeleider (mevrouw Jansen)',
    ],
    [
      { others: [{ role: 'interpreter' }, { role: 'colleague' }, { role: 'colleague' }], otherAttendees: 3 },
      'Aanwezig: de leerkracht (Sanne de Vries), de ouder, de ouderbuddy, een tolk en twee collega’s van school',
    ],
    [
      {
        buddy: 'none',
        parentsAttending: 2,
        parentNames: 'Sanne en Mark',
        others: [{ role: 'director' }],
        otherAttendees: 1,
      },
      'Aanwezig: de leerkracht (Sanne de Vries), de ouders (Sanne en Mark) en de directeur',
    ],
    [
      { buddy: 'none', otherAttendees: 2, others: undefined },
      'Aanwezig: de leerkracht (Sanne de Vries), de ouder en twee collega’s van school',
    ],
  ])('says who was there by role, with names when given: %j', (overrides, line) => {
    expect(presentLine(report(preparation(overrides)))).toBe(line)
  })

  test('says who was there in English too, and without the teacher’s name when none is set', () => {
    const p = preparation({ others: [{ role: 'ib', name: 'Mrs Jansen' }, { role: 'interpreter' }], otherAttendees: 2 })
    expect(presentLine(report(p, {}, 'en'))).toBe(
      'Present: the teacher, the parent, the parent buddy, the special needs coordinator (Mrs Jansen) and an interpreter',
    )
  })

  test('counts the buddy as there only when they came', () => {
    expect(presentLine(report(preparation({ buddy: 'unknown' })))).not.toContain('buddy')
    const came = preparation({ buddy: 'unknown' }, { evaluation: { buddyCame: true } })
    expect(presentLine(report(came))).toContain('de ouderbuddy')
  })

  test('is factual: never the rating, how anyone experienced it or the checklist notes', () => {
    const text = report(preparation())
    for (const note of PRIVATE) expect(text).not.toContain(note)
    expect(text).not.toMatch(/Hoe ging het|Eigen notities|ervaren/)
    const english = report(preparation(), SCHOOL, 'en')
    for (const note of PRIVATE) expect(english).not.toContain(note)
  })

  test('lists only the questions still open; the answered ones are dealt with', () => {
    const text = report(preparation())
    expect(text).toContain('Open vragen (de leerkracht komt erop terug):\n• Kan Anouk extra leesles krijgen?\n')
    expect(text).not.toContain('Wanneer is de toets?')
    const allDone = preparation({}, { questions: [{ id: 'q2', text: 'Wanneer is de toets?', done: true }] })
    expect(report(allDone)).not.toContain('Open vragen')
  })

  test('without a name or a date: no line for the child, and the date not known yet', () => {
    const text = report(preparation({ childName: undefined, meetingAt: undefined }))
    expect(text).not.toContain('Kind:')
    expect(text).toMatch(/^Gespreksverslag oudergesprek\n\nOnderwerp: /)
    expect(text).not.toContain('Datum')
  })

  test('names the parents only once it is known how many come', () => {
    const unknown = { answers: { ...answers(), parentsAttending: undefined }, evaluation: {} }
    expect(present(unknown, SCHOOL, 'nl')).toBe('de leerkracht (Sanne de Vries) en de ouderbuddy')
  })

  test('gives the follow-up without a length when none was saved', () => {
    const p = preparation({}, { followUp: { at: '2026-12-19T14:30', withBuddy: false } })
    expect(report(p)).toContain('\nVervolgafspraak: zaterdag 19 december 2026 om 14.30 uur\n')
  })

  test('leaves out the author when no teacher name is set, and names the teacher without a school', () => {
    expect(report(preparation(), {})).not.toContain('Opgesteld door')
    expect(report(preparation(), { schoolName: 'De Regenboog' })).not.toContain('Opgesteld door')
    expect(report(preparation(), { teacherName: 'Sanne de Vries' })).toMatch(/\n\nOpgesteld door: Sanne de Vries$/)
  })

  test('never mentions a buddy when the family has none, whatever was saved before', () => {
    const changedAnswers = preparation(
      { buddy: 'none' },
      { evaluation: { buddyCame: true, buddy: 'Buddy was tevreden' } },
    )
    const text = report(changedAnswers)
    expect(text).toContain('Vervolgafspraak: zaterdag 19 december 2026 om 14.30 uur, 30 minuten')
    expect(text).not.toMatch(/buddy/i)
  })

  test('leaves out what was not written, agreed or planned', () => {
    const text = report(
      preparation({ purpose: undefined }, { questions: [], evaluation: { discussed: ' \n ' }, followUp: {} }),
    )
    expect(text).toBe(
      [
        'Gespreksverslag oudergesprek',
        '',
        'Kind: Anouk',
        'Datum: zaterdag 12 december 2026 om 15.30 uur',
        'Aanwezig: de leerkracht (Sanne de Vries), de ouder en de ouderbuddy',
        '',
        'Opgesteld door: Sanne de Vries, De Regenboog',
      ].join('\n'),
    )
  })

  test('pastes cleanly: the teacher’s lists become bullets, a formula start is neutralised, control characters go', () => {
    const p = preparation(
      { childName: 'Anouk\u0000', purpose: '=lezen\r\nen rekenen' },
      {
        notes: { 'during.small-talk': 'regel een\nregel twee' },
        questions: [{ id: 'q1', text: '=1+1\tvraag', done: false }],
        evaluation: {
          discussed: '- lezen\n+ rekenen\n=SOM(A1)\n@juf\n-3 punten\n\tinspringen',
          agreements: '\n\n+31 6 12345678\n\n\n\nverder\n',
          teacher: '@mij',
        },
      },
    )
    const text = report(p, { teacherName: '=Sanne', schoolName: 'De Regenboog' })
    expect(text).toContain(
      "Besproken:\n• lezen\n• rekenen\n'=SOM(A1)\n'@juf\n'-3 punten\ninspringen\n\nAfspraken:\n'+31 6 12345678\n\nverder\n",
    )
    expect(text).toContain('Kind: Anouk\n')
    expect(text).toContain('Onderwerp: =lezen en rekenen\n')
    expect(text).toContain('• =1+1 vraag\n')
    expect(text).toContain('Opgesteld door: =Sanne, De Regenboog')
    for (const line of text.split('\n')) expect(line).not.toMatch(/^[=+\-@]/)
    expect(text).not.toMatch(/[\p{Cc}](?<!\n)/u)
  })
})
