import { useId, useState, type FormEvent } from 'react'
import { useActions, useActiveQuestions, useCardNotes, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { ErrorMessage, describedBy } from '../ui/fields'
import { isRepeatClick } from '../ui/repeat-click'
import { announce } from '../ui/announcer'
import { clearDraft, readDraft, useForgetDraftOnLeave, writeDraft } from '../ui/drafts'

/** Ruled lines to write on by hand, on paper only. */
function WritingLines({ count }: { count: number }) {
  return (
    <div className="print-only write-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <span key={index} />
      ))}
    </div>
  )
}

/** One notes field for the whole conversation, saved as it is typed; on paper, what is typed and lines to write on. */
export function CardNotesField() {
  const t = useT()
  const id = useRequiredId()
  const notes = useCardNotes()
  const { setCardNotes } = useActions()
  return (
    <section className="card-section card-notes" aria-labelledby="card-notes-label">
      <label id="card-notes-label" htmlFor="card-notes" className="heading-m label">
        {t('card.notes')}
      </label>
      <p className="hint no-print" id="card-notes-hint">
        {t('card.notes.hint')}
      </p>
      <textarea
        id="card-notes"
        className="textarea no-print"
        rows={4}
        value={notes}
        aria-describedby="card-notes-hint"
        onChange={(event) => setCardNotes(id, event.target.value)}
      />
      {notes.trim() ? <p className="print-only card-notes__print">{notes}</p> : null}
      <WritingLines count={5} />
    </section>
  )
}

/**
 * "Vraag voor later" (during.answer-later): a question to come back to, added to the
 * preparation's open questions, which the after page, the report and the PDFs show.
 */
export function QuestionForLater() {
  const t = useT()
  const preparationId = useRequiredId()
  const questions = useActiveQuestions()
  const { addQuestion } = useActions()
  const draftKey = `${preparationId}:card-question`
  const [text, setText] = useState(() => readDraft(draftKey, { text: '' }).text)
  useForgetDraftOnLeave(draftKey)
  const [error, setError] = useState<string | undefined>()
  const [added, setAdded] = useState<string | null>(null)
  const id = useId()
  const fieldId = `${id}-later`
  const open = questions.filter((question) => !question.done)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) {
      setError(t('error.question'))
      setAdded(null)
      document.getElementById(fieldId)?.focus()
      return
    }
    addQuestion(preparationId, text)
    setAdded(text.trim())
    announce(t('questions.added', { text: text.trim() }))
    setText('')
    clearDraft(draftKey)
    setError(undefined)
  }

  return (
    <section className="card-section card-later" aria-labelledby={`${fieldId}-label`}>
      <form className={error ? 'form-group form-group--error' : 'form-group'} onSubmit={submit} noValidate>
        <label id={`${fieldId}-label`} htmlFor={fieldId} className="heading-m label">
          {t('card.later')}
        </label>
        <p className="hint no-print" id={`${fieldId}-hint`}>
          {t('card.later.hint')}
        </p>
        <ErrorMessage id={fieldId} text={error} prefix={t('app.errorPrefix')} />
        <div className="inline-form no-print">
          <input
            id={fieldId}
            className="input"
            value={text}
            onChange={(event) => {
              setText(event.target.value)
              writeDraft(draftKey, { text: event.target.value })
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy({ id: fieldId, hint: t('card.later.hint'), error })}
            autoComplete="off"
          />
          <button
            type="submit"
            className="button button--secondary"
            onClick={(event) => {
              if (isRepeatClick(event)) event.preventDefault()
            }}
          >
            {t('card.later.add')}
          </button>
        </div>
        <p className="status no-print">{added ? t('questions.added', { text: added }) : null}</p>
      </form>
      {open.length > 0 ? (
        <>
          <h3 className="heading-s">{t('card.later.open')}</h3>
          <ul className="open-questions">
            {open.map((question) => (
              <li key={question.id}>{question.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <WritingLines count={2} />
    </section>
  )
}
