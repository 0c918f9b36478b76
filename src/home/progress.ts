import { checklistItemIds, completeAnswers, type DraftAnswers } from '../rules'
import type { Preparation } from '../model'

// Worked out once per answers: a change makes new answers, and the list shows many preparations.
const itemIds = new WeakMap<DraftAnswers, string[] | null>()

/** How far a preparation is: its checklist's items ticked, of all; null while its answers are incomplete. */
export function progressOf(
  preparation: Pick<Preparation, 'answers' | 'ticks'>,
): { done: number; total: number } | null {
  const { answers, ticks } = preparation
  let ids = itemIds.get(answers)
  if (ids === undefined) {
    const complete = completeAnswers(answers)
    ids = complete ? checklistItemIds(complete) : null
    itemIds.set(answers, ids)
  }
  return ids && { done: ids.filter((id) => ticks[id]).length, total: ids.length }
}
