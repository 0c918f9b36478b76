import { isRecord } from '../model/records'

/**
 * Saved data from each older version, brought up to the next. Each step takes what the version
 * before it wrote and changes only what that version change changed; the result is validated
 * (and repaired) after the last step, so a step never has to trust its input.
 */
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
  // 7 lets the teacher choose the length; 6 always planned the extra time it suggested. The length
  // 6 planned is kept as the chosen one, so an invitation already sent stays true. 7 also lets the
  // teacher put one checklist note on the card (`card.keyNote`, optional): a version 6 tab, which
  // would drop the mark it does not know when it writes, sees newer data and leaves it alone.
  6: (state) => mapPreparations(state, (p) => (isRecord(p.answers) ? { ...p, answers: withLengthKept(p.answers) } : p)),
  // 8 keeps a school's own version of the guidance (`schoolGuidance`), none before. A version 7
  // tab would drop it when it writes: it sees newer data and leaves it alone.
  7: (state) => ({ schoolGuidance: null, ...state }),
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

/**
 * The minutes version 6 planned: the usual minutes, plus half of them (rounded up to five, at
 * least ten) when three or more people were in the room, or the buddy might come. Written out
 * here, not taken from the guidance data, which now suggests differently.
 */
function withLengthKept(answers: Record<string, unknown>) {
  const { expectedMinutes: usual, parentsAttending: parents, otherAttendees: others, buddy } = answers
  const whole = (n: unknown, min: number, max: number): n is number =>
    typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max
  // Only where 6 made a plan: every answer it needed was there.
  const planned =
    whole(usual, 5, 240) &&
    whole(parents, 1, 2) &&
    whole(others, 0, 10) &&
    typeof answers.sensitiveNews === 'boolean' &&
    ['attending', 'preparing', 'unknown', 'none'].includes(buddy as string) &&
    (answers.address === 'u' || answers.address === 'je')
  if (answers.chosenMinutes !== undefined || !planned) return answers
  if (1 + parents + (buddy === 'attending' ? 1 : 0) + others < 3 && buddy !== 'unknown') return answers
  return { ...answers, chosenMinutes: usual + Math.max(10, Math.ceil((usual * 0.5) / 5) * 5) }
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
