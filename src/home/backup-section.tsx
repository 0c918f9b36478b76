import { useEffect, useState } from 'react'
import { requestPersistence, setAsideEntries, type Persistence } from '../store/store'
import { backupText } from '../store/backup-file'
import { useT } from '../store/selectors'
import { downloadBlob } from '../ui/download'
import { announce } from '../ui/announcer'
import { href } from '../ui/router'
import { HOME_PATH, RECOVERY_PATH } from '../ui/paths'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'
import { localDateTime } from '../i18n/dates'
import { ReadBackup } from './read-backup'
import { TransferSection } from './transfer-section'
import { DeleteEverything } from './delete-everything'

/** The same, as a screen of its own: reachable before the device holds any preparation. */
export function BackupPage() {
  const t = useT()
  useDocumentTitle(t('app.documentTitle', { page: t('backup.title') }))
  return (
    <>
      <a className="back-link" href={href(HOME_PATH)}>
        {t('backup.back')}
      </a>
      <PageHeading>{t('backup.title')}</PageHeading>
      <BackupSection standalone />
    </>
  )
}

/** Backup, moving to another device, and deleting everything: the teacher's data is theirs. */
export function BackupSection({ standalone = false }: { standalone?: boolean }) {
  const t = useT()
  const [downloaded, setDownloaded] = useState<string | null>(null)
  const persistence = usePersistence()
  const hasSetAside = setAsideEntries().length > 0

  const download = () => {
    const file = `oudergesprek-reservekopie-${localDateTime(new Date()).slice(0, 10)}.json`
    downloadBlob(new Blob([backupText()], { type: 'application/json' }), file)
    setDownloaded(file)
    announce(t('backup.downloaded', { file }))
  }

  return (
    <section className="backup" aria-labelledby={standalone ? 'page-heading' : 'backup-title'}>
      {standalone ? null : (
        <h2 id="backup-title" className="heading-m">
          {t('backup.title')}
        </h2>
      )}
      <p>{t('backup.intro')}</p>
      {persistence !== 'unknown' ? <p className="hint">{t(`backup.persistence.${persistence}`)}</p> : null}
      <button type="button" className="button button--secondary" onClick={download}>
        {t('backup.download')}
      </button>
      <p className="hint">{t('backup.where')}</p>
      <p className="status">{downloaded ? t('backup.downloaded', { file: downloaded }) : null}</p>
      <TransferSection level={standalone ? 2 : 3} />
      <ReadBackup />
      <DeleteEverything />
      {hasSetAside ? (
        <p>
          <a href={href(RECOVERY_PATH)}>{t('recovery.link')}</a>
        </p>
      ) : null}
    </section>
  )
}

/** Asks once per visit that the browser keeps the data, and says what it answered. */
function usePersistence(): Persistence {
  const [persistence, setPersistence] = useState<Persistence>('unknown')
  useEffect(() => {
    let current = true
    void requestPersistence().then((answer) => {
      if (current) setPersistence(answer)
    })
    return () => {
      current = false
    }
  }, [])
  return persistence
}
