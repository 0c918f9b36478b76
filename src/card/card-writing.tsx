import { useId } from 'react'
import { useActions, useActiveQuestions, useCardNotes, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { AddQuestionForm } from '../parts/question-form'

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
  const questions = useActiveQuestions()
  const fieldId = `${useId()}-later`
  const open = questions.filter((question) => !question.done)

  return (
    <section className="card-section card-later" aria-labelledby={`${fieldId}-label`}>
      <AddQuestionForm fieldId={fieldId} place="card" />
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
