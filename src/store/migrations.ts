/**
 * Saved data from each older version, brought up to the next. Each step takes what the version
 * before it wrote and changes only what that version change changed; the result is validated
 * (and repaired) after the last step, so a step never has to trust its input.
 */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const MIGRATIONS: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  // 2 added the after-the-conversation part of a preparation.
  1: (state) =>
    mapPreparations(state, (p) => ({
      questions: [],
      evaluation: {},
      followUp: {},
      held: false,
      finished: false,
      ...p,
    })),
  // 3 keeps the open preparation in each tab's address instead of in shared data, and the
  // language among the settings.
  2: ({ activeId, locale, dutchScripts, ...rest }) => ({
    ...rest,
    settings: { locale, dutchScripts },
    lastUsedId: activeId ?? null,
  }),
  // 4 names the other people in the room by role; before, they were a number of people from school.
  3: (state) => mapPreparations(state, (p) => (isRecord(p.answers) ? { ...p, answers: withRoles(p.answers) } : p)),
  // 5 added the conversation card: its notes and the start of its timer.
  4: (state) => mapPreparations(state, (p) => ({ card: {}, ...p })),
  // 6 keeps the invitations as the teacher changed them, and asks the parent's own subject and the
  // teacher's contact (both optional: nothing to change).
  5: (state) => mapPreparations(state, (p) => ({ texts: {}, ...p })),
  // 7 lets the teacher put one checklist note on the conversation card (`card.keyNote`). It is
  // optional, so data from 6 needs no change; the step is here so that a version 6 tab, which would
  // drop the mark it does not know when it writes, sees newer data and leaves it alone.
  6: (state) => state,
}

function mapPreparations(state: Record<string, unknown>, change: (p: Record<string, unknown>) => unknown) {
  if (!isRecord(state.preparations)) return state
  const preparations = Object.entries(state.preparations).map(([id, p]) => [id, isRecord(p) ? change(p) : p])
  return { ...state, preparations: Object.fromEntries(preparations) }
}

/** "2 others from school" becomes two colleagues from school, whom the teacher can name later. */
function withRoles(answers: Record<string, unknown>) {
  const count = answers.otherAttendees
  const valid = typeof count === 'number' && Number.isInteger(count) && count >= 0 && count <= 10
  if (answers.others !== undefined || !valid) return answers
  return { ...answers, others: Array.from({ length: count }, () => ({ role: 'colleague' })) }
}

/** The version this code writes: one past the last migration, so the two cannot disagree. */
export const STORAGE_VERSION = Object.keys(MIGRATIONS).length + 1

/** Brings saved state of `version` up to the current one; null when there is no way there. */
export function migrate(state: unknown, version: number): unknown {
  if (!Number.isInteger(version) || version < 1 || version > STORAGE_VERSION || !isRecord(state)) return null
  let current = state
  for (let v = version; v < STORAGE_VERSION; v++) current = MIGRATIONS[v]!(current)
  return current
}
