import type { DraftAnswers, Locale } from '../rules'
import type { Translate } from '../i18n'
import { listInWords, othersInWords, othersOf } from './people'
import { oneLine } from './plain-text'

/** How the parents are spoken to: u to one or two, je to one, jullie to two. */
export type Form = 'u' | 'je' | 'jullie'

export function formOf(answers: Pick<DraftAnswers, 'address' | 'parentsAttending'>): Form {
  const address = answers.address ?? 'u'
  return address === 'je' && answers.parentsAttending === 2 ? 'jullie' : address
}

/** Whether a buddy is part of this family's story: coming, helping to prepare, or perhaps coming. */
export const buddyInvolved = (answers: Pick<DraftAnswers, 'buddy'>): boolean =>
  answers.buddy !== undefined && answers.buddy !== 'none'

/** "Beste Sanne en Mark," with the names the teacher gave, else "Beste ouder," or "Beste ouders,". */
export function greeting(answers: Pick<DraftAnswers, 'parentNames' | 'parentsAttending'>, t: Translate): string {
  const names = oneLine(answers.parentNames ?? '')
  if (names) return t('invite.greeting.named', { names })
  return t(answers.parentsAttending === 2 ? 'invite.greeting.2' : 'invite.greeting.1')
}

/** The child's name as typed, or "uw kind" / "je kind" / "jullie kind". */
export function childOf(answers: Pick<DraftAnswers, 'childName'>, form: Form, t: Translate): string {
  return oneLine(answers.childName ?? '') || t(`invite.child.${form}`)
}

/** "Bij het gesprek is ook de intern begeleider (mevrouw Jansen).", or null when nobody else comes. */
export function othersSentence(answers: Pick<DraftAnswers, 'others' | 'otherAttendees'>, locale: Locale, t: Translate) {
  const others = othersOf(answers)
  if (others.length === 0) return null
  const people = listInWords(othersInWords(others, locale), locale)
  return t(others.length === 1 ? 'invite.others.one' : 'invite.others.many', { people })
}

/**
 * The buddy welcome, only when a buddy is involved: confirmed when coming, asked about when it
 * is not known or the buddy only helps to prepare.
 */
export function buddyWelcome(answers: Pick<DraftAnswers, 'buddy'>, form: Form, t: Translate): string | null {
  if (answers.buddy === 'attending') return t(`invite.buddyWelcome.${form}`)
  return buddyInvolved(answers) ? t(`invite.buddyAsk.${form}`) : null
}

/** The sheet's tip: write the questions down beforehand, and go over them with the buddy when there is one. */
export function questionsTip(answers: Pick<DraftAnswers, 'buddy'>, form: Form, t: Translate): string {
  return t(buddyInvolved(answers) ? `invite.tipBuddy.${form}` : `invite.tip.${form}`)
}
