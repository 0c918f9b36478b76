import { useId, useMemo, useState, type FormEvent } from 'react'
import { seriesOf, type Preparation } from '../model'
import { localDateTime } from '../i18n/dates'
import { transferText } from '../store/backup'
import { MIN_PASSPHRASE, proposePassphrase, sealTransfer } from '../store/transfer'
import { useAppStore, useLocale, usePreparationList } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { downloadBlob } from '../ui/download'
import { announce } from '../ui/announcer'
import { PassphraseField } from './passphrase-field'
import { PASSPHRASE_WORDS } from './passphrase-words'
import { childHeading } from './child-name'
import { useDrawnLater } from './use-drawn-later'
import { preparationLine } from './preparation-line'

const NONE: Preparation[] = []

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; how: 'shared' | 'downloaded'; file: string; passphrase: string }
  | { kind: 'failed' }

/**
 * A hand-over to another device: one preparation, a child's series or everything, in a file
 * sealed with a passphrase (proposed, easy to read aloud, or the teacher's own). Shared through
 * the device's share sheet where the browser can, downloaded otherwise.
 */
export function TransferSection({ level }: { level: 2 | 3 }) {
  const t = useT()
  const store = useAppStore()
  const locale = useLocale()
  const id = useId()
  const preparations = usePreparationList()
  const [choice, setChoice] = useState('all')
  const [passphrase, setPassphrase] = useState(() => proposePassphrase(PASSPHRASE_WORDS))
  const [error, setError] = useState<string | undefined>()
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const Heading = level === 2 ? 'h2' : 'h3'
  // A child's series: a conversation and its follow-ups, when there is more than one.
  const series = useMemo(() => seriesOf(preparations).filter((group) => group.length > 1), [preparations])
  // With years of conversations these are a thousand lines: made once per list, and drawn just
  // after the page is first shown rather than in its way.
  const listed = useDrawnLater() ? preparations : NONE
  const lines = useMemo(
    () =>
      listed.map((p) => (
        <option key={p.id} value={`prep:${p.id}`}>
          {preparationLine(p.answers, t, locale)}
        </option>
      )),
    [listed, t, locale],
  )
  if (preparations.length === 0) return null

  const chosen = (): string[] => {
    if (choice === 'all') return preparations.map((p) => p.id)
    if (choice.startsWith('series:'))
      return series.find((group) => group[0]!.id === choice.slice(7))?.map((p) => p.id) ?? []
    return [choice.slice(5)]
  }

  const make = async (event: FormEvent) => {
    event.preventDefault()
    if (passphrase.trim().length < MIN_PASSPHRASE) {
      const message = t('transfer.passphrase.tooShort', { n: MIN_PASSPHRASE })
      setError(message)
      announce(message, { assertive: true })
      return
    }
    setError(undefined)
    setStatus({ kind: 'busy' })
    try {
      const sealed = await sealTransfer(transferText(store.getState(), chosen()), passphrase.trim())
      const name = `oudergesprek-overdracht-${localDateTime(new Date()).slice(0, 10)}.json`
      const file = new File([sealed], name, { type: 'application/json' })
      let how: 'shared' | 'downloaded' = 'downloaded'
      if (navigator.canShare?.({ files: [file] })) {
        try {
          await navigator.share({ files: [file], title: t('transfer.title') })
          how = 'shared'
        } catch (problem) {
          // The teacher closed the share sheet: nothing made, nothing said.
          if (problem instanceof DOMException && problem.name === 'AbortError') {
            setStatus({ kind: 'idle' })
            return
          }
          downloadBlob(file, name)
        }
      } else downloadBlob(file, name)
      const done = { kind: 'done', how, file: name, passphrase: passphrase.trim() } as const
      setStatus(done)
      announce(describe(done))
    } catch {
      setStatus({ kind: 'failed' })
      announce(t('transfer.failed'), { assertive: true })
    }
  }
  const describe = (done: Extract<Status, { kind: 'done' }>) =>
    `${t(`transfer.${done.how}`, { file: done.file })} ${t('transfer.remember', { passphrase: done.passphrase })}`

  return (
    <section className="transfer" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="heading-s">
        {t('transfer.title')}
      </Heading>
      <p>{t('transfer.intro')}</p>
      <p className="hint">{t('transfer.where')}</p>
      <form onSubmit={(event) => void make(event)} noValidate>
        <div className="form-group">
          <label htmlFor={`${id}-what`} className="label">
            {t('transfer.what')}
          </label>
          <select
            id={`${id}-what`}
            className="select"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            <option value="all">{t('transfer.what.all', { n: preparations.length })}</option>
            {series.length > 0 ? (
              <optgroup label={t('transfer.what.series')}>
                {series.map(([first, ...rest]) => (
                  <option key={first!.id} value={`series:${first!.id}`}>
                    {t('transfer.what.seriesOf', {
                      child: childHeading(first!.answers.childName, t),
                      n: rest.length + 1,
                    })}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label={t('transfer.what.one')}>{lines}</optgroup>
          </select>
        </div>
        <PassphraseField
          id={`${id}-passphrase`}
          label={t('transfer.passphrase')}
          hint={t('transfer.passphrase.hint', { n: MIN_PASSPHRASE })}
          error={error}
          value={passphrase}
          onChange={setPassphrase}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setPassphrase(proposePassphrase(PASSPHRASE_WORDS))
            setError(undefined)
          }}
        >
          {t('transfer.propose')}
        </button>
        <button type="submit" className="button" disabled={status.kind === 'busy'}>
          {t('transfer.make')}
        </button>
      </form>
      <p className="status">
        {status.kind === 'busy' ? t('transfer.busy') : status.kind === 'done' ? describe(status) : null}
      </p>
      {status.kind === 'failed' ? <p className="error-message">{t('transfer.failed')}</p> : null}
    </section>
  )
}
