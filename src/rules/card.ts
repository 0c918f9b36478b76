import type { Answers } from './answers'
import { buildChecklist, fill, placeholderValues, type BuildOptions, type Script } from './build-checklist'
import { evaluate } from './conditions'
import { deriveFacts } from './facts'
import { guidance as shippedGuidance } from './guidance'
import { timeAgenda, type AgendaRow } from './agenda'
import type { Condition } from './guidance-schema'

/** A conversation card never holds more reminders than a teacher can take in at a glance. */
export const MAX_REMINDERS = 7

/** A group of opening sentences said at one moment; `heading` says when ("Als de buddy erbij komt:"). */
export interface Opening {
  heading: string | null
  scripts: Script[]
}

/** What the conversation card holds besides the plan: how to open, what to keep in mind, the timed agenda. */
export interface Card {
  /** The example sentences to open with, in the right form of address, in the order they are said. */
  openings: Opening[]
  /** Short imperatives for during the conversation, most important first. */
  reminders: string[]
  /** Rows whose minutes add up exactly to `plannedMinutes`. */
  agenda: AgendaRow[]
  plannedMinutes: number
}

/**
 * The conversation card for these answers. Everything on it follows the items that apply, as
 * the data's `card` section says: the sentences of the opening items in the data's order (the
 * order of the agenda), each group with its heading, the first seven
 * reminders whose item applies, and the agenda segments whose item applies, sharing the planned
 * minutes (with the buffer) by their shares, with clock times when the meeting time is known.
 * Pure: same input, same output.
 */
export function buildCard(answers: Answers, options: BuildOptions = {}): Card {
  const guidance = options.guidance ?? shippedGuidance
  const checklist = buildChecklist(answers, { ...options, guidance })
  const { locale, plannedMinutes } = checklist
  const facts = deriveFacts(answers)
  const items = checklist.phases.flatMap((phase) => phase.items)
  const applies = (part: { item: string; when?: Condition | undefined }) =>
    items.some((item) => item.id === part.item) && (!part.when || evaluate(part.when, facts))
  const values = placeholderValues(answers, guidance, locale, checklist)
  const { openings, reminders, agenda } = guidance.card
  return {
    openings: openings.filter(applies).flatMap((opening) => {
      const scripts = items.find((item) => item.id === opening.item)!.scripts
      return scripts.length === 0 ? [] : [{ heading: opening.heading?.[locale] ?? null, scripts }]
    }),
    reminders: reminders
      .filter(applies)
      .slice(0, MAX_REMINDERS)
      .map((reminder) => fill(reminder.text[locale], values)),
    agenda: timeAgenda(
      agenda.segments.filter(applies).map((segment) => ({
        id: segment.id,
        item: segment.item,
        title: fill(segment.title[locale], values),
        share: segment.share,
        ...(segment.atLeast ? { atLeast: segment.atLeast } : {}),
      })),
      plannedMinutes,
      agenda.step,
      answers.meetingAt,
    ),
    plannedMinutes,
  }
}
