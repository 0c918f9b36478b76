import type { Preparation } from './preparation'

/** Whether the buddy was in the room: known beforehand, or told afterwards when it was not known. */
export function buddyWasThere(preparation: Pick<Preparation, 'answers' | 'evaluation'>): boolean {
  const { buddy } = preparation.answers
  return buddy === 'attending' || (buddy === 'unknown' && preparation.evaluation.buddyCame === true)
}

/** Whether the buddy comes to the follow-up; never when the family has no buddy (any more). */
export function followUpWithBuddy(preparation: Pick<Preparation, 'answers' | 'followUp'>): boolean {
  return preparation.followUp.withBuddy === true && preparation.answers.buddy !== 'none'
}
