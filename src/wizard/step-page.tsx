import type { ReactNode } from 'react'
import { useForm, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { navigate, href, useLocation } from '../ui/router'
import { translateIssue } from '../i18n'
import { useActions, useActiveId, useT } from '../store/selectors'
import { clearDraft, readDraft, useFormDraft } from '../ui/drafts'
import type { AnswerChanges } from '../store/store'
import { ErrorSummary } from '../ui/error-summary'
import { useDocumentTitle } from '../ui/use-document-title'
import { STEPS, stepPath, type StepId } from '../ui/paths'
import { nextPath, previousPath, stepNumber } from './steps'

/** What a step's fields get: the form, and each field's translated error. */
export interface StepFormApi<Values extends FieldValues> {
  form: UseFormReturn<Values, unknown, AnswerChanges>
  errorOf: (field: Path<Values>) => string | undefined
  errorPrefix: string
}

interface Props<Values extends FieldValues> {
  step: StepId
  schema: z.ZodType<AnswerChanges, Values>
  defaults: Values
  /** The form's fields in page order, for the error summary. */
  fields: Path<Values>[]
  children: (api: StepFormApi<Values>) => ReactNode
  after?: ReactNode
}

/**
 * One wizard step: the caption, the question's form, the error summary, the back link and
 * Continue. Valid answers go to the store; then on to the next step (or back to the check page).
 */
export function StepPage<Values extends FieldValues>({
  step,
  schema,
  defaults,
  fields,
  children,
  after,
}: Props<Values>) {
  const t = useT()
  const id = useActiveId()
  const { saveAnswers, create } = useActions()
  const returning = useLocation().query.get('return') === 'check'
  const draftKey = `${id ?? 'new'}:${step}`
  const form = useForm<Values, unknown, AnswerChanges>({
    resolver: zodResolver(schema),
    defaultValues: readDraft(draftKey, defaults) as never,
    shouldFocusError: false,
  })
  // What is typed before Continue survives a reload.
  useFormDraft(form, draftKey)
  const { errors, submitCount } = form.formState
  const errorOf = (field: Path<Values>): string | undefined =>
    translateIssue(t, (errors as Record<string, { message?: unknown } | undefined>)[field]?.message)
  const summary = fields.flatMap((field) => {
    const message = errorOf(field)
    return message ? [{ fieldId: field, message }] : []
  })
  const caption = t('wizard.step', { n: stepNumber(step), total: STEPS.length })
  useDocumentTitle(`${summary.length > 0 ? t('app.errorPrefix') : ''}${t('app.documentTitle', { page: caption })}`)
  const back = previousPath(id, step, returning)

  return (
    <>
      {back ? (
        <a className="back-link" href={href(back)}>
          {t('wizard.back')}
        </a>
      ) : null}
      <ErrorSummary title={t('wizard.errorSummary')} errors={summary} attempt={submitCount} />
      <p className="caption">{caption}</p>
      <form
        noValidate
        onSubmit={form.handleSubmit((changes) => {
          clearDraft(draftKey)
          if (id) {
            saveAnswers(id, changes)
            navigate(nextPath(id, step, returning))
            return
          }
          // A new preparation gets its id now; Back returns to this question with its answer.
          const created = create(changes)
          navigate(stepPath(created, step), { replace: true })
          navigate(nextPath(created, step, false))
        })}
      >
        {children({ form, errorOf, errorPrefix: t('app.errorPrefix') })}
        <button type="submit" className="button">
          {t('wizard.continue')}
        </button>
      </form>
      {after}
    </>
  )
}
