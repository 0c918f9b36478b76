import type { Checklist } from '../rules'
import { translator, type Translate } from '../i18n'
import { formatMeetingAt } from '../i18n/format'
import { buddyWasThere, followUpWithBuddy, type Preparation } from '../model'

/**
 * A plain-text report to paste into the pupil administration: date, who was there, what was
 * agreed, open questions and the follow-up. The teacher's own notes only when asked for.
 */
export function reportText(preparation: Preparation, checklist: Checklist, includePrivate: boolean): string {
  const locale = checklist.locale
  const t = translator(locale)
  const { answers, evaluation, questions } = preparation
  const lines = [t('report.heading'), '']
  if (answers.childName?.trim()) lines.push(`${t('report.child')}: ${answers.childName.trim()}`)
  lines.push(
    `${t('report.date')}: ${answers.meetingAt ? formatMeetingAt(answers.meetingAt, locale) : t('home.noDate')}`,
  )
  lines.push(`${t('report.present')}: ${present(preparation, t)}`)
  if (evaluation.rating) lines.push(`${t('report.rating')}: ${t(`after.rating.${evaluation.rating}`)}`)
  lines.push('', `${t('report.agreements')}:`, evaluation.agreements?.trim() || t('report.noAgreements'))
  lines.push('', `${t('report.questions')}:`)
  if (questions.length === 0) lines.push(t('report.noQuestions'))
  for (const q of questions) lines.push(`- ${q.text} (${t(q.done ? 'report.question.done' : 'report.question.open')})`)
  lines.push('', `${t('report.followUp')}: ${followUpText(preparation, t, locale) ?? t('report.noFollowUp')}`)
  if (includePrivate) lines.push(...privateNotes(preparation, checklist, t))
  return lines.join('\n')
}

function present(preparation: Preparation, t: Translate): string {
  const { answers } = preparation
  const people = [t('report.present.teacher')]
  if (answers.parentsAttending) people.push(t(`report.present.parents${answers.parentsAttending}`))
  if (buddyWasThere(preparation)) people.push(t('report.present.buddy'))
  if (answers.otherAttendees) people.push(t('report.present.others', { n: answers.otherAttendees }))
  return people.join(', ')
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
    const note = preparation.notes[item.id]?.trim()
    return note ? [`- ${item.title}: ${note}`] : []
  })
  const { parent, buddy, teacher } = preparation.evaluation
  const experienced = [
    [t('report.byParent'), parent],
    [t('report.byBuddy'), buddyWasThere(preparation) ? buddy : undefined],
    [t('report.byTeacher'), teacher],
  ].flatMap(([who, text]) => (text?.trim() ? [`- ${who}: ${text.trim()}`] : []))
  const lines: string[] = []
  if (notes.length > 0) lines.push('', `${t('report.notes')}:`, ...notes)
  if (experienced.length > 0) lines.push('', `${t('report.experienced')}:`, ...experienced)
  return lines
}
