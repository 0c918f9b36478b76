import type { Checklist, DraftAnswers } from '../rules'
import { translator, type Translate } from '../i18n'
import { durationForParents, formatDate, meetingForParents } from '../i18n/format'
import { buddyWasThere, followUpWithBuddy, type Evaluation, type FollowUp } from '../model'
import { buddyLines, formOf, questionsTip, subjectForParents, type Form } from '../documents/parent-words'
import { listInWords, othersInWords, othersOf, teacherInWords } from '../documents/people'
import { oneLine, textLines } from '../documents/plain-text'
import { roomOf, teacherForParents, viaContact, type SchoolDetails } from '../documents/school'
import type { PdfBlock, PdfDocument } from './document'
import '../i18n/documents'

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
 * The version for the parent or parents, never addressed to the buddy: the parents decide what
 * the buddy sees. What the conversation is about (never the teacher's own subject when there is
 * sensitive news), when, where, how long, who comes, the buddy welcome when a buddy is involved,
 * the tip to write questions down with room to do so, how to reach the teacher, and after the
 * conversation the agreements as the teacher wrote them and the next appointment. Made from
 * those answers only, so the checklist, its coaching, the notes and the rating cannot reach it.
 * In the language of the example sentences: the language the teacher speaks with the parent.
 */
export function parentContent(input: ParentInput): PdfDocument {
  const { checklist, answers, school, today } = input
  const locale = checklist.scriptLocale
  const t = translator(locale)
  const form = formOf(answers)
  const name = oneLine(answers.childName ?? '')
  const title = name ? t('parentPdf.title', { child: name }) : t('parentPdf.titleNoName')
  const audience = t(`parentPdf.for.${answers.parentsAttending === 2 ? 2 : 1}`)
  const teacher = teacherForParents(answers, school, locale)
  const via = viaContact(school, locale)
  // Once the day has passed, what the family reads is what was agreed and what comes next.
  const past = answers.meetingAt !== undefined && answers.meetingAt.slice(0, 10) < today
  const before = past ? [] : buddyLines(answers, form, t, { who: teacher, speaker: teacher, locale })
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: audience, tone: 'lead' },
    { kind: 'space', points: 6 },
    { kind: 'rows', rows: plan(input, past, t) },
    ...explained(answers, t),
    ...before.map((text) => ({ kind: 'paragraph', text }) as const),
    ...afterBlocks(input, form, teacher, t),
    { kind: 'heading', level: 2, text: t(`parentPdf.questions.${form}`) },
    { kind: 'paragraph', text: `${questionsTip(answers, form, t)} ${t('parentPdf.space')}` },
    { kind: 'lines', count: 6 },
    {
      kind: 'paragraph',
      text:
        past || !answers.meetingAt
          ? t(`parentPdf.contact.${form}`, { teacher, via })
          : t(`invite.reply.${form}`, { who: teacher, via }),
    },
  ]
  return {
    language: locale,
    title,
    subject: audience,
    blocks,
    footer: {
      text: t('pdf.made', { date: formatDate(today, locale) }),
      pageTemplate: t('pdf.page', { n: '{n}', total: '{total}' }),
    },
  }
}

/**
 * What, when, where, how long and who: the rows a parent looks for first; once the conversation
 * has been, who was there, and no length. Each answer starts with a capital, as a sentence does.
 */
function plan({ checklist, answers, school }: ParentInput, past: boolean, t: Translate) {
  const locale = checklist.scriptLocale
  const subject = subjectForParents(answers)
  const people = [teacherInWords(school.teacherName, locale), ...othersInWords(othersOf(answers), locale)]
  return [
    ...(subject ? [{ label: t('parentPdf.purpose'), value: subject }] : []),
    {
      label: t('parentPdf.when'),
      value: answers.meetingAt ? meetingForParents(answers.meetingAt, locale) : t('parentPdf.noDate'),
    },
    ...place(answers, school, t),
    ...(past ? [] : [{ label: t('parentPdf.length'), value: durationForParents(checklist.plannedMinutes, locale) }]),
    { label: t(past ? 'parentPdf.whoWas' : 'parentPdf.who'), value: listInWords(people, locale) },
  ].map((row) => ({ ...row, value: capitalised(row.value, locale) }))
}

const capitalised = (text: string, locale: ParentInput['checklist']['locale']) =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1)

/** "Waar?": the room and the school, when either is known. */
function place(answers: DraftAnswers, school: SchoolDetails, t: Translate) {
  const where = [roomOf(answers, school), oneLine(school.schoolName ?? '')].filter(Boolean).join(', ')
  return where ? [{ label: t('parentPdf.where'), value: where }] : []
}

/** What the words a parent may not know mean: the intern begeleider, the tolk. */
function explained(answers: DraftAnswers, t: Translate): PdfBlock[] {
  const roles = new Set(othersOf(answers).map((person) => person.role))
  const text = [
    roles.has('ib') ? t('invite.explain.ib') : '',
    roles.has('interpreter') ? t('invite.explain.interpreter') : '',
  ]
    .filter(Boolean)
    .join(' ')
  return text ? [{ kind: 'paragraph', text }] : []
}

/**
 * After the conversation: what was agreed, as the teacher wrote it and under the teacher's
 * name, and the next appointment, when there are any.
 */
function afterBlocks(input: ParentInput, form: Form, teacher: string, t: Translate): PdfBlock[] {
  const locale = input.checklist.scriptLocale
  const agreements = textLines(input.evaluation.agreements ?? '')
  const { at, minutes } = input.followUp
  const blocks: PdfBlock[] = []
  if (agreements.length > 0)
    blocks.push(
      { kind: 'heading', level: 2, text: t('parentPdf.agreements') },
      { kind: 'paragraph', text: agreements.join('\n') },
      { kind: 'paragraph', tone: 'muted', text: t('parentPdf.agreementsBy', { teacher }) },
    )
  if (at) {
    const rows = [
      { label: t('parentPdf.when'), value: meetingForParents(at, locale) },
      ...place(input.answers, input.school, t),
    ]
    if (minutes) rows.push({ label: t('parentPdf.length'), value: durationForParents(minutes, locale) })
    for (const row of rows) row.value = capitalised(row.value, locale)
    blocks.push({ kind: 'heading', level: 2, text: t('parentPdf.followUp') }, { kind: 'rows', rows })
    if (followUpWithBuddy(input)) {
      const text = buddyWasThere(input) ? t(`invite.buddyAgain.${form}`) : t(`invite.buddyWelcome.${form}`)
      blocks.push({ kind: 'paragraph', text })
    }
  }
  return blocks
}
