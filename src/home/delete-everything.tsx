import { useActions } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { useConfirm } from '../ui/use-confirm'
import { ConfirmDelete } from './confirm-delete'

/** "Alles verwijderen": every preparation and set-aside copy, after a confirmation, with undo. */
export function DeleteEverything() {
  const t = useT()
  const { removeAll } = useActions()
  const { confirming, askButton, keepButton, ask, close } = useConfirm()
  if (!confirming)
    return (
      <button type="button" className="button button--warning" onClick={ask} ref={askButton}>
        {t('backup.deleteAll')}
      </button>
    )
  return (
    <ConfirmDelete
      id="delete-all-question"
      yes={t('backup.deleteAll.yes')}
      keepButton={keepButton}
      onKeep={close}
      question={t('backup.deleteAll.confirm')}
      done={t('home.deletedAll')}
      onDelete={() => {
        close()
        removeAll()
      }}
    />
  )
}
