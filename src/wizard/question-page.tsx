import { useMemo, type ComponentType, type ReactNode } from 'react'
import { get, useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { navigate, href, replaceAddress, useLocation } from '../ui/router'
import { translateIssue } from '../i18n'
import { useActions, useActiveId, useStartingAnswers } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { clearDraft, readDraft, useFormDraft } from '../ui/drafts'
import { withChoicesMadeBeforeStart } from './question-form'
import type { AnswerChanges } from '../store/store'
import { ErrorSummary } from '../ui/error-summary'
import { useDocumentTitle } from '../ui/use-document-title'
import { stepPath } from '../ui/paths'
import { PageHeading } from '../ui/page-heading'
import { formDefaults, formSchema, inputNames, type FormValues } from './question-form'
import { QuestionFieldView, type FieldApi } from './question-field'
import { nextPath, previousPath, stepNumber } from './steps'
import { useQuestions } from './questions-context'
import { askedFields, type Question } from './question-types'
import { AboutTheSheet } from './about-the-sheet'

/** What a question page shows under its form, by the name the question table gives it. */
const AFTER: Record<NonNullable<Question['after']>, ComponentType> = { 'about-the-sheet': AboutTheSheet }

/** The page for one step of the wizard (the first without a step), or `notFound` when no question has that address. */
export function StepRoute({ step, notFound }: { step?: string; notFound: ReactNode }) {
  const questions = useQuestions()
  const question = step === undefined ? questions[0] : questions.find((q) => q.step === step)
  // Keyed so each visit reads the saved answers afresh.
  return question ? <QuestionPage key={step} question={question} /> : notFound
}

/**
 * One wizard step: the caption, the question's form, the error summary, the back link and
 * Continue. Valid answers go to the store; then on to the next step (or back to the check page).
 */
function QuestionPage({ question: asked }: { question: Question }) {
  const t = useT()
  const id = useActiveId()
  const questions = useQuestions()
  const { answers, settings } = useStartingAnswers()
  // Some fields are asked only for some earlier answers (the parent's subject with sensitive news).
  const question = useMemo(() => askedFields(asked, answers), [asked, answers])
  const { saveAnswers, create } = useActions()
  const returning = useLocation().query.get('return') === 'check'
  const { step } = question
  const draftKey = `${id ?? 'new'}:${step}`
  const schema = useMemo(() => formSchema(question), [question])
  const form = useForm<FormValues, unknown, AnswerChanges>({
    resolver: zodResolver(schema),
    defaultValues: readDraft(draftKey, withChoicesMadeBeforeStart(question, formDefaults(question, answers, settings))),
    shouldFocusError: false,
  })
  // What is typed before Continue survives a reload.
  useFormDraft(form, draftKey)
  const { errors, submitCount } = form.formState
  const errorOf = (name: string) => translateIssue(t, (get(errors, name) as { message?: unknown } | undefined)?.message)
  const summary = question.fields
    .flatMap((field) => inputNames(field, form.getValues()))
    .flatMap((name) => (errorOf(name) ? [{ fieldId: name, message: errorOf(name)! }] : []))
  const caption = t('wizard.step', { n: stepNumber(questions, step), total: questions.length })
  useDocumentTitle(`${summary.length > 0 ? t('app.errorPrefix') : ''}${t('app.documentTitle', { page: caption })}`)
  const back = previousPath(questions, id, step, returning)
  const api: FieldApi = { form, errorOf, errorPrefix: t('app.errorPrefix'), t }
  const After = question.after && AFTER[question.after]

  const submit = (changes: AnswerChanges) => {
    clearDraft(draftKey)
    if (id) {
      saveAnswers(id, changes)
      navigate(nextPath(questions, id, step, returning))
      return
    }
    // A new preparation gets its id now; Back returns to this question with its answer. Its
    // address changes without drawing this question again: the next one is drawn at once.
    const created = create(changes)
    replaceAddress(stepPath(created, step))
    navigate(nextPath(questions, created, step, false))
  }

  return (
    <>
      {back ? (
        <a className="back-link" href={href(back)}>
          {t('wizard.back')}
        </a>
      ) : null}
      <ErrorSummary title={t('wizard.errorSummary')} errors={summary} attempt={submitCount} />
      <p className="caption">{caption}</p>
      <form noValidate onSubmit={form.handleSubmit(submit)}>
        {question.fields.length > 1 ? <PageHeading>{t(question.title)}</PageHeading> : null}
        {question.fields.map((field) => (
          <QuestionFieldView key={field.name} question={question} field={field} api={api} />
        ))}
        <button type="submit" className="button">
          {t('wizard.continue')}
        </button>
      </form>
      {After ? <After /> : null}
    </>
  )
}
