import { useActions, useDeleted, useStorageMode } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { href } from '../ui/router'
import { HOME_PATH } from '../ui/paths'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'

/** An address that does not exist. */
export function NotFound() {
  const t = useT()
  useDocumentTitle(t('app.documentTitle', { page: t('app.notFound') }))
  return (
    <>
      <PageHeading>{t('app.notFound')}</PageHeading>
      <p>
        <a href={href(HOME_PATH)}>{t('app.toStart')}</a>
      </p>
    </>
  )
}

/**
 * The address of a preparation that is not on this device: deleted here or in another tab (with
 * undo, until this page closes), or never here at all.
 */
export function MissingPreparation({ id }: { id: string }) {
  const t = useT()
  const { here: deletedHere, elsewhere: deletedElsewhere } = useDeleted(id)
  const { undoRemove, restoreRemovedElsewhere } = useActions()
  // Saved by a newer version of the app (another tab, or a version rolled back): it is there,
  // this version cannot read it.
  const newer = useStorageMode().mode === 'newer'
  const title = deletedElsewhere
    ? t('missing.deletedElsewhere')
    : deletedHere
      ? t('missing.deleted')
      : newer
        ? t('missing.newer')
        : t('missing.notHere')
  useDocumentTitle(t('app.documentTitle', { page: title }))
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {deletedHere || deletedElsewhere ? (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => (deletedElsewhere ? restoreRemovedElsewhere(id) : undoRemove(id))}
          >
            {t('home.undo')}
          </button>
        </p>
      ) : (
        <p>{t(newer ? 'missing.newer.hint' : 'missing.notHere.hint')}</p>
      )}
      <p>
        <a href={href(HOME_PATH)}>{t('checklist.allPreparations')}</a>
      </p>
    </>
  )
}
