import type { Audience, Checklist, DraftAnswers } from '../rules'
import { translator, type Translate } from '../i18n'
import { formatMeetingAt } from '../i18n/format'
import { othersInWords, othersOf } from './people'
import { oneLine } from './plain-text'
import { roomOf, type SchoolDetails } from './school'
import '../i18n/documents'

const ROOM_ITEM = 'before.room-and-chairs'
/** British English lists take no comma before "and". */
const LIST_LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const

/** The facts at the top of the conversation card, the same on screen and on paper. */
export interface CardFacts {
  child: string | null
  when: string
  duration: string
  /** The room (this conversation's or the usual one), the teacher's note on it, and the chairs. */
  room: string
  who: string
}

/**
 * The parents as the teacher greets them: one by name ("mevrouw El Amrani"); two as "de ouders
 * (Lisa en Mark)", which a list of people can take; without names "de ouder" or "de ouders".
 */
function parentsInWords(answers: DraftAnswers, t: Translate): string {
  const names = oneLine(answers.parentNames ?? '')
  const parents = t(answers.parentsAttending === 2 ? 'card.who.parents2' : 'card.who.parents1')
  if (!names) return parents
  return answers.parentsAttending === 2 ? t('people.withName', { who: parents, name: names }) : names
}

/** Who comes, where and when, in words: "Jij, mevrouw El Amrani, de ouderbuddy en de intern begeleider". */
export function cardFacts(
  checklist: Checklist,
  answers: DraftAnswers,
  notes: Record<string, string>,
  school: SchoolDetails,
): CardFacts {
  const locale = checklist.locale
  const t = translator(locale)
  const people = [
    t('card.who.teacher'),
    parentsInWords(answers, t),
    answers.buddy === 'attending' ? t('card.who.buddy') : '',
    answers.buddy === 'unknown' ? t('card.who.maybeBuddy') : '',
    ...othersInWords(othersOf(answers), locale),
  ].filter(Boolean)
  // Stryker disable next-line ObjectLiteral: 'conjunction' is also ListFormat's default; said here for the reader
  const who = new Intl.ListFormat(LIST_LOCALES[locale], { type: 'conjunction' }).format(people)
  return {
    child: answers.childName?.trim() || null,
    when: answers.meetingAt ? formatMeetingAt(answers.meetingAt, locale) : t('checklist.when.none'),
    duration: t('card.duration.value', { n: checklist.plannedMinutes }),
    room: [roomOf(answers, school), notes[ROOM_ITEM]?.trim(), t('card.chairs', { n: checklist.chairs })]
      .filter(Boolean)
      .join(' · '),
    who: who.charAt(0).toLocaleUpperCase(locale) + who.slice(1),
  }
}

/** Whom an opening sentence is for, as the card says it before the sentence: "Tegen de ouder:". */
export function spokenTo(audience: Audience, answers: Pick<DraftAnswers, 'parentsAttending'>, t: Translate): string {
  if (audience === 'parents')
    return t(answers.parentsAttending === 2 ? 'card.spokenTo.parents2' : 'card.spokenTo.parents1')
  return t(`card.spokenTo.${audience}`)
}

/** The teacher's own note that goes on the conversation card, with the title of its item. */
export interface KeyNote {
  item: string
  note: string
}

/**
 * The checklist note the teacher put on the card; without one (or when its item no longer applies
 * or its note was emptied), the first note in the checklist's order. The note on the room is
 * passed over then: the card says it already, beside the room.
 */
export function keyNoteOf(checklist: Checklist, notes: Record<string, string>, marked: string | null): KeyNote | null {
  const written = checklist.phases
    .flatMap((phase) => phase.items)
    .flatMap((item) => {
      const note = notes[item.id]?.trim()
      return note ? [{ id: item.id, item: item.title, note }] : []
    })
  const chosen = written.find((entry) => entry.id === marked) ?? written.find((entry) => entry.id !== ROOM_ITEM)
  return chosen ? { item: chosen.item, note: chosen.note } : null
}
