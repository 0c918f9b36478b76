import { useId, useRef, useState, type ChangeEvent } from 'react'
import type { BackupProblem, DetailsPlan, ImportPlan } from '../store/backup'
import { TEACHER_DETAILS, type TeacherDetails } from '../store/persistence'
import { Checkbox } from '../ui/fields'
import { previewBackup } from '../store/store'
import { useActions, useT } from '../store/selectors'
import { announce } from '../ui/announcer'
import type { Translate } from '../i18n'

type State =
  | { kind: 'idle' }
  | { kind: 'failed'; problem: BackupProblem | 'unreadable-file' | 'not-stored' }
  | { kind: 'confirm'; plan: ImportPlan; details: DetailsPlan }
  | { kind: 'done'; added: number; updated: number; details: boolean }

/** Choose a backup file, see what it holds, confirm; a bad file changes nothing. */
export function ReadBackup() {
  const t = useT()
  const id = useId()
  const { importPreparations } = useActions()
  const [state, setState] = useState<State>({ kind: 'idle' })
  /** Whether the teacher chose to take the file's details over the other ones on this device. */
  const [takeDetails, setTakeDetails] = useState(false)
  const input = useRef<HTMLInputElement>(null)

  /** Shows what became of the file and says it once: a problem at once, the rest politely. */
  const show = (next: Exclude<State, { kind: 'idle' }>) => {
    setState(next)
    announce(describe(next, t), { assertive: next.kind === 'failed' })
  }
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    let text: string
    try {
      text = await file.text()
    } catch {
      show({ kind: 'failed', problem: 'unreadable-file' })
      return
    }
    const preview = previewBackup(text)
    setTakeDetails(false)
    show(
      preview.ok
        ? { kind: 'confirm', plan: preview.plan, details: preview.details }
        : { kind: 'failed', problem: preview.problem },
    )
  }
  const reset = () => {
    if (input.current) input.current.value = ''
  }
  const confirm = (plan: ImportPlan, details: DetailsPlan) => {
    const taken = details.kind === 'new' || (details.kind === 'different' && takeDetails) ? details.incoming : undefined
    if (importPreparations([...plan.added, ...plan.updated], taken))
      show({ kind: 'done', added: plan.added.length, updated: plan.updated.length, details: taken !== undefined })
    else show({ kind: 'failed', problem: 'not-stored' })
    reset()
  }

  return (
    <div className="read-backup form-group">
      <label htmlFor={`${id}-file`} className="label">
        {t('backup.read')}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('backup.read.hint')}
      </p>
      <input
        ref={input}
        type="file"
        id={`${id}-file`}
        accept="application/json,.json"
        aria-describedby={`${id}-hint`}
        onChange={(event) => void choose(event)}
      />
      {state.kind === 'failed' ? <p className="error-message">{describe(state, t)}</p> : null}
      {state.kind === 'confirm' ? (
        <div className="confirm" role="group" aria-labelledby={`${id}-plan`}>
          <p id={`${id}-plan`}>{describe(state, t)}</p>
          {state.details.kind === 'new' ? (
            <p>{t('backup.details.new', { details: inWords(state.details.incoming) })}</p>
          ) : null}
          {state.details.kind === 'different' ? (
            <Checkbox
              id={`${id}-details`}
              label={t('backup.details.ask')}
              hint={t('backup.details.askHint', {
                here: inWords(state.details.here),
                incoming: inWords(state.details.incoming),
              })}
              checked={takeDetails}
              onChange={setTakeDetails}
            />
          ) : null}
          <button type="button" className="button" onClick={() => confirm(state.plan, state.details)}>
            {t('backup.confirm')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setState({ kind: 'idle' })
              reset()
            }}
          >
            {t('backup.cancel')}
          </button>
        </div>
      ) : null}
      <p className="status">{state.kind === 'done' ? describe(state, t) : null}</p>
    </div>
  )
}

/** What the teacher is told about the file: what is wrong, what it holds, or what was put back. */
function describe(state: Exclude<State, { kind: 'idle' }>, t: Translate): string {
  switch (state.kind) {
    case 'failed':
      return t(`backup.problem.${state.problem}`)
    case 'confirm':
      return t('backup.plan', {
        total: state.plan.added.length + state.plan.updated.length + state.plan.kept.length,
        added: state.plan.added.length,
        updated: state.plan.updated.length,
        kept: state.plan.kept.length,
      })
    case 'done':
      return [
        t('backup.done', { added: state.added, updated: state.updated }),
        state.details ? t('backup.done.details') : '',
      ]
        .filter(Boolean)
        .join(' ')
  }
}

/** The teacher's details as one line: "juf Sanne, De Linde, lokaal 12". */
const inWords = (details: TeacherDetails) =>
  TEACHER_DETAILS.flatMap((name) => (details[name] ? [details[name]] : [])).join(', ')
