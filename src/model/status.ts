import { completeAnswers, LIMITS, plannedMinutesOf, type DraftAnswers } from '../rules'
import { minuteOf } from './clock'
import type { Preparation } from './preparation'

/**
 * Where a conversation stands: still being prepared; on its day (until it is over); held; or
 * finished by the teacher.
 */
export type Status = 'preparing' | 'today' | 'held' | 'finished'

/** The minutes the conversation takes: the planned length with its extra time, once answered. */
export function plannedMinutes(answers: DraftAnswers): number | null {
  const complete = completeAnswers(answers)
  if (complete) return plannedMinutesOf(complete)
  return answers.expectedMinutes ?? null
}

const LONGEST = Math.max(LIMITS.chosenMinutes.max, LIMITS.minutes.max)

/**
 * A conversation counts as held once its start plus its planned minutes has passed, or when the
 * teacher says so; finished when the teacher says so. On its day, and while it goes on, it is
 * `today`: the time for the checklist and the card. `now` is `YYYY-MM-DDTHH:MM` in the teacher's time zone.
 */
export function statusOf(preparation: Pick<Preparation, 'answers' | 'held' | 'finished'>, now: string): Status {
  if (preparation.finished) return 'finished'
  if (preparation.held) return 'held'
  const { meetingAt } = preparation.answers
  const start = meetingAt ? minuteOf(meetingAt) : null
  const current = minuteOf(now)
  if (!meetingAt || start === null || current === null) return 'preparing'
  // The length is worked out only while it matters: from the start until the longest length
  // there can be has passed (most conversations on a long list are long over).
  const over = (minutes: number | null) => current >= start + (minutes ?? 0)
  if (current >= start && (over(LONGEST) || over(plannedMinutes(preparation.answers)))) return 'held'
  const sameDay = meetingAt.slice(0, 10) === now.slice(0, 10)
  // Stryker disable next-line EqualityOperator: current equals start only on the same day, which sameDay already covers
  return sameDay || current >= start ? 'today' : 'preparing'
}
