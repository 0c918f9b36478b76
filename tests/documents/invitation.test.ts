import { describe, expect, test } from 'vitest'
import { buildChecklist, type DraftAnswers } from '../../src/rules'
import { invitationText } from '../../src/documents/invitation'
import { answers } from '../rules/sample'

const invite = (overrides: Parameters<typeof answers>[0] = {}, locale: 'nl' | 'en' = 'nl') => {
  const given = answers({ meetingAt: '2026-12-12T15:30', ...overrides })
  return invitationText(given, buildChecklist(given, { locale }))
}

describe('the invitation for the parent', () => {
  test('in the u form holds the date, the time, the length and that a buddy is welcome', () => {
    const text = invite({ address: 'u' })
    expect(text).toContain('zaterdag 12 december 2026')
    expect(text).toContain('15:30')
    expect(text).toContain('45 minuten')
    expect(text).toContain('welkom')
    expect(text).toContain('Graag nodig ik u uit voor een gesprek over Anouk op zaterdag 12 december 2026 om 15:30.')
  })

  test('in the je form holds the date, the time and welkom, and no u or uw', () => {
    const text = invite({ address: 'je' })
    expect(text).toContain('zaterdag 12 december 2026')
    expect(text).toContain('15:30')
    expect(text).toContain('welkom')
    expect(text).not.toMatch(/(^|[^\p{L}])(u|uw|U|Uw)[ .,?!]/u)
  })

  test('without a name speaks of the child in the chosen form', () => {
    expect(invite({ address: 'u', childName: undefined })).toContain('een gesprek over uw kind op')
    expect(invite({ address: 'je', childName: undefined })).toContain('een gesprek over je kind op')
  })

  test('with a name of only spaces speaks of the child too', () => {
    expect(invite({ address: 'u', childName: '   ' })).toContain('een gesprek over uw kind op')
  })

  test('before the form of address is chosen, uses the u form', () => {
    const given: DraftAnswers = { ...answers({ meetingAt: '2026-12-12T15:30' }) }
    delete given.address
    expect(invitationText(given, buildChecklist(answers()))).toContain(
      'Graag nodig ik u uit voor een gesprek over Anouk op zaterdag 12 december 2026 om 15:30.',
    )
  })

  test('without a date asks when it suits the parent', () => {
    const text = invite({ address: 'je', meetingAt: undefined })
    expect(text).toContain('Ik nodig je graag uit voor een gesprek over Anouk. Wanneer komt het jou goed uit? We nemen')
  })

  test('to two parents says so, in the u form and in the jullie form', () => {
    expect(invite({ address: 'u', parentsAttending: 2 })).toMatch(/^Beste ouders,\n\nGraag nodig ik u uit/)
    const jullie = invite({ address: 'je', parentsAttending: 2, childName: undefined, meetingAt: undefined })
    expect(jullie).toContain(
      'Ik nodig jullie graag uit voor een gesprek over jullie kind. Wanneer komt het jullie goed uit?',
    )
    expect(jullie).toContain('Jullie buddy is ook van harte welkom.')
    expect(jullie).not.toMatch(/(^|[^\p{L}])(je|jij|jou|jouw)(?!\p{L})/u)
    expect(invite({ parentsAttending: 2 }, 'en')).toMatch(/^Dear parents,/)
  })

  test('welcomes a buddy who is coming, and asks about one who may come', () => {
    expect(invite({ buddy: 'attending' })).toContain('Uw buddy is ook van harte welkom.')
    expect(invite({ buddy: 'attending' })).not.toContain('Komt uw buddy ook?')
    expect(invite({ buddy: 'unknown' })).toContain(
      'Een ouderbuddy is altijd welkom om mee te komen. Komt uw buddy ook? Laat het me dan even weten.',
    )
    expect(invite({ buddy: 'preparing', address: 'je' })).toContain('Komt je buddy ook?')
  })

  test.each([
    ['nl', 'u'],
    ['nl', 'je'],
    ['en', 'u'],
  ] as const)('without a buddy never mentions one (%s, %s)', (locale, address) => {
    const text = invite({ buddy: 'none', address }, locale)
    expect(text).not.toMatch(/buddy/i)
    expect(text).toContain(locale === 'nl' ? 'minuten voor.' : 'minutes.')
  })

  test('follows the English UI', () => {
    expect(invite({}, 'en')).toMatch(
      /I would like to invite you to a conversation about Anouk on Saturday,? 12 December 2026 at 15:30\./,
    )
  })
})
