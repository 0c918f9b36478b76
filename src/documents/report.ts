import type { Checklist } from '../rules'
import { translator, type Translate } from '../i18n'
import { meetingForRecord } from '../i18n/format'
import { buddyWasThere, followUpWithBuddy, type Preparation } from '../model'
import { listInWords, othersInWords, othersOf, teacherInWords } from './people'
import { oneLine, pasteText, textLines } from './plain-text'
import { signatureLines, type SchoolDetails } from './school'
import '../i18n/documents'

/**
 * A plain-text report to paste into the pupil file, which parents may read: facts only. What the
 * conversation was about, when, who was there, what was discussed and agreed, the questions
 * still open, the follow-up and who wrote it; a part with nothing in it is left out. How anyone
 * experienced the conversation, the rating and the checklist notes never go in. Every line
 * pastes as text.
 */
export function reportText(preparation: Preparation, checklist: Checklist, school: SchoolDetails): string {
  const locale = checklist.locale
  const t = translator(locale)
  const { answers, evaluation, questions } = preparation
  const facts: [string, string][] = [
    [t('report.child'), oneLine(answers.childName ?? '')],
    [t('report.date'), answers.meetingAt ? meetingForRecord(answers.meetingAt, locale) : ''],
    [t('report.purpose'), oneLine(answers.purpose ?? '')],
    [t('report.present'), present(preparation, school, locale)],
  ]
  const lines = [t('report.heading'), '', ...facts.flatMap(([label, value]) => (value ? [`${label}: ${value}`] : []))]
  lines.push(...part(t('report.discussed'), textLines(evaluation.discussed ?? '')))
  lines.push(...part(t('report.agreements'), textLines(evaluation.agreements ?? '')))
  const open = questions.filter((q) => !q.done).map((q) => `• ${oneLine(q.text)}`)
  lines.push(...part(t('report.questions'), open))
  const followUp = followUpText(preparation, t, locale)
  if (followUp) lines.push('', `${t('report.followUp')}: ${followUp}`)
  if (oneLine(school.teacherName ?? '')) lines.push('', `${t('report.author')}: ${signatureLines(school).join(', ')}`)
  return pasteText(lines)
}

/** A heading and its lines after a blank line; nothing when there are no lines. */
function part(heading: string, lines: string[]): string[] {
  return lines.length > 0 ? ['', `${heading}:`, ...lines] : []
}

/** "de leerkracht (Sanne de Vries), de ouder (mevrouw El Amrani), de ouderbuddy en de intern begeleider (mevrouw Jansen)". */
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

/** "zaterdag 19 december 2026 om 14:30, 30 minuten, met de ouderbuddy", or null when not planned. */
export function followUpText(
  preparation: Pick<Preparation, 'answers' | 'followUp'>,
  t: Translate,
  locale: Checklist['locale'],
): string | null {
  const { at, minutes } = preparation.followUp
  if (!at) return null
  const parts = [meetingForRecord(at, locale)]
  if (minutes) parts.push(t('report.minutes', { n: minutes }))
  if (followUpWithBuddy(preparation)) parts.push(t('report.withBuddy'))
  return parts.join(', ')
}
