import { z } from 'zod/mini'
import { localDateTimeSchema } from './date-time'

/** Who the buddy is to this conversation; see the guidance model. */
export const BUDDY_VALUES = ['attending', 'preparing', 'unknown', 'none'] as const
export const ADDRESS_VALUES = ['u', 'je'] as const
export const PARENTS_VALUES = [1, 2] as const
/** Who else may come: from school (intern begeleider, director, a colleague) or outside (an interpreter). */
export const OTHER_ROLES = ['ib', 'interpreter', 'director', 'colleague', 'other'] as const

export const LIMITS = {
  minutes: { min: 5, max: 240 },
  /** The length the teacher chose may be the usual one with extra time: twice the longest usual one. */
  chosenMinutes: { min: 5, max: 480 },
  otherAttendees: { min: 0, max: 10 },
  childName: { max: 60 },
  name: { max: 60 },
  purpose: { max: 150 },
  room: { max: 60 },
  contact: { max: 100 },
  language: { max: 40 },
} as const

/** Someone else in the room, by role, with a name when the teacher wants it on paper. */
export const personSchema = z.object({
  role: z.enum(OTHER_ROLES),
  name: z.optional(z.string().check(z.maxLength(LIMITS.name.max))),
  /** For a tolk: the language they translate into, e.g. "Turks". */
  language: z.optional(z.string().check(z.maxLength(LIMITS.language.max))),
})
export type Person = z.infer<typeof personSchema>

/** The teacher's answers: the contract between the wizard, the store and the rules. */
export const answersSchema = z.object({
  buddy: z.enum(BUDDY_VALUES),
  sensitiveNews: z.boolean(),
  expectedMinutes: z.int().check(z.gte(LIMITS.minutes.min), z.lte(LIMITS.minutes.max)),
  /**
   * The minutes the teacher chose in "Jouw plan": the usual minutes, the suggestion with extra
   * time, or another length. Without it the conversation takes the usual minutes.
   */
  chosenMinutes: z.optional(z.int().check(z.gte(LIMITS.chosenMinutes.min), z.lte(LIMITS.chosenMinutes.max))),
  parentsAttending: z.union([z.literal(1), z.literal(2)]),
  otherAttendees: z.int().check(z.gte(LIMITS.otherAttendees.min), z.lte(LIMITS.otherAttendees.max)),
  childName: z.optional(z.string().check(z.maxLength(LIMITS.childName.max))),
  address: z.enum(ADDRESS_VALUES),
  meetingAt: z.optional(localDateTimeSchema),
  /** What the conversation is about, in the teacher's one line: for the invitation and the report. */
  purpose: z.optional(z.string().check(z.maxLength(LIMITS.purpose.max))),
  /**
   * With sensitive news: the subject as the parents may read it before the conversation, e.g.
   * "hoe het gaat met lezen". The invitation and the parent's PDF use it instead of `purpose`.
   */
  parentSubject: z.optional(z.string().check(z.maxLength(LIMITS.purpose.max))),
  /** How the parents are greeted, e.g. "Sanne en Mark" or "mevrouw De Vries". */
  parentNames: z.optional(z.string().check(z.maxLength(LIMITS.name.max))),
  /** The others in the room by role; `otherAttendees` is always their number, for the rules. */
  others: z.optional(z.array(personSchema).check(z.maxLength(LIMITS.otherAttendees.max))),
  room: z.optional(z.string().check(z.maxLength(LIMITS.room.max))),
})

export type Answers = z.infer<typeof answersSchema>
export type AnswerField = keyof Answers
export type Buddy = Answers['buddy']
export type Address = Answers['address']

/** Answers while the wizard is being filled in: any field may still be missing. */
export const draftAnswersSchema = z.partial(answersSchema)
export type DraftAnswers = z.infer<typeof draftAnswersSchema>

/** The fields the teacher must answer before a checklist can be made. */
export const REQUIRED_FIELDS = [
  'buddy',
  'sensitiveNews',
  'expectedMinutes',
  'parentsAttending',
  'otherAttendees',
  'address',
] as const satisfies readonly AnswerField[]

/** Complete answers, or null while a required answer is missing or invalid. */
export function completeAnswers(draft: DraftAnswers): Answers | null {
  const result = answersSchema.safeParse(draft)
  return result.success ? result.data : null
}
