import type { Checklist, DraftAnswers } from '../rules'
import { translator } from '../i18n'
import { formatMeetingAt } from '../i18n/format'

const ROOM_ITEM = 'before.room-and-chairs'
/** British English lists take no comma before "and". */
const LIST_LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const

/** The facts at the top of the conversation card, the same on screen and on paper. */
export interface CardFacts {
  child: string | null
  when: string
  duration: string
  /** The teacher's note on the room, if any, and the chairs to set out. */
  room: string
  who: string
}

/** Who comes, where and when, in words: "jij, 2 ouders of verzorgers, de ouderbuddy en 1 collega van school". */
export function cardFacts(checklist: Checklist, answers: DraftAnswers, notes: Record<string, string>): CardFacts {
  const locale = checklist.locale
  const t = translator(locale)
  const others = answers.otherAttendees ?? 0
  const people = [
    t('card.who.teacher'),
    t(answers.parentsAttending === 2 ? 'card.who.parents2' : 'card.who.parents1'),
    answers.buddy === 'attending' ? t('card.who.buddy') : '',
    answers.buddy === 'unknown' ? t('card.who.maybeBuddy') : '',
    others === 1 ? t('card.who.others1') : others > 1 ? t('card.who.others', { n: others }) : '',
  ].filter(Boolean)
  const who = new Intl.ListFormat(LIST_LOCALES[locale], { type: 'conjunction' }).format(people)
  return {
    child: answers.childName?.trim() || null,
    when: answers.meetingAt ? formatMeetingAt(answers.meetingAt, locale) : t('checklist.when.none'),
    duration: t('card.duration.value', { n: checklist.plannedMinutes }),
    room: [notes[ROOM_ITEM]?.trim(), t('card.chairs', { n: checklist.chairs })].filter(Boolean).join(' · '),
    who: who.charAt(0).toLocaleUpperCase(locale) + who.slice(1),
  }
}
