import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import { previewBackup, type BackupProblem, type DetailsPlan } from '../store/backup'
import { mergeWith, planImport, type ImportRow } from '../store/merge'
import { TEACHER_DETAILS, type TeacherDetails } from '../store/persistence'
import { Checkbox } from '../ui/fields'
import { PassphraseField } from './passphrase-field'
import { isTransfer, openTransfer } from '../store/transfer'
import type { Restored } from '../store/store'
import { useActions, useAppStore, useLocale } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { announce } from '../ui/announcer'
import { localDateTime } from '../i18n/dates'
import { preparationLine } from './preparation-line'
import { statusOf } from '../model'
import type { Translate } from '../i18n'
import { JsonFileField } from '../parts/json-file-field'

type State =
  | { kind: 'idle' }
  | {
      kind: 'failed'
      problem: BackupProblem | 'unreadable-file' | 'not-stored' | 'nothing-chosen' | 'wrong-passphrase'
    }
  | { kind: 'locked'; text: string; opening: boolean; wrong: boolean }
  | { kind: 'confirm'; rows: ImportRow[]; details: DetailsPlan }
  | { kind: 'done'; added: number; merged: number; details: boolean; restored: Restored }
  | { kind: 'undone' }
  | { kind: 'unchanged' }

/**
 * Choose a backup file, see each preparation in it with what will happen to it, leave some out,
 * confirm; a bad file changes nothing, and what was read back can be undone.
 */
export function ReadBackup() {
  const t = useT()
  const store = useAppStore()
  const id = useId()
  const { restorePreparations, undoRestore } = useActions()
  const [state, setState] = useState<State>({ kind: 'idle' })
  /** Whether the teacher chose to take the file's details over the other ones on this device. */
  const [takeDetails, setTakeDetails] = useState(false)
  /** The preparations the teacher left out, by id. */
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set())
  const input = useRef<HTMLInputElement>(null)
  const [passphrase, setPassphrase] = useState('')
  const mark = t('backup.fromFile')

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
    if (isTransfer(text)) {
      setPassphrase('')
      show({ kind: 'locked', text, opening: false, wrong: false })
      return
    }
    preview(text)
  }
  /** Opens a transfer file with the passphrase typed; a wrong one changes nothing and may be tried again. */
  const unlock = async (event: FormEvent, text: string) => {
    event.preventDefault()
    setState({ kind: 'locked', text, opening: true, wrong: false })
    const opened = await openTransfer(text, passphrase.trim())
    if (opened.ok) preview(opened.text)
    else if (opened.problem === 'wrong-passphrase') {
      setState({ kind: 'locked', text, opening: false, wrong: true })
      announce(t('backup.problem.wrong-passphrase'), { assertive: true })
    } else show({ kind: 'failed', problem: 'invalid' })
  }
  function preview(text: string) {
    const reading = previewBackup(text, store.getState())
    setTakeDetails(false)
    setLeftOut(new Set())
    show(
      reading.ok
        ? {
            kind: 'confirm',
            rows: planImport(store.getState().preparations, reading.preparations, mark),
            details: reading.details,
          }
        : { kind: 'failed', problem: reading.problem },
    )
  }
  const reset = () => {
    if (input.current) input.current.value = ''
  }
  const cancel = () => {
    setState({ kind: 'idle' })
    reset()
  }
  const confirm = (rows: ImportRow[], details: DetailsPlan) => {
    const chosen = rows.filter((row) => row.action !== 'same' && !leftOut.has(row.incoming.id))
    const taken = details.kind === 'new' || (details.kind === 'different' && takeDetails) ? details.incoming : undefined
    if (chosen.length === 0 && !taken) {
      // Left out one by one, or nothing in the file that this device does not have already.
      show(
        rows.some((row) => row.action !== 'same')
          ? { kind: 'failed', problem: 'nothing-chosen' }
          : { kind: 'unchanged' },
      )
      reset()
      return
    }
    // Merged again as the device is now: another tab may have changed something meanwhile.
    const restored = restorePreparations(
      chosen.map((row) => row.incoming),
      mergeWith(mark),
      taken,
    )
    if (restored)
      show({
        kind: 'done',
        added: restored.added.length,
        merged: restored.previous.length,
        details: taken !== undefined,
        restored,
      })
    else show({ kind: 'failed', problem: 'not-stored' })
    reset()
  }
  const toggle = (preparationId: string, included: boolean) => {
    const next = new Set(leftOut)
    if (included) next.delete(preparationId)
    else next.add(preparationId)
    setLeftOut(next)
  }

  return (
    <div className="read-backup form-group">
      <JsonFileField
        id={id}
        label={t('backup.read')}
        hint={t('backup.read.hint')}
        input={input}
        onChoose={(event) => void choose(event)}
      />
      {state.kind === 'failed' ? <p className="error-message">{describe(state, t)}</p> : null}
      {state.kind === 'locked' ? (
        <form className="confirm" onSubmit={(event) => void unlock(event, state.text)} noValidate>
          <p>{t('backup.locked')}</p>
          <PassphraseField
            id={`${id}-passphrase`}
            label={t('backup.passphrase')}
            error={state.wrong ? t('backup.problem.wrong-passphrase') : undefined}
            value={passphrase}
            onChange={setPassphrase}
          />
          <button type="submit" className="button" disabled={state.opening}>
            {t('backup.open')}
          </button>
          <button type="button" className="button button--secondary" onClick={cancel}>
            {t('backup.cancel')}
          </button>
          <p className="status">{state.opening ? t('backup.opening') : null}</p>
        </form>
      ) : null}
      {state.kind === 'confirm' ? (
        <div className="confirm" role="group" aria-labelledby={`${id}-plan`}>
          <p id={`${id}-plan`}>{describe(state, t)}</p>
          <ul className="restore-rows">
            {state.rows.map((row) => (
              <Row
                key={row.incoming.id}
                row={row}
                id={`${id}-${row.incoming.id}`}
                included={!leftOut.has(row.incoming.id)}
                onChange={(included) => toggle(row.incoming.id, included)}
              />
            ))}
          </ul>
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
          <button type="button" className="button" onClick={() => confirm(state.rows, state.details)}>
            {t('backup.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={cancel}>
            {t('backup.cancel')}
          </button>
        </div>
      ) : null}
      <p className="status">
        {state.kind === 'done' || state.kind === 'undone' || state.kind === 'unchanged' ? describe(state, t) : null}
      </p>
      {state.kind === 'done' ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            undoRestore(state.restored)
            show({ kind: 'undone' })
          }}
        >
          {t('backup.undo')}
        </button>
      ) : null}
    </div>
  )
}

/** One preparation in the file: whose, when, where it stands, and what reading it back does. */
function Row({
  row,
  id,
  included,
  onChange,
}: {
  row: ImportRow
  id: string
  included: boolean
  onChange: (included: boolean) => void
}) {
  const t = useT()
  const locale = useLocale()
  const preparation = row.action === 'merge' ? row.outcome.preparation : row.incoming
  const label = preparationLine(preparation.answers, t, locale)
  const status = t(`home.status.${statusOf(preparation, localDateTime(new Date()))}`)
  const what =
    row.action === 'add'
      ? [t('backup.row.add')]
      : row.action === 'same'
        ? [t('backup.row.same')]
        : [
            t('backup.row.merge'),
            row.outcome.bothKept > 0 ? t('backup.row.bothKept', { n: row.outcome.bothKept }) : '',
            row.outcome.chosen.length > 0 ? t('backup.row.chosen', { n: row.outcome.chosen.length }) : '',
            t('backup.row.keptAside'),
          ]
  const hint = [`${t('home.status')}: ${status}.`, ...what].filter(Boolean).join(' ')
  if (row.action === 'same')
    return (
      <li>
        <p className="label">{label}</p>
        <p className="hint">{hint}</p>
      </li>
    )
  return (
    <li>
      <Checkbox id={id} label={label} hint={hint} checked={included} onChange={onChange} />
    </li>
  )
}

/** What the teacher is told about the file: what is wrong, what it holds, or what was put back. */
function describe(state: Exclude<State, { kind: 'idle' }>, t: Translate): string {
  switch (state.kind) {
    case 'failed':
      return t(`backup.problem.${state.problem}`)
    case 'confirm':
      return t('backup.plan', { total: state.rows.length })
    case 'done':
      return [
        t('backup.done', { added: state.added, merged: state.merged }),
        state.details ? t('backup.done.details') : '',
      ]
        .filter(Boolean)
        .join(' ')
    case 'undone':
      return t('backup.undone')
    case 'unchanged':
      return t('backup.unchanged')
    case 'locked':
      return t('backup.locked')
  }
}

/** The teacher's details as one line: "juf Sanne, De Linde, lokaal 12". */
const inWords = (details: TeacherDetails) =>
  TEACHER_DETAILS.flatMap((name) => (details[name] ? [details[name]] : [])).join(', ')
