import { useId, useRef, useState, type ChangeEvent } from 'react'
import type { BackupProblem, ImportPlan } from '../store/backup'
import { previewBackup } from '../store/store'
import { useActions, useT } from '../store/selectors'

type State =
  | { kind: 'idle' }
  | { kind: 'failed'; problem: BackupProblem | 'unreadable-file' }
  | { kind: 'confirm'; plan: ImportPlan }
  | { kind: 'done'; added: number; updated: number }

/** Choose a backup file, see what it holds, confirm; a bad file changes nothing. */
export function ReadBackup() {
  const t = useT()
  const id = useId()
  const { importPreparations } = useActions()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const input = useRef<HTMLInputElement>(null)

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    let text: string
    try {
      text = await file.text()
    } catch {
      setState({ kind: 'failed', problem: 'unreadable-file' })
      return
    }
    const preview = previewBackup(text)
    setState(preview.ok ? { kind: 'confirm', plan: preview.plan } : { kind: 'failed', problem: preview.problem })
  }
  const reset = () => {
    if (input.current) input.current.value = ''
  }
  const confirm = (plan: ImportPlan) => {
    importPreparations([...plan.added, ...plan.updated])
    setState({ kind: 'done', added: plan.added.length, updated: plan.updated.length })
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
      {state.kind === 'failed' ? (
        <p className="error-message" role="alert">
          {t(`backup.problem.${state.problem}`)}
        </p>
      ) : null}
      {state.kind === 'confirm' ? (
        <div className="confirm" role="group" aria-labelledby={`${id}-plan`}>
          <p id={`${id}-plan`}>
            {t('backup.plan', {
              total: state.plan.added.length + state.plan.updated.length + state.plan.kept.length,
              added: state.plan.added.length,
              updated: state.plan.updated.length,
              kept: state.plan.kept.length,
            })}
          </p>
          <button type="button" className="button" onClick={() => confirm(state.plan)}>
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
      <p className="status" role="status">
        {state.kind === 'done' ? t('backup.done', { added: state.added, updated: state.updated }) : null}
      </p>
    </div>
  )
}
