import type { Preparation } from './preparation'

export type Status = 'preparing' | 'held' | 'finished'

/**
 * Where a preparation stands: finished when the teacher says so; held once its date has passed
 * or the teacher marks it held; otherwise still being prepared. `now` is `YYYY-MM-DDTHH:MM`.
 */
export function statusOf(preparation: Pick<Preparation, 'answers' | 'held' | 'finished'>, now: string): Status {
  if (preparation.finished) return 'finished'
  const { meetingAt } = preparation.answers
  if (preparation.held || (meetingAt !== undefined && meetingAt <= now)) return 'held'
  return 'preparing'
}

/** Newest conversation first; preparations without a date yet (still being planned) on top. */
export function byNewestConversation(a: Preparation, b: Preparation): number {
  const [x, y] = [a.answers.meetingAt, b.answers.meetingAt]
  if (x !== y) {
    if (x === undefined) return -1
    if (y === undefined) return 1
    return x < y ? 1 : -1
  }
  return a.updatedAt < b.updatedAt ? 1 : -1
}

/** Whether the buddy was in the room: known beforehand, or told afterwards when it was not known. */
export function buddyWasThere(preparation: Pick<Preparation, 'answers' | 'evaluation'>): boolean {
  const { buddy } = preparation.answers
  return buddy === 'attending' || (buddy === 'unknown' && preparation.evaluation.buddyCame === true)
}

/** Whether the buddy comes to the follow-up; never when the family has no buddy (any more). */
export function followUpWithBuddy(preparation: Pick<Preparation, 'answers' | 'followUp'>): boolean {
  return preparation.followUp.withBuddy === true && preparation.answers.buddy !== 'none'
}
