import { z } from 'zod/mini'
import { draftAnswersSchema, LIMITS } from '../rules/answers'
import { localDateTimeSchema } from '../rules/date-time'

export const RATINGS = ['good', 'mixed', 'difficult'] as const
export type Rating = (typeof RATINGS)[number]

const nonEmpty = () => z.string().check(z.minLength(1))

/** A question the teacher promised to come back to (during.answer-later). */
export const questionSchema = z.object({ id: nonEmpty(), text: nonEmpty(), done: z.boolean() })
export type Question = z.infer<typeof questionSchema>

/** How the conversation went (after.evaluate-together); free texts are the teacher's own notes. */
export const evaluationSchema = z.object({
  rating: z.optional(z.enum(RATINGS)),
  /** Only asked when it was not known beforehand whether the buddy would come. */
  buddyCame: z.optional(z.boolean()),
  parent: z.optional(z.string()),
  buddy: z.optional(z.string()),
  teacher: z.optional(z.string()),
  /** What was discussed, for the pupil file. */
  discussed: z.optional(z.string()),
  agreements: z.optional(z.string()),
})
export type Evaluation = z.infer<typeof evaluationSchema>

/** The next appointment (after.next-appointment): when, how long, with the buddy or not. */
export const followUpSchema = z.object({
  at: z.optional(localDateTimeSchema),
  minutes: z.optional(z.int().check(z.gte(LIMITS.minutes.min), z.lte(LIMITS.minutes.max))),
  withBuddy: z.optional(z.boolean()),
})
export type FollowUp = z.infer<typeof followUpSchema>

/**
 * What the teacher keeps on the conversation card: the notes taken while talking, when the timer
 * was started (an ISO instant), so it runs on after a reload, and which checklist item's note the
 * teacher put on the card (by item id; without one, the card shows the first note).
 */
export const cardSchema = z.object({
  notes: z.optional(z.string()),
  timerStartedAt: z.optional(z.iso.datetime()),
  keyNote: z.optional(nonEmpty()),
})
export type SavedCard = z.infer<typeof cardSchema>

/**
 * A text for the family that the teacher changed before copying it, with the suggested text it
 * started from: when the suggestion changes later (a new date), the teacher is told to check.
 */
export const editedTextSchema = z.object({ text: z.string(), basedOn: z.string() })
export type EditedText = z.infer<typeof editedTextSchema>

/** The texts the teacher can change before sending: the invitation and the follow-up's. */
export const EDITABLE_TEXTS = ['invitation', 'followUpInvitation'] as const
export type EditableText = (typeof EDITABLE_TEXTS)[number]
export const textsSchema = z.object({
  invitation: z.optional(editedTextSchema),
  followUpInvitation: z.optional(editedTextSchema),
})
export type Texts = z.infer<typeof textsSchema>

/** One conversation being prepared, held and followed up: everything the teacher wrote about it. */
export const preparationSchema = z.object({
  id: nonEmpty(),
  createdAt: z.string(),
  updatedAt: z.string(),
  answers: draftAnswersSchema,
  /** Ticked item ids. Ticks of items that no longer apply are kept, in case they apply again. */
  ticks: z.record(z.string(), z.literal(true)),
  notes: z.record(z.string(), z.string()),
  questions: z.array(questionSchema),
  evaluation: evaluationSchema,
  followUp: followUpSchema,
  card: cardSchema,
  /** The texts for the family as the teacher changed them; a text not changed is not here. */
  texts: textsSchema,
  /** Marked by the teacher; a conversation whose time has passed counts as held too. */
  held: z.boolean(),
  finished: z.boolean(),
  /** The conversation this one follows up: together they are a series for the same child. */
  followsId: z.optional(nonEmpty()),
  /** What was agreed last time, carried over into a follow-up conversation. */
  carriedAgreements: z.optional(z.string()),
})
export type Preparation = z.infer<typeof preparationSchema>
