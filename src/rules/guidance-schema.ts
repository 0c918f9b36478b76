import { z } from 'zod/mini'
import { crossReferenceProblems } from './guidance-checks'
import { cardProblems } from './card-checks'
import { AUDIENCES, ORIGINS, PHASES } from './vocabulary'

export { LOCALES, PHASES } from './vocabulary'
export type { Locale, Phase, Audience, Origin, Placeholder } from './vocabulary'

import { conditionSchema, factName, nonEmpty, type Condition } from './condition-schema'

export { conditionSchema, type Condition }

const positiveInt = () => z.int().check(z.positive())

const sentence = z.string().check(z.minLength(1))
const text = z.strictObject({ nl: sentence, en: sentence })

/**
 * One example sentence in every form it can take. `u` and `je` speak to one person; `uPlural`
 * (optional, else `u`) and `jullie` to two or more; `en`, and `enPlural` when English needs it.
 */
export const scriptSchema = z.strictObject({
  audience: z.enum(AUDIENCES),
  origin: z.enum(ORIGINS),
  u: sentence,
  uPlural: z.optional(sentence),
  je: sentence,
  jullie: z.optional(sentence),
  en: sentence,
  enPlural: z.optional(sentence),
})

const variantSchema = z.strictObject({
  when: conditionSchema,
  title: z.optional(text),
  text: z.optional(text),
  scripts: z.optional(z.array(scriptSchema)),
})

const itemSchema = z.strictObject({
  /** `<phase>.<name>`; an item a school added in its own version is `school.<name>`, in any phase. */
  id: z.string().check(z.regex(/^(?:(?:before|during|after)\.[a-z-]+|school\.[a-z0-9]+(?:-[a-z0-9]+)*)$/)),
  phase: z.enum(PHASES),
  when: z.optional(conditionSchema),
  /** A school's version hid the item: it never applies (its card parts and reorder rules with it). */
  hidden: z.optional(z.literal(true)),
  /** Whether the item itself is the sheet's advice or one we add in its spirit (its sentences say their own). */
  origin: z._default(z.enum(ORIGINS), 'sheet'),
  title: text,
  text,
  scripts: z._default(z.array(scriptSchema), []),
  /** Other wording for some answers: the first whose condition holds replaces what it names. */
  variants: z.optional(z.array(variantSchema)),
})

/** A reminder on the conversation card: a short imperative the teacher glances at (the template, placeholders unfilled). */
const REMINDER_LENGTH = 80
const reminderText = z.strictObject({
  nl: z.string().check(z.minLength(1), z.maxLength(REMINDER_LENGTH)),
  en: z.string().check(z.minLength(1), z.maxLength(REMINDER_LENGTH)),
})

/**
 * The conversation card: which items' example sentences open the conversation, the reminders in
 * order of importance, and the agenda's segments with their share of the planned time. Each
 * part refers to an item and shows only when that item applies (and its own `when` holds).
 */
const cardSchema = z.strictObject({
  /**
   * The items whose sentences open the conversation, in the order they are said; `heading` says
   * when a group is said, e.g. "Als de buddy erbij komt:".
   */
  openings: z.array(z.strictObject({ item: z.string(), when: z.optional(conditionSchema), heading: z.optional(text) })),
  reminders: z.array(z.strictObject({ item: z.string(), text: reminderText })),
  agenda: z.strictObject({
    /** Rows are whole multiples of this many minutes when the planned time allows it. */
    step: positiveInt(),
    segments: nonEmpty(
      z.strictObject({
        id: z.string().check(z.regex(/^[a-z-]+$/)),
        item: z.string(),
        when: z.optional(conditionSchema),
        /** A weight: the segment's part of the time is its share over the shares of the segments that apply. */
        share: positiveInt(),
        /** The least part of the planned time the segment gets, as a fraction [numerator, denominator]. */
        atLeast: z.optional(z.tuple([positiveInt(), positiveInt()])),
        title: text,
      }),
    ),
  }),
})

/** Moves an item to just before another when the condition holds: order that depends on the answers. */
const reorderSchema = z.strictObject({ when: conditionSchema, move: z.string(), before: z.string() })

export const guidanceSchema = z
  .strictObject({
    version: z.literal(1),
    title: text,
    introduction: text,
    acknowledgement: text,
    /** `{child}` without a name, where the teacher reads it: "het kind". */
    childFallback: text,
    /**
     * `{child}` without a name in a sentence the teacher says to the parents (or to everyone):
     * "uw kind", "je kind", "jullie kind", in the form of that sentence.
     */
    spokenChild: z.strictObject({ u: sentence, je: sentence, jullie: sentence, en: sentence }),
    numberWords: z.strictObject({ nl: z.array(sentence), en: z.array(sentence) }),
    /** `{parentWord}`: how a text names one parent or two ("de ouder", "de ouders"). */
    parentWords: z.strictObject({ one: text, two: text }),
    timeBuffer: z.strictObject({
      item: z.string(),
      percent: z.number().check(z.positive()),
      /** The extra time with a tolk, who says everything twice: a larger share than `percent`. */
      interpreterPercent: z.number().check(z.positive()),
      roundUpTo: positiveInt(),
      minimum: z.int().check(z.nonnegative()),
    }),
    reasons: z.strictObject({
      always: text,
      facts: z.partialRecord(factName, z.union([text, z.record(z.string(), text)])),
    }),
    items: nonEmpty(itemSchema),
    reorder: z._default(z.array(reorderSchema), []),
    card: cardSchema,
    /** Set on a school's version of the guidance: the credit adds "Aangepast door <name>". */
    adaptedBy: z.optional(z.strictObject({ name: sentence, version: positiveInt(), date: z.iso.date() })),
  })
  .check(
    z.superRefine((guidance, ctx) => {
      for (const problem of [...crossReferenceProblems(guidance), ...cardProblems(guidance)])
        ctx.addIssue({ code: 'custom', ...problem })
    }),
  )

export type Guidance = z.infer<typeof guidanceSchema>
export type GuidanceItem = Guidance['items'][number]
export type GuidanceScript = z.infer<typeof scriptSchema>
