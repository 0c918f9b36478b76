import type { Checklist, DraftAnswers } from '../rules'
import { translator } from '../i18n'
import { formatDate } from '../i18n/format'

/**
 * The message the teacher sends to the parent (never to the buddy): the date and time and the
 * length, in the chosen u or je form for one or two parents. A buddy is welcomed only when
 * there is one: confirmed when coming, asked about when not known.
 */
export function invitationText(answers: DraftAnswers, checklist: Checklist): string {
  const locale = checklist.locale
  const t = translator(locale)
  const address = answers.address ?? 'u'
  const parents = answers.parentsAttending ?? 1
  // u is the same to one parent or two; je becomes jullie.
  const form = address === 'je' && parents === 2 ? 'jullie' : address
  const child = answers.childName?.trim() || t(`invite.child.${form}`)
  const [day, time] = answers.meetingAt?.split('T') ?? []
  const when =
    day && time
      ? t('invite.when', { date: formatDate(day, locale, { weekday: true }), time })
      : t(`invite.noDate.${form}`)
  const buddy =
    answers.buddy === 'attending'
      ? t(`invite.buddyWelcome.${form}`)
      : answers.buddy === 'preparing' || answers.buddy === 'unknown'
        ? t(`invite.buddyAsk.${form}`)
        : null
  return t(`invite.text.${form}`, {
    greeting: t(`invite.greeting.${address}.${parents}`),
    child,
    when,
    minutes: checklist.plannedMinutes,
    buddy: buddy ? `\n\n${buddy}` : '',
  })
}
