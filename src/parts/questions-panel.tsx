import { useId } from 'react'
import { useActions, useActiveQuestions, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { announce } from '../ui/announcer'
import { AddQuestionForm } from './question-form'

/** "Vragen waar ik op terugkom" (during.answer-later): a list to add to, each with a done mark. */
export function QuestionsPanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = useT()
  const preparationId = useRequiredId()
  const questions = useActiveQuestions()
  const { setQuestionDone, removeQuestion } = useActions()
  const id = useId()
  const fieldId = `${id}-question`
  const Heading = headingLevel === 2 ? 'h2' : 'h3'

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
      <AddQuestionForm fieldId={fieldId} place="list" />
    </section>
  )
}
