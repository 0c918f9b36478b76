import { guidance, type Checklist, type DraftAnswers } from '../rules'
import { translator, type Translate } from '../i18n'
import { formatDate, formatMeetingAt } from '../i18n/format'
import { buddyWasThere, followUpWithBuddy, type Evaluation, type FollowUp } from '../model'
import { buddyInvolved, buddyWelcome, formOf, questionsTip, type Form } from '../documents/parent-words'
import { listInWords, othersInWords, othersOf, teacherInWords } from '../documents/people'
import { oneLine, textLines } from '../documents/plain-text'
import { roomOf, type SchoolDetails } from '../documents/school'
import type { PdfBlock, PdfDocument } from './document'

export interface ParentInput {
  checklist: Checklist
  answers: DraftAnswers
  evaluation: Evaluation
  followUp: FollowUp
  school: SchoolDetails
  /** The day the file is made, `YYYY-MM-DD`. */
  today: string
}

/**
 * The version for the parent (and the buddy): what the conversation is about, when, where, how
 * long, who comes, the buddy welcome when a buddy is involved, the tip to write questions down
 * with room to do so, and after the conversation the agreements and the next appointment. It
 * is made from those answers only, so the checklist, its coaching, the sensitive intentions,
 * the notes and the rating cannot reach it. In the language of the example sentences: the
 * language the teacher speaks with the parent.
 */
export function parentContent(input: ParentInput): PdfDocument {
  const { checklist, answers, today } = input
  const locale = checklist.scriptLocale
  const t = translator(locale)
  const form = formOf(answers)
  const name = oneLine(answers.childName ?? '')
  const title = name ? t('parentPdf.title', { child: name }) : t('parentPdf.titleNoName')
  const audience =
    `${buddyInvolved(answers) ? 'parentPdf.forBuddy' : 'parentPdf.for'}.${answers.parentsAttending === 2 ? 2 : 1}` as const
  // Once the day has passed, the welcome belongs to the next appointment (see afterBlocks).
  const past = answers.meetingAt !== undefined && answers.meetingAt.slice(0, 10) < today
  const welcome = past ? null : buddyWelcome(answers, form, t)
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: t(audience), tone: 'lead' },
    { kind: 'space', points: 6 },
    { kind: 'rows', rows: plan(input, t) },
    ...(welcome ? [{ kind: 'paragraph', text: welcome } as const] : []),
    ...afterBlocks(input, form, t),
    { kind: 'heading', level: 2, text: t(`parentPdf.questions.${form}`) },
    { kind: 'paragraph', text: `${questionsTip(answers, form, t)} ${t('parentPdf.space')}` },
    { kind: 'lines', count: 6 },
    { kind: 'paragraph', text: contact(input.school, form, t) },
    { kind: 'paragraph', tone: 'muted', atPageEnd: true, text: guidance.acknowledgement[locale] },
  ]
  return {
    language: locale,
    title,
    subject: t(audience),
    blocks,
    footer: {
      text: t('pdf.made', { date: formatDate(today, locale) }),
      pageTemplate: t('pdf.page', { n: '{n}', total: '{total}' }),
    },
  }
}

/** What, when, where, how long and who: the rows a parent looks for first. */
function plan({ checklist, answers, school }: ParentInput, t: Translate) {
  const locale = checklist.scriptLocale
  const purpose = oneLine(answers.purpose ?? '')
  const where = [roomOf(answers, school), oneLine(school.schoolName ?? '')].filter(Boolean).join(', ')
  const people = [teacherInWords(school.teacherName, locale), ...othersInWords(othersOf(answers), locale)]
  return [
    ...(purpose ? [{ label: t('parentPdf.purpose'), value: purpose }] : []),
    {
      label: t('parentPdf.when'),
      value: answers.meetingAt ? formatMeetingAt(answers.meetingAt, locale) : t('parentPdf.noDate'),
    },
    ...(where ? [{ label: t('parentPdf.where'), value: where }] : []),
    { label: t('parentPdf.length'), value: t('parentPdf.minutes', { minutes: checklist.plannedMinutes }) },
    { label: t('parentPdf.who'), value: listInWords(people, locale) },
  ]
}

/** After the conversation: what was agreed and the next appointment, when there are any. */
function afterBlocks(input: ParentInput, form: Form, t: Translate): PdfBlock[] {
  const locale = input.checklist.scriptLocale
  const agreements = textLines(input.evaluation.agreements ?? '')
  const { at, minutes } = input.followUp
  const blocks: PdfBlock[] = []
  if (agreements.length > 0)
    blocks.push(
      { kind: 'heading', level: 2, text: t('parentPdf.agreements') },
      { kind: 'paragraph', text: agreements.join('\n') },
    )
  if (at) {
    const rows = [{ label: t('parentPdf.when'), value: formatMeetingAt(at, locale) }]
    if (minutes) rows.push({ label: t('parentPdf.length'), value: t('parentPdf.minutes', { minutes }) })
    blocks.push({ kind: 'heading', level: 2, text: t('parentPdf.followUp') }, { kind: 'rows', rows })
    if (followUpWithBuddy(input)) {
      const text = buddyWasThere(input) ? t(`invite.buddyAgain.${form}`) : t(`invite.buddyWelcome.${form}`)
      blocks.push({ kind: 'paragraph', text })
    }
  }
  return blocks
}

function contact(school: SchoolDetails, form: Form, t: Translate): string {
  const teacher = oneLine(school.teacherName ?? '') || t('people.teacher')
  return t(`parentPdf.contact.${form}`, { teacher })
}
