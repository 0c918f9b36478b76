import { useId, useRef, useState, type ChangeEvent } from 'react'
import { guidance as sheet } from '../rules'
import { readSchoolFile, type SchoolGuidance, type SchoolProblem } from '../rules/school'
import { formatDate } from '../i18n/format'
import { useLocale } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { announce } from '../ui/announcer'
import { useConfirm } from '../ui/use-confirm'
import { countChanges } from './school-edits'
import { JsonFileField } from '../parts/json-file-field'

type State =
  | { kind: 'idle' }
  | { kind: 'refused'; problems: SchoolProblem[] | null }
  | { kind: 'confirm'; school: SchoolGuidance }
  | { kind: 'done'; school: SchoolGuidance }

/**
 * Reads a school's version from a file: a file that is not valid is refused with every problem,
 * naming the item and the field; a valid one is summed up first and used only when confirmed.
 */
export function ReadSchoolFile({ onUse }: { onUse: (school: SchoolGuidance) => void }) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [state, setState] = useState<State>({ kind: 'idle' })
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    let text: string
    try {
      text = await file.text()
    } catch {
      setState({ kind: 'refused', problems: null })
      announce(t('school.read.unreadable'), { assertive: true })
      return
    }
    const reading = readSchoolFile(text, sheet)
    if (reading.ok) {
      setState({ kind: 'confirm', school: reading.school })
      announce(summary(reading.school))
    } else {
      setState({ kind: 'refused', problems: reading.problems })
      announce(t('school.read.refused', { n: reading.problems.length }), { assertive: true })
    }
  }
  const summary = (school: SchoolGuidance) =>
    t('school.read.summary', {
      name: school.school.name,
      version: school.version,
      date: formatDate(school.date, locale),
      ...countChanges(school),
    })
  const close = () => {
    setState({ kind: 'idle' })
    if (input.current) input.current.value = ''
  }
  return (
    <div className="form-group">
      <JsonFileField
        id={id}
        label={t('school.read')}
        hint={t('school.read.hint')}
        input={input}
        onChoose={(event) => void choose(event)}
      />
      {state.kind === 'refused' ? (
        <div className="error-message">
          <p>{state.problems ? t('school.read.refused', { n: state.problems.length }) : t('school.read.unreadable')}</p>
          {state.problems ? (
            <ul>
              {state.problems.map((problem) => (
                <li key={problem.message.nl}>{problem.message[locale]}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.kind === 'confirm' ? (
        <div className="confirm" role="group" aria-labelledby={`${id}-summary`}>
          <p id={`${id}-summary`}>{summary(state.school)}</p>
          <p className="hint">{t('school.read.replaces')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              onUse(state.school)
              setState({ kind: 'done', school: state.school })
              announce(t('school.used'))
              if (input.current) input.current.value = ''
            }}
          >
            {t('school.read.use')}
          </button>
          <button type="button" className="button button--secondary" onClick={close}>
            {t('backup.cancel')}
          </button>
        </div>
      ) : null}
      <p className="status">{state.kind === 'done' ? t('school.used') : null}</p>
    </div>
  )
}

/** "Terug naar de handreiking zoals die was", asked first: the school's changes are no longer used. */
export function RestoreSheet({ onRestore }: { onRestore: () => void }) {
  const t = useT()
  const { confirming, askButton, keepButton, ask, close } = useConfirm()
  if (!confirming)
    return (
      <button type="button" className="button button--warning" ref={askButton} onClick={ask}>
        {t('school.restore')}
      </button>
    )
  return (
    <div className="confirm" role="group" aria-labelledby="school-restore-ask">
      <p id="school-restore-ask">{t('school.restore.ask')}</p>
      <button
        type="button"
        className="button button--warning"
        onClick={() => {
          onRestore()
          close()
        }}
      >
        {t('school.restore.yes')}
      </button>
      <button type="button" className="button button--secondary" ref={keepButton} onClick={close}>
        {t('school.restore.no')}
      </button>
    </div>
  )
}
