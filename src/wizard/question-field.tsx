import type { ReactNode } from 'react'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import type { Translate } from '../i18n'
import { localToday } from '../i18n/dates'
import { understoodDate } from '../i18n/typed-date'
import { useLocale } from '../store/selectors'
import { describedBy, Hint, RadioGroup, TextField } from '../ui/fields'
import { PageHeading } from '../ui/page-heading'
import type { AnswerChanges } from '../store/store'
import type { FormValues } from './question-form'
import type { Question, QuestionField } from './question-types'
import { PeopleView } from './people-field'
import { hasBidiControls } from '../rules/bidi'
import { checkedWith } from '../ui/form-schemas'

export interface FieldApi {
  form: UseFormReturn<FormValues, unknown, AnswerChanges>
  errorOf: (name: string) => string | undefined
  errorPrefix: string
  t: Translate
}

/**
 * One field of a question page. With a single field the question is the field's label (or its
 * fieldset's legend) and the page's h1; with several, the h1 stands above and each field has its own.
 */
export function QuestionFieldView({
  question,
  field,
  api,
}: {
  question: Question
  field: QuestionField
  api: FieldApi
}) {
  const { form, errorOf, errorPrefix, t } = api
  const alone = question.fields.length === 1
  const title = (
    <>
      {t(question.title)} {question.optional ? <span className="optional">{t('wizard.optional')}</span> : null}
    </>
  )
  const hint = alone ? (question.hint ?? field.hint) : field.hint
  const heading = (label: ReactNode, htmlFor?: string) =>
    alone ? (
      <PageHeading>{htmlFor ? <label htmlFor={htmlFor}>{label}</label> : label}</PageHeading>
    ) : (
      <label htmlFor={htmlFor} className="label heading-s">
        {label}
      </label>
    )
  // A name pasted with a character that turns the text around is saved without it: say so.
  const turned = field.kind === 'text' && hasBidiControls(String(form.watch(field.name) ?? ''))
  const hintText = [hint && t(hint), turned ? t('field.bidi') : ''].filter(Boolean).join(' ')
  const common = { hint: hintText || undefined, errorPrefix }
  // A field's own label on a page that asks several things, "(niet verplicht)" where it may stay empty.
  const fieldLabel = (f: QuestionField) => (
    <>
      {t(f.label!)} {f.optional ? <span className="optional">{t('wizard.optional')}</span> : null}
    </>
  )
  switch (field.kind) {
    case 'choice':
      return (
        <RadioGroup
          id={field.name}
          legend={alone ? <PageHeading>{title}</PageHeading> : <span className="heading-s">{fieldLabel(field)}</span>}
          error={errorOf(field.name)}
          options={field.options.map((option) => ({ value: String(option.answer), label: t(option.label) }))}
          inputProps={form.register(field.name)}
          {...common}
        />
      )
    case 'number':
    case 'text':
      return (
        <TextField
          id={field.name}
          label={heading(alone ? title : fieldLabel(field), field.name)}
          error={errorOf(field.name)}
          width={field.kind === 'number' ? 'short' : field.width}
          {...(field.kind === 'number' && field.suffix ? { suffix: t(field.suffix) } : {})}
          inputProps={{
            ...form.register(field.name),
            autoComplete: 'off',
            spellCheck: false,
            ...(field.kind === 'number' ? { inputMode: 'numeric' } : {}),
          }}
          {...common}
        />
      )
    case 'date-time':
      return (
        <DateTimeView
          title={alone ? <PageHeading>{title}</PageHeading> : <span className="heading-s">{fieldLabel(field)}</span>}
          hint={hint && t(hint)}
          api={api}
        />
      )
    case 'people':
      return <PeopleView field={field} api={api} />
  }
}

function DateTimeView({ title, hint, api }: { title: ReactNode; hint: string | undefined; api: FieldApi }) {
  const { form, errorOf, errorPrefix, t } = api
  const locale = useLocale()
  // What the date box was understood as, shown under it while typing.
  const typed = useWatch({ control: form.control, name: 'date' })
  const understood = understoodDate(String(typed ?? ''), localToday(), locale, t)
  const box = (name: 'date' | 'time', width: 'medium' | 'short') => (
    <TextField
      id={name}
      label={
        <label htmlFor={name} className="label">
          {t(`q.${name}.label`)}
        </label>
      }
      hint={t(`q.${name}.hint`)}
      error={errorOf(name)}
      note={name === 'date' ? understood : undefined}
      errorPrefix={errorPrefix}
      width={width}
      // Letters too (15 december): a text keyboard, not the digits-only one.
      inputProps={{ ...form.register(name, checkedWith(form, name === 'date' ? 'time' : 'date')), autoComplete: 'off' }}
    />
  )
  return (
    <fieldset aria-describedby={describedBy({ id: 'meetingAt', hint })}>
      <legend>{title}</legend>
      <Hint id="meetingAt" text={hint} />
      {box('date', 'medium')}
      {box('time', 'short')}
    </fieldset>
  )
}
