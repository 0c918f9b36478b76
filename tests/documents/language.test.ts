import { describe, expect, test } from 'vitest'
import { buildChecklist, LOCALES, type Answers, type Locale } from '../../src/rules'
import { followUpInvitationText, invitationText } from '../../src/documents/invitation'
import type { SchoolDetails } from '../../src/documents/school'
import { parentContent } from '../../src/pdf/parent-content'
import type { PdfBlock } from '../../src/pdf/document'
import { addressProblems, COMBINATIONS, label, parentNumberProblems, PLACEHOLDER } from '../rules/dutch-words'

const SCHOOL: SchoolDetails = { teacherName: 'juf Sanne', schoolName: 'De Linde', defaultRoom: 'lokaal 12' }
const NOTHING: SchoolDetails = {}

/** Each family with everything known, and with as little as can be: no date, no name, nobody else. */
const known = (a: Answers): Answers => ({
  ...a,
  meetingAt: '2026-12-12T15:30',
  purpose: 'lezen',
  others: [{ role: 'ib' }, { role: 'interpreter' }],
  otherAttendees: 2,
})
const bare = (a: Answers): Answers => ({ ...a, childName: undefined })

const blockTexts = (blocks: PdfBlock[]): string[] =>
  blocks.flatMap((block) => {
    if ('text' in block) return [block.text]
    if (block.kind === 'rows') return block.rows.flatMap((row) => [row.label, row.value])
    if (block.kind === 'list') return block.items.map((item) => item.text)
    return []
  })

/** Every text that goes to the parent for these answers: both invitations and the parent's version, before and after. */
function lettersFor(a: Answers, locale: Locale): Record<string, string> {
  const letters: Record<string, string> = {}
  for (const [name, given, school] of [
    ['known', known(a), SCHOOL],
    ['bare', bare(a), NOTHING],
  ] as const) {
    const checklist = buildChecklist(given, { locale })
    letters[`invitation, ${name}`] = invitationText(given, checklist, school)
    for (const withBuddy of [true, false])
      for (const buddyCame of [true, false]) {
        const preparation = {
          answers: given,
          followUp: { at: '2027-01-10T10:00', minutes: 30, withBuddy },
          evaluation: { buddyCame, agreements: 'Elke dag lezen' },
        }
        const which = `${name}, ${withBuddy ? 'with' : 'without'} buddy, buddy ${buddyCame ? '' : 'not '}there`
        letters[`follow-up invitation, ${which}`] = followUpInvitationText(preparation, checklist, school) ?? ''
        const held = parentContent({ checklist, ...preparation, school, today: '2026-12-20' })
        letters[`parent version after, ${which}`] = [held.subject, ...blockTexts(held.blocks)].join('\n')
      }
    const before = parentContent({
      checklist,
      answers: given,
      evaluation: {},
      followUp: {},
      school,
      today: '2026-12-01',
    })
    letters[`parent version before, ${name}`] = [before.subject, ...blockTexts(before.blocks)].join('\n')
  }
  return letters
}

describe('what goes to the parent reads right for every family', () => {
  test.each(COMBINATIONS.map((a) => [label(a), a] as const))('%s', (_, a) => {
    const problems: string[] = []
    for (const [letter, text] of Object.entries(lettersFor(a, 'nl')))
      for (const problem of [
        ...addressProblems(text, a.parentsAttending, a.address),
        ...parentNumberProblems(text, a.parentsAttending),
      ])
        problems.push(`${letter}: ${problem}`)
    expect(problems).toEqual([])
  })

  test.each(COMBINATIONS.flatMap((a) => LOCALES.map((locale) => [label(a), locale, a] as const)))(
    'no stray words: %s (%s)',
    (_, locale, a) => {
      const problems: string[] = []
      for (const [letter, text] of Object.entries(lettersFor(a, locale))) {
        if (a.buddy === 'none' && /buddy/i.test(text)) problems.push(`${letter}: a buddy where there is none`)
        if (PLACEHOLDER.test(text)) problems.push(`${letter}: a placeholder`)
        if (text.trim() === '') problems.push(`${letter}: empty`)
      }
      expect(problems).toEqual([])
    },
  )
})
