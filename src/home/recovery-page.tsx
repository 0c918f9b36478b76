import { useState } from 'react'
import { deleteSetAside, setAsideEntries } from '../store/store'
import { useActions, useLocale, useStorageMode } from '../store/selectors'
import { useT } from '../i18n/use-t'
import type { SetAsideEntry } from '../store/set-aside'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'
import { downloadBlob } from '../ui/download'
import { CardActions } from './confirm-delete'
import { href } from '../ui/router'
import { HOME_PATH } from '../ui/paths'
import { formatDate } from '../i18n/format'
import { localDateTime } from '../i18n/dates'
import type { Locale } from '../rules'

const download = (data: string, name: string) =>
  downloadBlob(new Blob([data], { type: 'application/json' }), `${name}-${localDateTime(new Date()).slice(0, 10)}.json`)

/** "Herstel bewaarde gegevens": what could not be read, to download or delete, and what to decide. */
export function RecoveryPage() {
  const t = useT()
  const [entries, setEntries] = useState(setAsideEntries)
  useDocumentTitle(t('app.documentTitle', { page: t('recovery.title') }))
  return (
    <>
      <a className="back-link" href={href(HOME_PATH)}>
        {t('checklist.allPreparations')}
      </a>
      <PageHeading>{t('recovery.title')}</PageHeading>
      <CurrentProblem />
      <h2 className="heading-m">{t('recovery.setAside')}</h2>
      {entries.length === 0 ? <p>{t('recovery.none')}</p> : <p>{t('recovery.intro')}</p>}
      <ul className="preparations">
        {entries.map((entry) => (
          <SetAsideCard key={entry.key} entry={entry} onDeleted={() => setEntries(setAsideEntries())} />
        ))}
      </ul>
    </>
  )
}

/** When the app may not write, why, and the choices the teacher has. */
function CurrentProblem() {
  const t = useT()
  const { mode, problem } = useStorageMode()
  const { allowReplacing, retryReading } = useActions()
  if (mode === 'ok' || !problem) return null
  return (
    <div className="notice notice--error">
      <p>{t(`storage.${problem.kind}`)}</p>
      {problem.raw !== null ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => download(problem.raw!, 'oudergesprek-gegevens')}
        >
          {t('recovery.downloadRaw')}
        </button>
      ) : null}
      {mode === 'blocked' ? (
        <button type="button" className="button" onClick={allowReplacing}>
          {t('recovery.goOn')}
        </button>
      ) : null}
      {mode === 'unavailable' ? (
        <button type="button" className="button" onClick={retryReading}>
          {t('recovery.retry')}
        </button>
      ) : null}
      {mode === 'newer' ? (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      ) : null}
    </div>
  )
}

/** The day a copy was set aside, in words; null when what is saved is not a moment (a damaged record). */
function setAsideDay(at: string | null, locale: Locale): string | null {
  const moment = at === null ? null : new Date(at)
  if (!moment || Number.isNaN(moment.getTime())) return null
  return formatDate(localDateTime(moment).slice(0, 10), locale)
}

function SetAsideCard({ entry, onDeleted }: { entry: SetAsideEntry; onDeleted: () => void }) {
  const t = useT()
  const locale = useLocale()
  const headingId = `set-aside-${entry.key.replace(/\W/g, '-')}`
  const when = setAsideDay(entry.at, locale) ?? t('recovery.unknownDate')
  const kb = Math.max(1, Math.round(new Blob([entry.data]).size / 1024))
  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="heading-s">
        {t('recovery.entry', { when })}
      </h3>
      <p>
        {entry.reason ? t(`recovery.reason.${entry.reason}`) : t('recovery.reason.unknown')}{' '}
        {t('recovery.size', { kb })}
      </p>
      <CardActions
        headingId={headingId}
        hidden={t('recovery.delete.hidden', { when })}
        question={t('recovery.delete.confirm')}
        done={t('recovery.deleted', { when })}
        onDelete={() => {
          deleteSetAside(entry.key)
          onDeleted()
        }}
      >
        <button
          type="button"
          className="button button--secondary"
          onClick={() => download(entry.data, 'oudergesprek-apart-bewaard')}
        >
          {t('recovery.download')}
        </button>
      </CardActions>
    </li>
  )
}
