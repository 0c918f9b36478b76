import { describe, expect, test } from 'vitest'
import { buildChecklist, type Answers } from '../../src/rules'
import { followUpInvitationText, invitationText } from '../../src/documents/invitation'
import { buddyInvolved, formOf } from '../../src/documents/parent-words'
import type { SchoolDetails } from '../../src/documents/school'
import type { Preparation } from '../../src/model'
import { answers } from '../rules/sample'

const SCHOOL: SchoolDetails = { teacherName: 'Sanne de Vries', schoolName: 'De Regenboog', defaultRoom: 'lokaal 12' }

const invite = (overrides: Partial<Answers> = {}, locale: 'nl' | 'en' = 'nl', school: SchoolDetails = SCHOOL) => {
  const given = answers({ meetingAt: '2026-12-12T15:30', ...overrides })
  return invitationText(given, buildChecklist(given, { locale }), school)
}

const FORMS = [
  { address: 'u', parentsAttending: 1 },
  { address: 'u', parentsAttending: 2 },
  { address: 'je', parentsAttending: 1 },
  { address: 'je', parentsAttending: 2 },
] as const

describe('the invitation for the parent', () => {
  test('to one parent in the u form, with everything known, reads as a whole letter', () => {
    const text = invite({
      purpose: 'hoe het gaat met lezen',
      parentNames: 'mevrouw De Vries',
      others: [{ role: 'ib', name: 'mevrouw Jansen' }],
      otherAttendees: 1,
    })
    expect(text).toBe(
      [
        'Beste mevrouw De Vries,',
        '',
        'Graag nodig ik u uit voor een gesprek over Anouk.',
        '',
        'Onderwerp: hoe het gaat met lezen',
        'Wanneer: zaterdag 12 december 2026 om 15:30',
        'Waar: lokaal 12',
        'Hoe lang: ongeveer 45 minuten',
        '',
        'Bij het gesprek is ook de intern begeleider (mevrouw Jansen). Uw buddy is ook van harte welkom.',
        '',
        'Tip: schrijf van tevoren uw vragen op en bespreek ze met uw buddy. Dan vergeet u niets in het gesprek.',
        '',
        'Met vriendelijke groet,',
        'Sanne de Vries',
        'De Regenboog',
      ].join('\n'),
    )
  })

  test('to two parents in the je form, with their names and nobody else, reads as a whole letter', () => {
    const text = invite({ address: 'je', parentsAttending: 2, parentNames: 'Sanne en Mark', buddy: 'none' })
    expect(text).toBe(
      [
        'Beste Sanne en Mark,',
        '',
        'Ik nodig jullie graag uit voor een gesprek over Anouk.',
        '',
        'Wanneer: zaterdag 12 december 2026 om 15:30',
        'Waar: lokaal 12',
        'Hoe lang: ongeveer 45 minuten',
        '',
        'Tip: schrijf van tevoren jullie vragen op. Dan vergeten jullie niets in het gesprek.',
        '',
        'Hartelijke groet,',
        'Sanne de Vries',
        'De Regenboog',
      ].join('\n'),
    )
  })

  test.each(FORMS)('opens to two parents with a plural salutation ($address form)', ({ address }) => {
    expect(invite({ address, parentsAttending: 2 })).toMatch(/^Beste ouders,\n/)
    expect(invite({ address, parentsAttending: 1 })).toMatch(/^Beste ouder,\n/)
    expect(invite({ address, parentsAttending: 2 }, 'en')).toMatch(/^Dear parents,\n/)
  })

  test('is friendly but professional in the je form: no “Hoi”, no “Groetjes”', () => {
    for (const parentsAttending of [1, 2] as const) {
      const text = invite({ address: 'je', parentsAttending })
      expect(text).not.toMatch(/Hoi|Groetjes/)
      expect(text).toContain('\n\nHartelijke groet,\nSanne de Vries')
    }
  })

  test('is signed with the teacher’s name and the school from the settings, and ends with the closing when they are not set', () => {
    expect(invite({}, 'nl', { teacherName: 'Sanne de Vries' })).toMatch(/\nMet vriendelijke groet,\nSanne de Vries$/)
    expect(invite({}, 'nl', { schoolName: 'De Regenboog' })).toMatch(/\nMet vriendelijke groet,\nDe Regenboog$/)
    expect(invite({}, 'nl', {})).toMatch(/\nMet vriendelijke groet,$/)
    expect(invite({}, 'nl', { teacherName: '  ' })).toMatch(/\nMet vriendelijke groet,$/)
  })

  test('speaks to the parents in the chosen form throughout', () => {
    const u = invite({ address: 'u', parentsAttending: 2 })
    expect(u).not.toMatch(/(^|[^\p{L}])(je|jij|jou|jouw|jullie)(?!\p{L})/iu)
    const je = invite({ address: 'je', parentsAttending: 1 })
    expect(je).not.toMatch(/(^|[^\p{L}])(u|uw|jullie)(?!\p{L})/iu)
    const jullie = invite({ address: 'je', parentsAttending: 2 })
    expect(jullie).not.toMatch(/(^|[^\p{L}])(u|uw|je|jij|jou|jouw)(?!\p{L})/iu)
  })

  test.each(FORMS)('with buddy = none never says buddy ($address form, $parentsAttending parents)', (form) => {
    for (const locale of ['nl', 'en'] as const) {
      const text = invite({ ...form, buddy: 'none' }, locale)
      expect(text).not.toMatch(/buddy/i)
      expect(text).toMatch(/Tip:/)
    }
  })

  test('welcomes a buddy who comes, asks about one who may come, and suggests going over the questions with them', () => {
    expect(invite({ buddy: 'attending' })).toContain('Uw buddy is ook van harte welkom.')
    expect(invite({ buddy: 'attending' })).not.toContain('Komt uw buddy ook?')
    for (const buddy of ['unknown', 'preparing'] as const) {
      const text = invite({ buddy })
      expect(text).toContain(
        'Een ouderbuddy is altijd welkom om mee te komen. Komt uw buddy ook? Laat het me dan even weten.',
      )
      expect(text).toContain('Tip: schrijf van tevoren uw vragen op en bespreek ze met uw buddy.')
    }
    expect(invite({ buddy: 'preparing', address: 'je' })).toContain('Komt je buddy ook?')
    expect(invite({ buddy: 'attending', address: 'je', parentsAttending: 2 })).toContain(
      'Tip: schrijf van tevoren jullie vragen op en bespreek ze met jullie buddy. Dan vergeten jullie niets in het gesprek.',
    )
  })

  test('says who else comes, by role, with the verb that fits', () => {
    expect(invite({ others: [{ role: 'interpreter' }], otherAttendees: 1 })).toContain(
      'Bij het gesprek is ook een tolk.',
    )
    expect(
      invite({ others: [{ role: 'ib', name: 'mevrouw Jansen' }, { role: 'interpreter' }], otherAttendees: 2 }),
    ).toContain('Bij het gesprek zijn ook de intern begeleider (mevrouw Jansen) en een tolk.')
    expect(invite({ others: [{ role: 'colleague' }, { role: 'colleague' }], otherAttendees: 2 })).toContain(
      'Bij het gesprek zijn ook twee collega’s van school.',
    )
    expect(invite({ others: [], otherAttendees: 0 })).not.toContain('Bij het gesprek')
    expect(invite({ others: [{ role: 'interpreter' }], otherAttendees: 1 }, 'en')).toContain(
      'Also joining us: an interpreter.',
    )
  })

  test('takes the room of this conversation over the usual room, and leaves the line out when neither is known', () => {
    expect(invite({ room: 'de teamkamer' })).toContain('\nWaar: de teamkamer\n')
    expect(invite({})).toContain('\nWaar: lokaal 12\n')
    const noRoom = invite({}, 'nl', { teacherName: 'Sanne de Vries' })
    expect(noRoom).not.toContain('Waar:')
    expect(noRoom).toContain('\n\nWanneer: zaterdag 12 december 2026 om 15:30\nHoe lang: ongeveer 45 minuten\n\n')
  })

  test('without a date asks when it suits the parents, in their form', () => {
    const text = invite({ address: 'je', meetingAt: undefined })
    expect(text).toContain('Ik nodig je graag uit voor een gesprek over Anouk. Wanneer komt het jou goed uit?')
    expect(text).not.toContain('Wanneer:')
    expect(text).toContain('?\n\nWaar: lokaal 12\nHoe lang: ongeveer 45 minuten\n\n')
    expect(invite({ address: 'je', parentsAttending: 2, meetingAt: undefined })).toContain(
      'Wanneer komt het jullie goed uit?',
    )
  })

  test('without a name speaks of the child in the chosen form', () => {
    expect(invite({ address: 'u', childName: undefined })).toContain('een gesprek over uw kind.')
    expect(invite({ address: 'je', childName: undefined })).toContain('een gesprek over je kind.')
    expect(invite({ address: 'je', parentsAttending: 2, childName: undefined })).toContain('over jullie kind.')
  })

  test('is in English in the English checklist, and in Dutch when the teacher speaks Dutch with the parent', () => {
    const given = answers({ meetingAt: '2026-12-12T15:30', purpose: 'reading' })
    const english = invitationText(given, buildChecklist(given, { locale: 'en' }), SCHOOL)
    expect(english).toMatch(
      /^Dear parent,\n\nI would like to invite you to a conversation about Anouk\.\n\nAbout: reading\n/,
    )
    expect(english).toMatch(/When: Saturday,? 12 December 2026 at 15:30/)
    expect(english).toContain('How long: about 45 minutes')
    expect(english).toMatch(/Kind regards,\nSanne de Vries\nDe Regenboog$/)
    const dutch = invitationText(given, buildChecklist(given, { locale: 'en', scriptLocale: 'nl' }), SCHOOL)
    expect(dutch).toMatch(/^Beste ouder,\n\nGraag nodig ik u uit/)
  })

  test('what the teacher typed pastes as text: one line each, no formula at the start of a line', () => {
    const text = invite({ parentNames: 'Sanne\r\nen Mark', purpose: 'lezen\u0000en rekenen' }, 'nl', {
      teacherName: '=Sanne',
      schoolName: '@school',
    })
    expect(text).toMatch(/^Beste Sanne en Mark,\n/)
    expect(text).toContain('Onderwerp: lezen en rekenen')
    expect(text).toMatch(/\n'=Sanne\n'@school$/)
  })
})

function preparation(followUp: Preparation['followUp'], overrides: Partial<Answers> = {}, buddyCame?: boolean) {
  return {
    answers: answers({ meetingAt: '2026-12-12T15:30', ...overrides }),
    followUp,
    evaluation: buddyCame === undefined ? {} : { buddyCame },
  }
}

const followUpInvite = (p: ReturnType<typeof preparation>, locale: 'nl' | 'en' = 'nl') =>
  followUpInvitationText(p, buildChecklist(p.answers, { locale }), SCHOOL)

describe('the invitation for the follow-up appointment', () => {
  test('is there only once a follow-up date is saved', () => {
    expect(followUpInvite(preparation({}))).toBeNull()
    expect(followUpInvite(preparation({ minutes: 30, withBuddy: true }))).toBeNull()
  })

  test('leaves out the length when none was saved', () => {
    const text = followUpInvite(preparation({ at: '2026-12-19T14:30' }))!
    expect(text).toContain('\n\nWanneer: zaterdag 19 december 2026 om 14:30\nWaar: lokaal 12\n\nTip:')
  })

  test('gives the saved date, time and length, the room and the signature', () => {
    const text = followUpInvite(preparation({ at: '2026-12-19T14:30', minutes: 20, withBuddy: false }))!
    expect(text).toBe(
      [
        'Beste ouder,',
        '',
        'Graag nodig ik u uit voor een vervolggesprek over Anouk.',
        '',
        'Wanneer: zaterdag 19 december 2026 om 14:30',
        'Waar: lokaal 12',
        'Hoe lang: ongeveer 20 minuten',
        '',
        'Tip: schrijf van tevoren uw vragen op en bespreek ze met uw buddy. Dan vergeet u niets in het gesprek.',
        '',
        'Met vriendelijke groet,',
        'Sanne de Vries',
        'De Regenboog',
      ].join('\n'),
    )
  })

  test('welcomes the buddy again when they came and come along, and as new when they did not come last time', () => {
    const at = '2026-12-19T14:30'
    expect(followUpInvite(preparation({ at, withBuddy: true }, { buddy: 'attending' }))).toContain(
      'Uw buddy is weer van harte welkom.',
    )
    expect(followUpInvite(preparation({ at, withBuddy: true }, { buddy: 'unknown' }, true))).toContain(
      'Uw buddy is weer van harte welkom.',
    )
    expect(followUpInvite(preparation({ at, withBuddy: true }, { buddy: 'preparing' }))).toContain(
      'Uw buddy is ook van harte welkom.',
    )
    expect(followUpInvite(preparation({ at, withBuddy: false }, { buddy: 'attending' }))).not.toContain('welkom')
  })

  test('never says buddy when the family has none, whatever was saved before', () => {
    for (const form of FORMS) {
      const text = followUpInvite(preparation({ at: '2026-12-19T14:30', withBuddy: true }, { ...form, buddy: 'none' }))
      expect(text).not.toMatch(/buddy/i)
      expect(text).toContain('vervolggesprek')
    }
  })

  test('follows the form and the language', () => {
    const jullie = followUpInvite(
      preparation({ at: '2026-12-19T14:30' }, { address: 'je', parentsAttending: 2, buddy: 'none' }),
    )
    expect(jullie).toMatch(/^Beste ouders,\n\nIk nodig jullie graag uit voor een vervolggesprek over Anouk\./)
    expect(jullie).not.toContain('Hoe lang')
    const english = followUpInvite(preparation({ at: '2026-12-19T14:30', minutes: 30 }), 'en')
    expect(english).toContain('I would like to invite you to a follow-up conversation about Anouk.')
    expect(english).toContain('How long: about 30 minutes')
  })
})

describe('before every question is answered', () => {
  test('the parents are spoken to as u, and no buddy is part of the story yet', () => {
    expect(formOf({ parentsAttending: 2 })).toBe('u')
    expect(formOf({})).toBe('u')
    expect(buddyInvolved({})).toBe(false)
    expect(buddyInvolved({ buddy: 'unknown' })).toBe(true)
    expect(buddyInvolved({ buddy: 'none' })).toBe(false)
  })
})
