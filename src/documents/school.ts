import type { DraftAnswers } from '../rules'
import { oneLine } from './plain-text'

/** What the teacher sets once for every document: their name, the school and the usual room. */
export interface SchoolDetails {
  teacherName?: string | undefined
  schoolName?: string | undefined
  defaultRoom?: string | undefined
}

/** The room of this conversation, or the usual room when none was given; undefined when neither is known. */
export function roomOf(answers: Pick<DraftAnswers, 'room'>, school: SchoolDetails): string | undefined {
  return oneLine(answers.room ?? '') || oneLine(school.defaultRoom ?? '') || undefined
}

/** The teacher's name and the school's, each on a line of its own, as set. */
export function signatureLines(school: SchoolDetails): string[] {
  return [oneLine(school.teacherName ?? ''), oneLine(school.schoolName ?? '')].filter(Boolean)
}
