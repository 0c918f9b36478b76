import { checklistItemIds, completeAnswers, type DraftAnswers, type Guidance } from '../rules'
import type { Preparation } from '../model'

// Worked out once per answers and guidance: a change makes new answers, and the list shows many preparations.
const itemIdsBy = new WeakMap<Guidance, WeakMap<DraftAnswers, string[] | null>>()

/** How far a preparation is: its checklist's items ticked, of all; null while its answers are incomplete. */
export function progressOf(
  preparation: Pick<Preparation, 'answers' | 'ticks'>,
  guidance: Guidance,
): { done: number; total: number } | null {
  const { answers, ticks } = preparation
  let itemIds = itemIdsBy.get(guidance)
  if (!itemIds) itemIdsBy.set(guidance, (itemIds = new WeakMap()))
  let ids = itemIds.get(answers)
  if (ids === undefined) {
    const complete = completeAnswers(answers)
    ids = complete ? checklistItemIds(complete, guidance) : null
    itemIds.set(answers, ids)
  }
  return ids && { done: ids.filter((id) => ticks[id]).length, total: ids.length }
}
