import type { Checklist } from '../rules'
import { translator, type Translate } from '../i18n'
import { formatMeetingAt } from '../i18n/format'
import { buddyWasThere, followUpWithBuddy, type Preparation } from '../model'
import { listInWords, othersInWords, othersOf, teacherInWords } from './people'
import { oneLine, pasteText, textLines } from './plain-text'
import { signatureLines, type SchoolDetails } from './school'

/** What goes into the report besides the facts: each only when the teacher ticks it. */
export interface ReportChoices {
  /** The notes on the checklist and how everyone experienced the conversation. */
  notes: boolean
  /** Good, mixed or difficult. */
  rating: boolean
}

/**
 * A plain-text report to paste into the pupil file: what the conversation was about, who was
 * there, what was discussed and agreed, the open questions, the follow-up and who wrote it.
 * The rating and the teacher's own notes only when ticked. Every line pastes as text.
 */
export function reportText(
  preparation: Preparation,
  checklist: Checklist,
  choices: ReportChoices,
  school: SchoolDetails,
): string {
  const locale = checklist.locale
  const t = translator(locale)
  const { answers, evaluation, questions } = preparation
  const child = oneLine(answers.childName ?? '')
  const purpose = oneLine(answers.purpose ?? '')
  const lines = [t('report.heading'), '']
  if (child) lines.push(`${t('report.child')}: ${child}`)
  lines.push(
    `${t('report.date')}: ${answers.meetingAt ? formatMeetingAt(answers.meetingAt, locale) : t('home.noDate')}`,
  )
  if (purpose) lines.push(`${t('report.purpose')}: ${purpose}`)
  lines.push(`${t('report.present')}: ${present(preparation, school, checklist.locale)}`)
  if (choices.rating && evaluation.rating)
    lines.push(`${t('report.rating')}: ${t(`after.rating.${evaluation.rating}`)}`)
  lines.push('', `${t('report.discussed')}:`, ...block(evaluation.discussed, t('report.noDiscussed')))
  lines.push('', `${t('report.agreements')}:`, ...block(evaluation.agreements, t('report.noAgreements')))
  lines.push('', `${t('report.questions')}:`)
  if (questions.length === 0) lines.push(t('report.noQuestions'))
  for (const q of questions)
    lines.push(`• ${oneLine(q.text)} (${t(q.done ? 'report.question.done' : 'report.question.open')})`)
  lines.push('', `${t('report.followUp')}: ${followUpText(preparation, t, locale) ?? t('report.noFollowUp')}`)
  if (choices.notes) lines.push(...privateNotes(preparation, checklist, t))
  const author = signatureLines(school).join(', ')
  if (oneLine(school.teacherName ?? '')) lines.push('', `${t('report.author')}: ${author}`)
  return pasteText(lines)
}

/** The teacher's text over several lines, or what to say when nothing was written. */
function block(text: string | undefined, none: string): string[] {
  const lines = textLines(text ?? '')
  return lines.length > 0 ? lines : [none]
}

/** "de leerkracht (Sanne de Vries), 1 ouder of verzorger, de ouderbuddy en de intern begeleider (mevrouw Jansen)". */
export function present(
  preparation: Pick<Preparation, 'answers' | 'evaluation'>,
  school: SchoolDetails,
  locale: Checklist['locale'],
): string {
  const t = translator(locale)
  const { answers } = preparation
  const people = [teacherInWords(school.teacherName, locale)]
  if (answers.parentsAttending) {
    const parents = t(`report.present.parents${answers.parentsAttending}`)
    const names = oneLine(answers.parentNames ?? '')
    people.push(names ? t('people.withName', { who: parents, name: names }) : parents)
  }
  if (buddyWasThere(preparation)) people.push(t('report.present.buddy'))
  people.push(...othersInWords(othersOf(answers), locale))
  return listInWords(people, locale)
}

/** "zaterdag 19 december 2026 om 14:30, 30 minuten, met de buddy", or null when not planned. */
export function followUpText(
  preparation: Pick<Preparation, 'answers' | 'followUp'>,
  t: Translate,
  locale: Checklist['locale'],
): string | null {
  const { at, minutes } = preparation.followUp
  if (!at) return null
  const parts = [formatMeetingAt(at, locale)]
  if (minutes) parts.push(t('report.minutes', { n: minutes }))
  if (followUpWithBuddy(preparation)) parts.push(t('report.withBuddy'))
  return parts.join(', ')
}

function privateNotes(preparation: Preparation, checklist: Checklist, t: Translate): string[] {
  const items = checklist.phases.flatMap((phase) => phase.items)
  const notes = items.flatMap((item) => {
    const note = oneLine(preparation.notes[item.id] ?? '')
    return note ? [`• ${item.title}: ${note}`] : []
  })
  const { parent, buddy, teacher } = preparation.evaluation
  const experienced = [
    [t(preparation.answers.parentsAttending === 2 ? 'report.byParents' : 'report.byParent'), parent],
    [t('report.byBuddy'), buddyWasThere(preparation) ? buddy : undefined],
    [t('report.byTeacher'), teacher],
  ].flatMap(([who, text]) => (oneLine(text ?? '') ? [`• ${who}: ${oneLine(text ?? '')}`] : []))
  const lines: string[] = []
  if (notes.length > 0) lines.push('', `${t('report.notes')}:`, ...notes)
  if (experienced.length > 0) lines.push('', `${t('report.experienced')}:`, ...experienced)
  return lines
}
