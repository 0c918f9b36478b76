import { useId, useState, type FormEvent } from 'react'
import { useActions, useActiveQuestions, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { ErrorMessage, describedBy } from '../ui/fields'
import { isRepeatClick } from '../ui/repeat-click'
import { announce } from '../ui/announcer'
import { clearDraft, readDraft, useForgetDraftOnLeave, writeDraft } from '../ui/drafts'

/** "Vragen waar ik op terugkom" (during.answer-later): a list to add to, each with a done mark. */
export function QuestionsPanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = useT()
  const preparationId = useRequiredId()
  const questions = useActiveQuestions()
  const { addQuestion, setQuestionDone, removeQuestion } = useActions()
  const draftKey = `${preparationId}:question`
  const [text, setText] = useState(() => readDraft(draftKey, { text: '' }).text)
  useForgetDraftOnLeave(draftKey)
  const [error, setError] = useState<string | undefined>()
  const id = useId()
  const fieldId = `${id}-question`
  const Heading = headingLevel === 2 ? 'h2' : 'h3'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) {
      setError(t('error.question'))
      document.getElementById(fieldId)?.focus()
      return
    }
    addQuestion(preparationId, text)
    announce(t('questions.added', { text: text.trim() }))
    setText('')
    clearDraft(draftKey)
    setError(undefined)
  }

  return (
    <section className="questions" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="heading-m">
        {t('questions.title')}
      </Heading>
      <p className="hint" id={`${fieldId}-hint`}>
        {t('questions.hint')}
      </p>
      {questions.length === 0 ? <p>{t('questions.empty')}</p> : null}
      <ul className="question-list">
        {questions.map((question) => (
          <li key={question.id} className="checkbox question">
            <input
              type="checkbox"
              id={`${id}-${question.id}`}
              checked={question.done}
              onChange={(event) => setQuestionDone(preparationId, question.id, event.target.checked)}
            />
            <label htmlFor={`${id}-${question.id}`} className={question.done ? 'done' : undefined}>
              {question.text}
            </label>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                removeQuestion(preparationId, question.id)
                announce(t('questions.removed', { text: question.text }))
                // The button goes with the question: keep the keyboard user in the list's form.
                document.getElementById(fieldId)?.focus()
              }}
            >
              {t('questions.remove')}{' '}
              <span className="visually-hidden">{t('questions.remove.hidden', { text: question.text })}</span>
            </button>
          </li>
        ))}
      </ul>
      <form className={error ? 'form-group form-group--error' : 'form-group'} onSubmit={submit} noValidate>
        <label htmlFor={fieldId} className="label">
          {t('questions.new')}
        </label>
        <ErrorMessage id={fieldId} text={error} prefix={t('app.errorPrefix')} />
        <div className="inline-form">
          <input
            id={fieldId}
            className="input"
            value={text}
            onChange={(event) => {
              setText(event.target.value)
              writeDraft(draftKey, { text: event.target.value })
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy({ id: fieldId, hint: t('questions.hint'), error })}
            autoComplete="off"
          />
          <button
            type="submit"
            className="button button--secondary"
            onClick={(event) => {
              if (isRepeatClick(event)) event.preventDefault()
            }}
          >
            {t('questions.add')}
          </button>
        </div>
      </form>
    </section>
  )
}
