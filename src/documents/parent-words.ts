import { buildCard, clockTime, completeAnswers, type DraftAnswers, type Locale } from '../rules'
import type { Translate } from '../i18n'
import { clockForParents } from '../i18n/format'
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

/**
 * Whether the parents hear the news first without the buddy: the teacher has sensitive news and
 * a buddy is involved. Then nothing written for the family suggests going over it with the buddy.
 */
export const firstPartAlone = (answers: Pick<DraftAnswers, 'buddy' | 'sensitiveNews'>): boolean =>
  answers.sensitiveNews === true && buddyInvolved(answers)

/**
 * What the family may read the conversation is about, before it is held: the teacher's own
 * subject, or with sensitive news only the general subject the teacher wrote for the parents.
 * Empty when there is none: the parents then read only that it is about their child.
 */
export function subjectForParents(answers: Pick<DraftAnswers, 'sensitiveNews' | 'purpose' | 'parentSubject'>) {
  return oneLine((answers.sensitiveNews ? answers.parentSubject : answers.purpose) ?? '')
}

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

/**
 * "Bij het gesprek is ook de intern begeleider (mevrouw Jansen). De intern begeleider helpt
 * kinderen die op school extra hulp nodig hebben.": who else comes, and what the words a parent
 * may not know mean. Null when nobody else comes.
 */
export function othersSentence(answers: Pick<DraftAnswers, 'others' | 'otherAttendees'>, locale: Locale, t: Translate) {
  const others = othersOf(answers)
  if (others.length === 0) return null
  const people = listInWords(othersInWords(others, locale), locale)
  const roles = new Set(others.map((person) => person.role))
  return [
    t(others.length === 1 ? 'invite.others.one' : 'invite.others.many', { people }),
    roles.has('ib') ? t('invite.explain.ib') : '',
    roles.has('interpreter') ? t('invite.explain.interpreter') : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/**
 * What the family reads about the buddy: welcome when coming, asked about when it is not known
 * or the buddy only helps to prepare; with sensitive news, that the teacher first talks with the
 * parents alone, and when the buddy can join. `who` is whom to tell and `speaker` who talks: "me"
 * and "ik" in a letter the teacher signs, the teacher's name where nobody signs.
 */
export function buddyLines(
  answers: DraftAnswers,
  form: Form,
  t: Translate,
  { who, speaker, locale }: { who: string; speaker: string; locale: Locale },
): string[] {
  if (!buddyInvolved(answers)) return []
  if (!firstPartAlone(answers))
    return [answers.buddy === 'attending' ? t(`invite.buddyWelcome.${form}`) : t(`invite.buddyAsk.${form}`, { who })]
  // Not "always welcome" and then "but not at first": asked plainly, then when the buddy joins.
  const ask = answers.buddy === 'attending' ? [] : [t(`invite.buddyAskAlone.${form}`, { who })]
  const time = buddyJoinsAt(answers, locale)
  return [
    ...ask,
    time ? t(`invite.aloneFirst.at.${form}`, { speaker, time }) : t(`invite.aloneFirst.${form}`, { speaker }),
  ]
}

/**
 * When the buddy joins, by the card's agenda: the start of the row "De buddy komt erbij", to the
 * nearest five minutes as a letter says a time ("15.45 uur"); null when not known.
 */
function buddyJoinsAt(answers: DraftAnswers, locale: Locale): string | null {
  const complete = completeAnswers(answers)
  if (!complete?.meetingAt) return null
  const joins = buildCard(complete).agenda.find((row) => row.id === BUDDY_JOINS)
  return joins?.clock ? clockForParents(nearestFive(joins.clock.start), locale) : null
}

/** The agenda row where the buddy comes in after the news (guidance-data's card.agenda). */
const BUDDY_JOINS = 'buddy-joins'

/** `HH:MM` to the nearest five minutes, half-way up: "15:23" is "15:25", "15:22" is "15:20". */
export function nearestFive(clock: string): string {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number]
  return clockTime(Math.round((hours * 60 + minutes) / 5) * 5)
}

/**
 * The sheet's tip: write the questions down beforehand, and go over them with the buddy when
 * there is one; not with sensitive news, which the parents hear first.
 */
export function questionsTip(answers: Pick<DraftAnswers, 'buddy' | 'sensitiveNews'>, form: Form, t: Translate) {
  return t(buddyInvolved(answers) && !firstPartAlone(answers) ? `invite.tipBuddy.${form}` : `invite.tip.${form}`)
}
