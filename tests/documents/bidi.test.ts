import { describe, expect, test } from 'vitest'
import { buildCard, buildChecklist, hasBidiControls, withoutBidiControls } from '../../src/rules'
import { followUpInvitationText, invitationText } from '../../src/documents/invitation'
import { reportText } from '../../src/documents/report'
import { conversationCalendar, followUpCalendar } from '../../src/documents/calendar'
import type { SchoolDetails } from '../../src/documents/school'
import { pdfContent } from '../../src/pdf/pdf-content'
import { cardContent } from '../../src/pdf/card-content'
import { documentTexts } from '../../src/pdf/document'
import { answers } from '../rules/sample'
import { preparation } from '../store/fixtures'

/**
 * Characters that turn the direction of text (U+202A–U+202E, U+2066–U+2069) make a name lie about
 * itself: "Sem\u202Efdp.exe" shows as "Semexe.pdf". Every text the app writes leaves them out.
 */
const TURNS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']

describe('characters that turn the text', () => {
  test.each(TURNS.map((c) => [c.codePointAt(0)!.toString(16)]))('U+%s is found and left out', (hex) => {
    const c = String.fromCodePoint(parseInt(hex, 16))
    expect(hasBidiControls(`Sem${c}fdp.exe`)).toBe(true)
    expect(withoutBidiControls(`Sem${c}fdp.exe${c}`)).toBe('Semfdp.exe')
  })

  test.each([
    ['U+2029 (a paragraph separator)', '\u2029'],
    ['U+2065 (just before the isolates)', '\u2065'],
    ['U+202F (a narrow no-break space, just after the overrides)', '\u202F'],
    ['U+200F (a right-to-left mark, which reorders nothing)', '\u200F'],
    ['Arabic letters', 'نور'],
  ])('%s are not such characters', (_, text) => {
    expect(hasBidiControls(text)).toBe(false)
    expect(withoutBidiControls(`a${text}b`)).toBe(`a${text}b`)
  })
})

const SCHOOL: SchoolDetails = {
  teacherName: 'juf \u202ESanne',
  schoolName: 'De \u2067Linde\u2069',
  defaultRoom: 'lokaal \u202D12',
  phone: '06-\u202E12345678',
  email: 'sanne@\u202Edelinde.nl',
  otherContact: 'de \u2066Parro-app',
}

describe('a name with such a character', () => {
  const given = answers({
    childName: 'Sem\u202Efdp.exe',
    parentNames: 'mevrouw \u2067Yilmaz\u2069',
    purpose: 'lezen \u202Eom 9 uur',
    room: 'lokaal \u202B3',
    meetingAt: '2026-12-15T14:15',
    others: [{ role: 'ib', name: 'meneer \u202EJansen' }],
    otherAttendees: 1,
  })
  const checklist = buildChecklist(given)
  const prepared = preparation('a', {
    answers: given,
    notes: { 'during.small-talk': 'notitie \u202Eomgedraaid' },
    questions: [{ id: 'q1', text: 'vraag \u202Eomgedraaid', done: false }],
    evaluation: { agreements: 'afspraak \u202Eomgedraaid' },
    followUp: { at: '2027-01-19T14:30', minutes: 30, withBuddy: false },
    card: { notes: 'kaart \u202Eomgedraaid' },
  })
  const pdfInput = (variant: 'own' | 'colleague' | 'parent') => ({
    checklist,
    answers: given,
    ticks: {},
    notes: prepared.notes,
    questions: prepared.questions,
    evaluation: prepared.evaluation,
    followUp: prepared.followUp,
    card: prepared.card,
    variant,
    include: { notes: true, rating: true },
    school: SCHOOL,
    today: '2026-12-16',
  })

  test.each([
    ['the invitation', () => invitationText(given, checklist, SCHOOL)],
    ['the follow-up invitation', () => followUpInvitationText(prepared, checklist, SCHOOL)!],
    ['the report', () => reportText(prepared, checklist, SCHOOL)],
    ['the calendar file', () => followUpCalendar(prepared, { locale: 'nl', fullName: true, school: SCHOOL })!],
    [
      'the conversation’s calendar file',
      () => conversationCalendar(prepared, { locale: 'nl', fullName: true, school: SCHOOL })!,
    ],
    [
      'the calendar file with the usual room',
      () =>
        conversationCalendar(
          { ...prepared, answers: { ...given, room: undefined } },
          { locale: 'nl', fullName: true, school: SCHOOL },
        )!,
    ],
    ['the checklist as the teacher sees it', () => JSON.stringify(checklist)],
    ['the own PDF', () => documentTexts(pdfContent(pdfInput('own'))).join('\n')],
    ['the colleague PDF', () => documentTexts(pdfContent(pdfInput('colleague'))).join('\n')],
    ['the parent PDF', () => documentTexts(pdfContent(pdfInput('parent'))).join('\n')],
    [
      'the card PDF',
      () =>
        documentTexts(
          cardContent({
            checklist,
            card: buildCard(given),
            answers: given,
            notes: prepared.notes,
            questions: prepared.questions,
            cardNotes: prepared.card.notes!,
            school: SCHOOL,
            today: '2026-12-15',
          }),
        ).join('\n'),
    ],
  ])('is written in %s without it', (_, write) => {
    const text = write()
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u)
    // What the teacher typed is still there, only without the character.
    expect(text).toMatch(/Semfdp\.exe|S\.|Sem/u)
  })
})
