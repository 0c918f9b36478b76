import { useState, type FormEvent } from 'react'
import type { MessageKey } from '../i18n'
import { useActions, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { ErrorMessage, describedBy } from '../ui/fields'
import { isRepeatClick } from '../ui/repeat-click'
import { announce } from '../ui/announcer'
import { clearDraft, readDraft, useForgetDraftOnLeave, writeDraft } from '../ui/drafts'

type Place = 'list' | 'card'

/** Each place's own texts and draft; only on the card does the form say what was added, and stay off paper. */
const PLACES = {
  // Under the list of questions, whose hint stands above the list.
  list: {
    draft: 'question',
    label: 'questions.new',
    labelClass: 'label',
    hint: 'questions.hint',
    add: 'questions.add',
  },
  // On the card the label is the section's heading, and the only part that is printed.
  card: {
    draft: 'card-question',
    label: 'card.later',
    labelClass: 'heading-m label',
    hint: 'card.later.hint',
    add: 'card.later.add',
  },
} as const satisfies Record<
  Place,
  { draft: string; label: MessageKey; labelClass: string; hint: MessageKey; add: MessageKey }
>

/**
 * Adds a question to come back to (during.answer-later) to the preparation's open questions; an
 * empty one is refused with an error at the field. What is typed survives a reload until it is
 * added. The field's label is `${fieldId}-label` and its hint `${fieldId}-hint`.
 */
export function AddQuestionForm({ fieldId, place }: { fieldId: string; place: Place }) {
  const t = useT()
  const preparationId = useRequiredId()
  const { addQuestion } = useActions()
  const { draft, label, labelClass, hint, add } = PLACES[place]
  const onCard = place === 'card'
  const draftKey = `${preparationId}:${draft}`
  const [text, setText] = useState(() => readDraft(draftKey, { text: '' }).text)
  useForgetDraftOnLeave(draftKey)
  const [error, setError] = useState<string | undefined>()
  const [added, setAdded] = useState<string | null>(null)

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
    <form className={error ? 'form-group form-group--error' : 'form-group'} onSubmit={submit} noValidate>
      <label id={`${fieldId}-label`} htmlFor={fieldId} className={labelClass}>
        {t(label)}
      </label>
      {onCard ? (
        <p className="hint no-print" id={`${fieldId}-hint`}>
          {t(hint)}
        </p>
      ) : null}
      <ErrorMessage id={fieldId} text={error} prefix={t('app.errorPrefix')} />
      <div className={onCard ? 'inline-form no-print' : 'inline-form'}>
        <input
          id={fieldId}
          className="input"
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            writeDraft(draftKey, { text: event.target.value })
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id: fieldId, hint: t(hint), error })}
          autoComplete="off"
        />
        <button
          type="submit"
          className="button button--secondary"
          onClick={(event) => {
            if (isRepeatClick(event)) event.preventDefault()
          }}
        >
          {t(add)}
        </button>
      </div>
      {onCard ? <p className="status no-print">{added ? t('questions.added', { text: added }) : null}</p> : null}
    </form>
  )
}
