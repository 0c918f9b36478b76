import { useId, useRef, useState, type ChangeEvent } from 'react'
import type { BackupProblem, ImportPlan } from '../store/backup'
import { previewBackup } from '../store/store'
import { useActions, useT } from '../store/selectors'
import { announce } from '../ui/announcer'
import type { Translate } from '../i18n'

type State =
  | { kind: 'idle' }
  | { kind: 'failed'; problem: BackupProblem | 'unreadable-file' | 'not-stored' }
  | { kind: 'confirm'; plan: ImportPlan }
  | { kind: 'done'; added: number; updated: number }

/** Choose a backup file, see what it holds, confirm; a bad file changes nothing. */
export function ReadBackup() {
  const t = useT()
  const id = useId()
  const { importPreparations } = useActions()
  const [state, setState] = useState<State>({ kind: 'idle' })
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
    show(preview.ok ? { kind: 'confirm', plan: preview.plan } : { kind: 'failed', problem: preview.problem })
  }
  const reset = () => {
    if (input.current) input.current.value = ''
  }
  const confirm = (plan: ImportPlan) => {
    if (importPreparations([...plan.added, ...plan.updated]))
      show({ kind: 'done', added: plan.added.length, updated: plan.updated.length })
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
      return t('backup.done', { added: state.added, updated: state.updated })
  }
}
