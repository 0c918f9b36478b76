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

/** Whether the buddy was in the room: known beforehand, or told afterwards. */
export function buddyWasThere(preparation: Pick<Preparation, 'answers' | 'evaluation'>): boolean {
  return preparation.answers.buddy === 'attending' || preparation.evaluation.buddyCame === true
}
