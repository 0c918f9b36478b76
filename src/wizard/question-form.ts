import { z } from 'zod/mini'
import { LIMITS, OTHER_ROLES, type DraftAnswers, type Person } from '../rules/answers'
import { withoutBidiControls } from '../rules/bidi'
import type { Settings } from '../store/persistence'
import { dateTimeFields, localToday, typedDateTime } from '../i18n/dates'
import { dateTimeCheck, messageKey as key, wholeNumber } from '../ui/form-schemas'
import type { AnswerChanges } from '../store/store'
import type { DateTimeField, Question, QuestionField } from './question-types'

/** What the boxes hold: text, and for the people in the room a list of role and name. */
export type FormValues = Record<string, string | PersonValues[]>
export interface PersonValues {
  role: string
  name: string
  /** For a tolk: the language; kept in the box but not saved for other roles. */
  language: string
}

/** The form's own names for a field's boxes, in page order (a date-time has two, a person two). */
export function inputNames(field: QuestionField, values: FormValues): string[] {
  if (field.kind === 'date-time') return ['date', 'time']
  if (field.kind !== 'people') return [field.name]
  const people = values[field.name]
  const rows = Array.isArray(people) ? people : []
  return [
    field.name,
    ...rows.flatMap((row, i) => [
      `${field.name}.${i}.role`,
      ...(row.role === 'interpreter' ? [`${field.name}.${i}.language`] : []),
      `${field.name}.${i}.name`,
    ]),
  ]
}

/** What the boxes show for the answers saved so far (or the teacher's usual choice). */
export function formDefaults(question: Question, answers: DraftAnswers, settings: Settings): FormValues {
  return Object.assign({}, ...question.fields.map((field) => fieldDefaults(field, answers, settings))) as FormValues
}

function fieldDefaults(field: QuestionField, answers: DraftAnswers, settings: Settings): FormValues {
  const value = answers[field.name]
  switch (field.kind) {
    case 'date-time':
      return dateTimeFields(typeof value === 'string' ? value : undefined)
    case 'choice':
      return { [field.name]: value === undefined ? '' : String(value) }
    case 'number':
      return { [field.name]: value === undefined ? (field.initial ?? '') : String(value) }
    case 'text':
      return {
        [field.name]: typeof value === 'string' ? value : value === undefined ? (field.initial?.(settings) ?? '') : '',
      }
    case 'people':
      return {
        [field.name]: (answers.others ?? []).map((p) => ({
          role: p.role,
          name: p.name ?? '',
          language: p.language ?? '',
        })),
      }
  }
}

/** What the teacher typed (strings) in, the answers to save out; each error a message key. */
export function formSchema(question: Question): z.ZodMiniType<AnswerChanges, FormValues> {
  const shape = Object.fromEntries(question.fields.flatMap((field) => Object.entries(fieldShape(field))))
  const asksDate = question.fields.some((field) => field.kind === 'date-time')
  const fields = asksDate ? z.object(shape).check(dateTimeCheck()) : z.object(shape)
  return z.pipe(
    fields,
    z.transform((values) => {
      const record = values as Record<string, unknown>
      return Object.assign({}, ...question.fields.map((field) => toAnswers(field, record))) as AnswerChanges
    }),
  ) as unknown as z.ZodMiniType<AnswerChanges, FormValues>
}

function fieldShape(field: QuestionField): Record<string, z.ZodMiniType> {
  switch (field.kind) {
    case 'choice': {
      const values = field.options.map((option) => String(option.answer)) as [string, ...string[]]
      return { [field.name]: z.enum(values, { error: key(field.error) }) }
    }
    case 'number':
      return { [field.name]: wholeNumber(field.errors, field.limits) }
    case 'text':
      return {
        [field.name]: z
          .string()
          .check(z.overwrite(withoutBidiControls), z.trim(), z.maxLength(field.max, key(field.error))),
      }
    case 'date-time':
      return { date: z.string(), time: z.string() }
    case 'people':
      return {
        [field.name]: z
          .array(
            z.object({
              role: z.enum(OTHER_ROLES, { error: key('error.person.role') }),
              name: z
                .string()
                .check(
                  z.overwrite(withoutBidiControls),
                  z.trim(),
                  z.maxLength(LIMITS.name.max, key('error.person.name')),
                ),
              language: z._default(
                z
                  .string()
                  .check(
                    z.overwrite(withoutBidiControls),
                    z.trim(),
                    z.maxLength(LIMITS.language.max, key('error.person.language')),
                  ),
                '',
              ),
            }),
          )
          .check(z.maxLength(field.max, key('error.people.max'))),
      }
  }
}

function toAnswers(field: QuestionField, values: Record<string, unknown>): AnswerChanges {
  switch (field.kind) {
    case 'choice':
      return { [field.name]: field.options.find((o) => String(o.answer) === values[field.name])?.answer }
    case 'number':
      return { [field.name]: values[field.name] }
    case 'text':
      return { [field.name]: values[field.name] || undefined }
    case 'date-time':
      return dateTimeAnswer(field, String(values.date), String(values.time))
    case 'people': {
      const people = (values[field.name] as { role: Person['role']; name: string; language: string }[]).map(
        ({ role, name, language }) => ({
          role,
          ...(name ? { name } : {}),
          ...(role === 'interpreter' && language ? { language } : {}),
        }),
      )
      return { [field.name]: people, [field.countField]: people.length }
    }
  }
}

function dateTimeAnswer(field: DateTimeField, date: string, time: string): AnswerChanges {
  return { [field.name]: typedDateTime(date, time, localToday()) }
}

/**
 * The built page shows the first question before its JavaScript runs, so a teacher can choose an
 * answer before the form exists. Such a choice is in the page, not in the form's defaults: take it
 * over, or the form would clear it when it starts. Only an unanswered choice is taken.
 */
export function withChoicesMadeBeforeStart(question: Question, values: FormValues): FormValues {
  if (typeof document === 'undefined') return values
  const taken = { ...values }
  for (const field of question.fields) {
    if (field.kind !== 'choice' || taken[field.name] !== '') continue
    const chosen = document.querySelector<HTMLInputElement>(`input[type="radio"][name="${field.name}"]:checked`)
    if (chosen) taken[field.name] = chosen.value
  }
  return taken
}
