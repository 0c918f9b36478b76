import type { Preparation } from './preparation'

// Here rather than with the status, which builds a checklist: the list of preparations, on the
// first screen too, sorts without the guidance.
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

/** When a conversation is (or was made): its date, or its making for one without a date yet. */
const moment = (p: Preparation) => p.answers.meetingAt ?? p.createdAt

/**
 * The preparations grouped by series: a conversation and the follow-ups made from it (and from
 * those). Each series runs from the first conversation to the last; the series with the newest
 * conversation comes first, as single preparations do on the list.
 */
export function seriesOf(preparations: Preparation[]): Preparation[][] {
  const byId = new Map(preparations.map((p) => [p.id, p]))
  const rootOf = (p: Preparation): string => {
    const seen = new Set<string>()
    let current = p
    while (current.followsId && byId.has(current.followsId) && !seen.has(current.id)) {
      seen.add(current.id)
      current = byId.get(current.followsId)!
    }
    return current.id
  }
  const groups = new Map<string, Preparation[]>()
  for (const preparation of preparations) {
    const root = rootOf(preparation)
    groups.set(root, [...(groups.get(root) ?? []), preparation])
  }
  const chronological = (a: Preparation, b: Preparation) => moment(a).localeCompare(moment(b))
  return [...groups.values()]
    .map((group) => group.sort(chronological))
    .sort((a, b) => byNewestConversation(newest(a), newest(b)))
}

function newest(group: Preparation[]): Preparation {
  return [...group].sort(byNewestConversation)[0]!
}
