import { buddyWasThere, RATINGS, type Evaluation } from '../model'
import { useActions, useActivePart, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { forParents, type MessageKey } from '../i18n'
import { announce } from '../ui/announcer'

type TextField = 'parent' | 'buddy' | 'teacher' | 'discussed' | 'agreements'

/** "Hoe ging het gesprek?" and how everyone experienced it (after.evaluate-together); saved as typed. */
export function EvaluationSection() {
  const t = useT()
  const id = useRequiredId()
  // The parts it shows: typing in the follow-up's boxes does not re-render these.
  const evaluation = useActivePart((p) => p.evaluation)
  const buddy = useActivePart((p) => p.answers.buddy)
  const buddyThere = useActivePart(buddyWasThere)
  const parentsAttending = useActivePart((p) => p.answers.parentsAttending)
  const { saveEvaluation } = useActions()
  if (!evaluation) return null
  const fields: TextField[] = buddyThere ? ['parent', 'buddy', 'teacher'] : ['parent', 'teacher']

  return (
    <section className="evaluation" aria-labelledby="evaluation-title">
      <fieldset className="form-group">
        <legend>
          <h2 id="evaluation-title" className="heading-m">
            {t('after.rating')}
          </h2>
        </legend>
        <div className="radios radios--inline">
          {RATINGS.map((rating) => (
            <div className="radio" key={rating}>
              <input
                type="radio"
                id={`rating-${rating}`}
                name="rating"
                checked={evaluation.rating === rating}
                onChange={() => saveEvaluation(id, { rating })}
              />
              <label htmlFor={`rating-${rating}`}>{t(`after.rating.${rating}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {buddy === 'unknown' ? (
        <fieldset className="form-group">
          <legend className="heading-s">{t('after.buddyCame')}</legend>
          <div className="radios radios--inline">
            {([true, false] as const).map((came) => (
              <div className="radio" key={String(came)}>
                <input
                  type="radio"
                  id={`buddy-came-${came}`}
                  name="buddyCame"
                  checked={evaluation.buddyCame === came}
                  onChange={() => saveEvaluation(id, { buddyCame: came })}
                />
                <label htmlFor={`buddy-came-${came}`}>{t(came ? 'q.yes' : 'q.no')}</label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}
      <h3 className="heading-s">{t('after.experienced')}</h3>
      <p className="hint">{t('after.experienced.hint')}</p>
      {fields.map((field) => (
        <NoteField
          key={field}
          field={field}
          label={field === 'parent' ? forParents('after.parent', parentsAttending) : `after.${field}`}
          evaluation={evaluation}
        />
      ))}
      <CardNotes discussed={evaluation.discussed ?? ''} />
      <NoteField field="discussed" label="after.discussed" hint="after.discussed.hint" evaluation={evaluation} />
      <NoteField field="agreements" label="after.agreements" hint="after.agreements.hint" evaluation={evaluation} />
    </section>
  )
}

/**
 * The notes written on the conversation card, beside "Wat is er besproken?", taken over into it
 * with one button, so nothing is typed twice.
 */
function CardNotes({ discussed }: { discussed: string }) {
  const t = useT()
  const id = useRequiredId()
  const notes = useActivePart((p) => p.card.notes?.trim() ?? '')
  const { saveEvaluation } = useActions()
  if (!notes) return null
  const taken = discussed.includes(notes)
  const takeOver = () => {
    const before = discussed.trimEnd()
    saveEvaluation(id, { discussed: before ? `${before}\n\n${notes}` : notes })
    announce(t('after.cardNotes.taken'))
    document.getElementById('evaluation-discussed')?.focus()
  }
  return (
    <section className="card-notes-taken" aria-labelledby="card-notes-title">
      <h3 id="card-notes-title" className="heading-s">
        {t('after.cardNotes')}
      </h3>
      <p className="card-notes__print">{notes}</p>
      {taken ? (
        <p className="hint">{t('after.cardNotes.already')}</p>
      ) : (
        <button type="button" className="button button--secondary" onClick={takeOver}>
          {t('after.cardNotes.take')}
        </button>
      )}
    </section>
  )
}

interface NoteFieldProps {
  field: TextField
  label: MessageKey
  hint?: MessageKey
  evaluation: Evaluation
}

function NoteField({ field, label, hint, evaluation }: NoteFieldProps) {
  const t = useT()
  const id = useRequiredId()
  const { saveEvaluation } = useActions()
  const fieldId = `evaluation-${field}`
  return (
    <div className="form-group">
      <label htmlFor={fieldId} className="label">
        {t(label)}
      </label>
      {hint ? (
        <p className="hint" id={`${fieldId}-hint`}>
          {t(hint)}
        </p>
      ) : null}
      <textarea
        id={fieldId}
        className="textarea"
        rows={3}
        aria-describedby={hint ? `${fieldId}-hint` : undefined}
        value={evaluation[field] ?? ''}
        onChange={(event) => saveEvaluation(id, { [field]: event.target.value })}
      />
    </div>
  )
}
