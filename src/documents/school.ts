import type { DraftAnswers, Locale } from '../rules'
import { translator } from '../i18n'
import { listInWords } from './people'
import { oneLine } from './plain-text'
import '../i18n/documents'

/**
 * What the teacher sets once for every document: their name, the school, the usual room, and
 * how parents reach them.
 */
export interface SchoolDetails {
  teacherName?: string | undefined
  schoolName?: string | undefined
  defaultRoom?: string | undefined
  phone?: string | undefined
  email?: string | undefined
  /** Another way, said after "via": "de Parro-app". */
  otherContact?: string | undefined
}

/** The room of this conversation, or the usual room when none was given; undefined when neither is known. */
export function roomOf(answers: Pick<DraftAnswers, 'room'>, school: SchoolDetails): string | undefined {
  return oneLine(answers.room ?? '') || oneLine(school.defaultRoom ?? '') || undefined
}

/** The teacher's name and the school's, each on a line of its own, as set. */
export function signatureLines(school: SchoolDetails): string[] {
  return [oneLine(school.teacherName ?? ''), oneLine(school.schoolName ?? '')].filter(Boolean)
}

/** " via 06-12345678, juf.sanne@delinde.nl of de Parro-app", or "" when no way is set. */
export function viaContact(school: SchoolDetails, locale: Locale): string {
  const ways = [school.phone, school.email, school.otherContact].map((way) => oneLine(way ?? '')).filter(Boolean)
  return ways.length > 0 ? translator(locale)('invite.via', { ways: listInWords(ways, locale, 'or') }) : ''
}

/** The teacher as the parents know them: the name set in settings, else "de leerkracht van Anouk". */
export function teacherForParents(
  answers: Pick<DraftAnswers, 'childName'>,
  school: SchoolDetails,
  locale: Locale,
): string {
  const t = translator(locale)
  const child = oneLine(answers.childName ?? '')
  return oneLine(school.teacherName ?? '') || (child ? t('parentPdf.teacherOf', { child }) : t('people.teacher'))
}
