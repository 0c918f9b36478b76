import type { AnswerField, DraftAnswers, Locale } from '../rules'
import type { Settings } from '../store/persistence'
import type { MessageKey, Translate } from '../i18n'

/** How an answer is shown on check-your-answers. */
export interface CheckRow {
  label: MessageKey
  /** Completes "Wijzigen" for screen readers: "Wijzig de normale duur". */
  hidden: MessageKey
  /** The answer in words; by default the value as typed. */
  format?: (answers: DraftAnswers, t: Translate, locale: Locale) => string | undefined
}

interface FieldBase {
  name: AnswerField
  /** Its own label, when the page asks more than one thing; otherwise the page's title is its label. */
  label?: MessageKey
  hint?: MessageKey
  /** Marked "(niet verplicht)" on a page that asks more than one thing. */
  optional?: boolean
  check: CheckRow
  /** Asked only for these answers (e.g. the parent's subject, with sensitive news); always when not given. */
  shownWhen?: (answers: DraftAnswers) => boolean
}

/** One radio per option; each option's answer is what is saved. */
export interface ChoiceField extends FieldBase {
  kind: 'choice'
  options: { answer: string | number | boolean; label: MessageKey }[]
  error: MessageKey
}

/** A whole number typed as text, within limits. */
export interface NumberField extends FieldBase {
  kind: 'number'
  limits: { min: number; max: number }
  errors: { required: MessageKey; integer: MessageKey; range: MessageKey }
  suffix?: MessageKey
  /** What the box holds before the teacher types, e.g. "0". */
  initial?: string
}

/** Optional free text of limited length; empty means not answered. */
export interface TextField extends FieldBase {
  kind: 'text'
  max: number
  error: MessageKey
  width: 'medium' | 'long'
  /** What the box holds before anything was answered, e.g. the teacher's usual room. */
  initial?: (settings: Settings) => string | undefined
}

/** Everyone else in the room, each with a role and an optional name; their number is saved too. */
export interface PeopleField extends FieldBase {
  kind: 'people'
  name: 'others'
  countField: 'otherAttendees'
  max: number
}

/** A date and a time in two boxes, saved as one local date-time; both empty means not answered. */
export interface DateTimeField extends FieldBase {
  kind: 'date-time'
}

export type QuestionField = ChoiceField | NumberField | TextField | DateTimeField | PeopleField

/** The question with only the fields it asks for these answers. */
export function askedFields(question: Question, answers: DraftAnswers): Question {
  const fields = question.fields.filter((field) => field.shownWhen?.(answers) ?? true)
  return fields.length === question.fields.length ? question : { ...question, fields }
}

/**
 * One page of the wizard: its address, its question (the page's h1) and its fields. Adding a
 * question to the wizard is one entry like this in `QUESTIONS`, and its messages in nl and en.
 * Plain data: no components, so the table can be read without React or a DOM.
 */
export interface Question {
  step: string
  title: MessageKey
  hint?: MessageKey
  optional?: boolean
  fields: QuestionField[]
  /** Shown under the form, by name (the question page knows the component): what the sheet is about. */
  after?: 'about-the-sheet'
}
