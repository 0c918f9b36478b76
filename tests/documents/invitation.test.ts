import { describe, expect, test } from 'vitest'
import { buildChecklist, type Answers } from '../../src/rules'
import { followUpInvitationText, invitationText } from '../../src/documents/invitation'
import { buddyInvolved, formOf } from '../../src/documents/parent-words'
import type { SchoolDetails } from '../../src/documents/school'
import type { Preparation } from '../../src/model'
import { answers } from '../rules/sample'

const SCHOOL: SchoolDetails = { teacherName: 'Sanne de Vries', schoolName: 'De Regenboog', defaultRoom: 'lokaal 12' }

/** A teacher who took 45 minutes for a conversation that usually takes 30. */
const invite = (overrides: Partial<Answers> = {}, locale: 'nl' | 'en' = 'nl', school: SchoolDetails = SCHOOL) => {
  const given = answers({ meetingAt: '2026-12-12T15:30', chosenMinutes: 45, ...overrides })
  return invitationText(given, buildChecklist(given, { locale }), school)
}

const FORMS = [
  { address: 'u', parentsAttending: 1 },
  { address: 'u', parentsAttending: 2 },
  { address: 'je', parentsAttending: 1 },
  { address: 'je', parentsAttending: 2 },
] as const

describe('the invitation for the parent', () => {
  test('says the length the teacher chose, and when the buddy comes in by that length', () => {
    const usual = invite({ chosenMinutes: undefined })
    expect(usual).toContain('Hoe lang: ongeveer 30 minuten')
    // 30 minutes from 15:30: a minute's welcome, ten for the news, the buddy at 15:41, said as 15.40.
    expect(usual).toContain('Om ongeveer 15.40 uur kan uw buddy erbij komen.')
    expect(invite({ chosenMinutes: 60 })).toContain('Hoe lang: een uur')
  })

  test('to one parent in the u form, with everything known, reads as a whole letter', () => {
    const text = invite(
      {
        sensitiveNews: false,
        purpose: 'hoe het gaat met lezen',
        parentNames: 'mevrouw De Vries',
        others: [{ role: 'ib', name: 'mevrouw Jansen' }],
        otherAttendees: 1,
      },
      'nl',
      { ...SCHOOL, phone: '06-12345678', email: 'sanne@regenboog.nl' },
    )
    expect(text).toBe(
      [
        'Beste mevrouw De Vries,',
        '',
        'Ik wil graag met u praten over Anouk.',
        '',
        'Waarover: hoe het gaat met lezen',
        'Wanneer: zaterdag 12 december om 15.30 uur',
        'Waar: lokaal 12',
        'Hoe lang: ongeveer 45 minuten',
        '',
        'Bij het gesprek is ook de intern begeleider (mevrouw Jansen). De intern begeleider denkt mee over hoe kinderen op school het best leren.',
        '',
        'Uw buddy is ook van harte welkom.',
        '',
        'Tip: schrijf van tevoren uw vragen op en bespreek ze met uw buddy. Dan vergeet u niets in het gesprek.',
        '',
        'Past deze tijd niet, of hebt u een vraag? Laat het me dan weten via 06-12345678 of sanne@regenboog.nl.',
        '',
        'Met vriendelijke groet,',
        'Sanne de Vries',
        'De Regenboog',
      ].join('\n'),
    )
  })

  test('with sensitive news and a buddy who comes: the parent’s own subject, the first part alone, no going over it with the buddy', () => {
    const text = invite({ purpose: 'mogelijke dyslexie', parentSubject: 'hoe het gaat met lezen' })
    expect(text).toBe(
      [
        'Beste ouder,',
        '',
        'Ik wil graag met u praten over Anouk.',
        '',
        'Waarover: hoe het gaat met lezen',
        'Wanneer: zaterdag 12 december om 15.30 uur',
        'Waar: lokaal 12',
        'Hoe lang: ongeveer 45 minuten',
        '',
        // 15:30 welcome, 15:35 alone with the parent, then the buddy: the card's agenda.
        'Eerst praat ik alleen met u. Om ongeveer 15.50 uur kan uw buddy erbij komen.',
        '',
        'Tip: schrijf van tevoren uw vragen op. Dan vergeet u niets in het gesprek.',
        '',
        'Past deze tijd niet, of hebt u een vraag? Laat het me dan weten.',
        '',
        'Met vriendelijke groet,',
        'Sanne de Vries',
        'De Regenboog',
      ].join('\n'),
    )
  })

  test('with sensitive news never holds the teacher’s own subject, in any form, with or without a subject for the parent', () => {
    for (const form of FORMS)
      for (const buddy of ['attending', 'unknown', 'preparing', 'none'] as const) {
        const without = invite({ ...form, buddy, purpose: 'mogelijke dyslexie' })
        expect(without).not.toContain('dyslexie')
        expect(without).not.toContain('Waarover')
        const withSubject = invite({ ...form, buddy, purpose: 'mogelijke dyslexie', parentSubject: 'lezen' })
        expect(withSubject).not.toContain('dyslexie')
        expect(withSubject).toContain('\nWaarover: lezen\n')
      }
    expect(invite({ sensitiveNews: false, purpose: 'lezen', parentSubject: 'iets anders' })).toContain(
      '\nWaarover: lezen\n',
    )
  })

  test('with sensitive news and a buddy who may come or only helps to prepare: the buddy is asked about, and comes in after the first part', () => {
    for (const buddy of ['unknown', 'preparing'] as const) {
      const text = invite({ buddy })
      expect(text).toContain('Komt uw buddy ook? Dat is fijn. Laat het me dan even weten. Eerst praat ik alleen met u.')
      expect(text).not.toContain('bespreek ze met uw buddy')
    }
    // Only a buddy who may come has a time to join on the agenda.
    expect(invite({ buddy: 'unknown' })).toContain('Om ongeveer 15.50 uur kan uw buddy erbij komen.')
    expect(invite({ buddy: 'preparing' })).toContain('Daarna kan uw buddy erbij komen.\n')
    // Not "always welcome" and then "but not at first".
    expect(invite({ buddy: 'unknown' })).not.toContain('altijd welkom')
    expect(invite({ buddy: 'attending', meetingAt: undefined })).toContain(
      'Eerst praat ik alleen met u. Daarna kan uw buddy erbij komen.\n',
    )
    expect(invite({ buddy: 'attending', address: 'je', parentsAttending: 2 })).toContain(
      'Eerst praat ik alleen met jullie. Om ongeveer 15.50 uur kan jullie buddy erbij komen.',
    )
    expect(invite({ buddy: 'attending', address: 'je' })).toContain(
      'alleen met jou. Om ongeveer 15.50 uur kan je buddy',
    )
    expect(invite({ buddy: 'none' })).not.toContain('Eerst praat')
    // A letter nobody signs names the teacher who talks first.
    expect(invite({ buddy: 'attending' }, 'nl', { schoolName: 'De Regenboog' })).toContain(
      'Eerst praat de leerkracht van Anouk alleen met u.',
    )
  })

  test('to two parents in the je form, with their names and nobody else, reads as a whole letter', () => {
    const text = invite({ address: 'je', parentsAttending: 2, parentNames: 'Sanne en Mark', buddy: 'none' })
    expect(text).toBe(
      [
        'Beste Sanne en Mark,',
        '',
        'Ik wil graag met jullie praten over Anouk.',
        '',
        'Wanneer: zaterdag 12 december om 15.30 uur',
        'Waar: lokaal 12',
        'Hoe lang: ongeveer 45 minuten',
        '',
        'Tip: schrijf van tevoren jullie vragen op. Dan vergeten jullie niets in het gesprek.',
        '',
        'Past deze tijd niet, of hebben jullie een vraag? Laat het me dan weten.',
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

  test('says how to answer: “me” in a letter the teacher signs, the teacher in words where nobody signs, and how to reach them', () => {
    const reply = (school: SchoolDetails, overrides: Partial<Answers> = {}) =>
      invite({ sensitiveNews: false, ...overrides }, 'nl', school)
    expect(reply({ teacherName: 'juf Sanne', otherContact: 'de Parro-app' })).toContain(
      '\n\nPast deze tijd niet, of hebt u een vraag? Laat het me dan weten via de Parro-app.\n\n',
    )
    expect(reply({ phone: '06-12345678', email: 'sanne@school.nl', otherContact: 'Parro' })).toContain(
      'Laat het de leerkracht van Anouk dan weten via 06-12345678, sanne@school.nl of Parro.',
    )
    expect(reply({}, { childName: undefined })).toContain('Laat het de leerkracht dan weten.')
    const unsigned = reply({ schoolName: 'De Regenboog' }, { buddy: 'unknown' })
    expect(unsigned).not.toMatch(/(^|[^\p{L}])me(?!\p{L})/u)
    expect(unsigned).toContain('Komt uw buddy ook? Laat het de leerkracht van Anouk dan even weten.')
    expect(reply({ teacherName: 'juf Sanne' }, { meetingAt: undefined, address: 'je' })).toContain(
      'Ik wil graag met je praten over Anouk. Wanneer past het jou? Laat het me weten.\n\n',
    )
    expect(reply({ teacherName: 'juf Sanne' }, { meetingAt: undefined })).not.toContain('Past deze tijd niet')
  })

  test('writes the date and the length as a letter to parents does', () => {
    expect(invite({ meetingAt: '2027-01-05T09:05', sensitiveNews: false })).toContain(
      '\nWanneer: dinsdag 5 januari om 9.05 uur\n',
    )
    const length = (expectedMinutes: number) =>
      /Hoe lang: (.*)/.exec(
        invite({ buddy: 'none', sensitiveNews: false, expectedMinutes, chosenMinutes: undefined }),
      )![1]
    expect(length(15)).toBe('ongeveer 15 minuten')
    expect(length(60)).toBe('een uur')
    expect(length(75)).toBe('ruim een uur')
    expect(length(90)).toBe('ongeveer anderhalf uur')
    expect(length(105)).toBe('bijna twee uur')
    expect(length(120)).toBe('twee uur')
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

  test('without sensitive news welcomes a buddy who comes, asks about one who may come, and suggests going over the questions with them', () => {
    const invite2 = (overrides: Partial<Answers>) => invite({ sensitiveNews: false, ...overrides })
    expect(invite2({ buddy: 'attending' })).toContain('\n\nUw buddy is ook van harte welkom.\n\n')
    expect(invite2({ buddy: 'attending' })).not.toContain('Komt uw buddy ook?')
    for (const buddy of ['unknown', 'preparing'] as const) {
      const text = invite2({ buddy })
      expect(text).toContain('Een ouderbuddy is altijd welkom. Komt uw buddy ook? Laat het me dan even weten.')
      expect(text).toContain('Tip: schrijf van tevoren uw vragen op en bespreek ze met uw buddy.')
      expect(text).not.toContain('Eerst praat')
    }
    expect(invite2({ buddy: 'preparing', address: 'je' })).toContain('Komt je buddy ook?')
    expect(invite2({ buddy: 'attending', address: 'je', parentsAttending: 2 })).toContain(
      'Tip: schrijf van tevoren jullie vragen op en bespreek ze met jullie buddy. Dan vergeten jullie niets in het gesprek.',
    )
  })

  test('says who else comes, by role, with the verb that fits', () => {
    expect(invite({ others: [{ role: 'interpreter' }], otherAttendees: 1 })).toContain(
      'Bij het gesprek is ook een tolk. De tolk vertaalt wat we zeggen.',
    )
    expect(
      invite({ others: [{ role: 'ib', name: 'mevrouw Jansen' }, { role: 'interpreter' }], otherAttendees: 2 }),
    ).toContain(
      'Bij het gesprek zijn ook de intern begeleider (mevrouw Jansen) en een tolk. De intern begeleider denkt mee over hoe kinderen op school het best leren. De tolk vertaalt wat we zeggen.',
    )
    expect(invite({ others: [{ role: 'director' }], otherAttendees: 1 })).toContain(
      'Bij het gesprek is ook de directeur.\n',
    )
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
    expect(noRoom).toContain('\n\nWanneer: zaterdag 12 december om 15.30 uur\nHoe lang: ongeveer 45 minuten\n\n')
  })

  test('without a date asks when it suits the parents, in their form', () => {
    const text = invite({ address: 'je', meetingAt: undefined })
    expect(text).toContain('Ik wil graag met je praten over Anouk. Wanneer past het jou? Laat het me weten.')
    expect(text).not.toContain('Wanneer:')
    expect(text).toContain('weten.\n\nWaar: lokaal 12\nHoe lang: ongeveer 45 minuten\n\n')
    expect(invite({ address: 'je', parentsAttending: 2, meetingAt: undefined })).toContain('Wanneer past het jullie?')
    expect(invite({ meetingAt: undefined })).toContain('Wanneer past het u?')
  })

  test('without a name speaks of the child in the chosen form', () => {
    expect(invite({ address: 'u', childName: undefined })).toContain('met u praten over uw kind.')
    expect(invite({ address: 'je', childName: undefined })).toContain('met je praten over je kind.')
    expect(invite({ address: 'je', parentsAttending: 2, childName: undefined })).toContain('over jullie kind.')
  })

  test('is in English in the English checklist, and in Dutch when the teacher speaks Dutch with the parent', () => {
    const given = answers({ meetingAt: '2026-12-12T15:30', purpose: 'reading', sensitiveNews: false })
    const english = invitationText(given, buildChecklist(given, { locale: 'en' }), SCHOOL)
    expect(english).toMatch(/^Dear parent,\n\nI would like to talk with you about Anouk\.\n\nAbout: reading\n/)
    expect(english).toMatch(/When: Saturday,? 12 December at 15:30\n/)
    expect(english).toContain('\n\nDoes this time not suit you, or do you have a question? Please let me know.\n\n')
    expect(english).toContain('How long: about 30 minutes')
    expect(english).toMatch(/Kind regards,\nSanne de Vries\nDe Regenboog$/)
    const dutch = invitationText(given, buildChecklist(given, { locale: 'en', scriptLocale: 'nl' }), SCHOOL)
    expect(dutch).toMatch(/^Beste ouder,\n\nIk wil graag met u praten/)
  })

  test('what the teacher typed pastes as text: one line each, no formula at the start of a line', () => {
    const text = invite(
      { sensitiveNews: false, parentNames: 'Sanne\r\nen Mark', purpose: 'lezen\u0000en rekenen' },
      'nl',
      {
        teacherName: '=Sanne',
        schoolName: '@school',
      },
    )
    expect(text).toMatch(/^Beste Sanne en Mark,\n/)
    expect(text).toContain('Waarover: lezen en rekenen')
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
    expect(text).toContain('\n\nWanneer: zaterdag 19 december om 14.30 uur\nWaar: lokaal 12\n\nTip:')
  })

  test('gives the saved date, time and length, the room and the signature', () => {
    const text = followUpInvite(preparation({ at: '2026-12-19T14:30', minutes: 20, withBuddy: false }))!
    expect(text).toBe(
      [
        'Beste ouder,',
        '',
        'Ik wil graag nog een keer met u praten over Anouk.',
        '',
        'Wanneer: zaterdag 19 december om 14.30 uur',
        'Waar: lokaal 12',
        'Hoe lang: ongeveer 20 minuten',
        '',
        // The news was told the first time: now the buddy may help the parent prepare.
        'Tip: schrijf van tevoren uw vragen op en bespreek ze met uw buddy. Dan vergeet u niets in het gesprek.',
        '',
        'Past deze tijd niet, of hebt u een vraag? Laat het me dan weten.',
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
      expect(text).toContain('nog een keer met')
    }
  })

  test('follows the form and the language', () => {
    const jullie = followUpInvite(
      preparation({ at: '2026-12-19T14:30' }, { address: 'je', parentsAttending: 2, buddy: 'none' }),
    )
    expect(jullie).toMatch(/^Beste ouders,\n\nIk wil graag nog een keer met jullie praten over Anouk\./)
    expect(jullie).not.toContain('Hoe lang')
    const english = followUpInvite(preparation({ at: '2026-12-19T14:30', minutes: 30 }), 'en')
    expect(english).toContain('I would like to talk with you again about Anouk.')
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
