import type { Checklist, DraftAnswers } from '../rules'
import { translator } from '../i18n'
import { formatDate } from '../i18n/format'

/**
 * The message the teacher sends to the parent (never to the buddy): the date and time, the
 * length, and that a buddy is always welcome, in the chosen u or je form.
 */
export function invitationText(answers: DraftAnswers, checklist: Checklist): string {
  const locale = checklist.locale
  const t = translator(locale)
  const form = answers.address ?? 'u'
  const child = answers.childName?.trim() || t(`invite.child.${form}`)
  const [day, time] = answers.meetingAt?.split('T') ?? []
  const when =
    day && time
      ? t('invite.when', { date: formatDate(day, locale, { weekday: true }), time })
      : t(`invite.noDate.${form}`)
  return t(`invite.text.${form}`, { child, when, minutes: checklist.plannedMinutes })
}
