import { describe, expect, test } from 'vitest'
import { ADDRESS_VALUES, BUDDY_VALUES, buildChecklist, guidance, PARENTS_VALUES, type Answers } from '../../src/rules'
import { followUpInvitationText, invitationText } from '../../src/documents/invitation'
import type { SchoolDetails } from '../../src/documents/school'
import { pdfContent } from '../../src/pdf/pdf-content'
import type { PdfBlock } from '../../src/pdf/document'
import { answers } from '../rules/sample'

/**
 * Every text a parent receives, for every family the wizard can describe (32 answer
 * combinations), measured by easy-reading rules after Stichting Makkelijk Lezen: sentences of
 * fewer than 12 words on average and none over 20, dates as a letter writes them, words such as
 * "intern begeleider" explained the first time, and never addressed to the buddy.
 */
const COMBINATIONS = BUDDY_VALUES.flatMap((buddy) =>
  [true, false].flatMap((sensitiveNews) =>
    PARENTS_VALUES.flatMap((parentsAttending) =>
      ADDRESS_VALUES.map((address) => ({ buddy, sensitiveNews, parentsAttending, address })),
    ),
  ),
)

const SCHOOL: SchoolDetails = {
  teacherName: 'juf Sanne',
  schoolName: 'basisschool De Linde',
  defaultRoom: 'lokaal 12',
  phone: '06-12345678',
  email: 'sanne@delinde.nl',
  otherContact: 'de Parro-app',
}

function family(combination: (typeof COMBINATIONS)[number]): Answers {
  return answers({
    ...combination,
    meetingAt: '2026-12-15T14:15',
    purpose: 'mogelijke dyslexie',
    parentSubject: 'hoe het gaat met lezen',
    others: [{ role: 'ib', name: 'mevrouw Jansen' }, { role: 'interpreter' }],
    otherAttendees: 2,
  })
}

/** The words of a block as a reader meets them: a row reads as its label and its value. */
function blockText(block: PdfBlock): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text]
    case 'rows':
      return block.rows.map((row) => `${row.label} ${row.value}`)
    default:
      return []
  }
}

/** Every text the family receives for these answers: the invitation, the follow-up's, the PDF before and after. */
function parentTexts(given: Answers): { name: string; text: string; title?: string; subject?: string | undefined }[] {
  const checklist = buildChecklist(given)
  const after = {
    evaluation: { agreements: 'Anouk leest elke dag thuis.' },
    followUp: { at: '2027-01-19T14:30', minutes: 30, withBuddy: true },
  }
  const pdf = (today: string, held: boolean) => {
    const document = pdfContent({
      checklist,
      answers: given,
      ticks: {},
      notes: {},
      questions: [],
      evaluation: held ? after.evaluation : {},
      followUp: held ? after.followUp : {},
      variant: 'parent',
      school: SCHOOL,
      today,
    })
    return { text: document.blocks.flatMap(blockText).join('\n'), title: document.title, subject: document.subject }
  }
  return [
    { name: 'invitation', text: invitationText(given, checklist, SCHOOL) },
    {
      name: 'follow-up invitation',
      text: followUpInvitationText({ answers: given, ...after }, checklist, SCHOOL)!,
    },
    { name: 'parent PDF before', ...pdf('2026-12-01', false) },
    { name: 'parent PDF after', ...pdf('2026-12-16', true) },
  ]
}

/** Sentences: a line, or a part of one ending in . ? or !; what the teacher typed (the agreements) left out. */
function sentences(text: string): string[] {
  return text
    .replaceAll('Anouk leest elke dag thuis.', '')
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.?!])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence))
}
const words = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length

const WEEKDAY = '(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)'
const MONTH = '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)'

describe.each(COMBINATIONS)(
  'what the family receives ($buddy, news $sensitiveNews, $parentsAttending, $address)',
  (combination) => {
    const texts = parentTexts(family(combination))

    test.each(texts.map((text) => [text.name, text] as const))('%s reads easily', (_, { text }) => {
      const all = sentences(text)
      const average = all.reduce((sum, sentence) => sum + words(sentence), 0) / all.length
      expect(average, text).toBeLessThan(12)
      for (const sentence of all) expect(words(sentence), sentence).toBeLessThanOrEqual(20)
    })

    test.each(texts.map((text) => [text.name, text] as const))(
      '%s writes dates and times as a letter does',
      (_, { text }) => {
        expect(text).not.toMatch(/\b20\d\d\b/)
        expect(text).not.toMatch(/\d:\d\d/)
        // A weekday starts with a capital where it starts an answer in the PDF's table.
        const dates = [...text.matchAll(new RegExp(`${WEEKDAY} \\d{1,2} ${MONTH} om \\d{1,2}\\.\\d\\d uur`, 'gi'))]
        expect(dates.length, text).toBeGreaterThan(0)
      },
    )

    test.each(texts.map((text) => [text.name, text] as const))(
      '%s explains the intern begeleider and the tolk the first time',
      (_, { text }) => {
        if (!text.includes('intern begeleider')) return
        const first = text.indexOf('intern begeleider')
        expect(
          text.indexOf('De intern begeleider denkt mee over hoe kinderen op school het best leren.'),
        ).toBeGreaterThan(first)
        expect(text).toContain('De tolk vertaalt wat we zeggen.')
      },
    )

    test.each(texts.map((text) => [text.name, text] as const))(
      '%s is not addressed to the buddy and holds no acknowledgement',
      (_, { text, title, subject }) => {
        expect(text).not.toContain(guidance.acknowledgement.nl)
        expect(text).not.toMatch(/Afke Persoon|orthopedagoog/)
        // The first lines say whom it is for: the parents only.
        expect(text.split('\n').slice(0, 2).join(' ')).not.toMatch(/buddy/i)
        for (const heading of [title, subject]) if (heading) expect(heading).not.toMatch(/buddy/i)
      },
    )

    test('never holds the teacher’s own subject when there is sensitive news', () => {
      for (const { text } of texts) {
        if (combination.sensitiveNews) expect(text).not.toContain('dyslexie')
        else expect(text).not.toContain('hoe het gaat met lezen')
      }
    })
  },
)
