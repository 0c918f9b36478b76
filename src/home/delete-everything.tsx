import { useActions } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { announce } from '../ui/announcer'
import { useConfirm } from '../ui/use-confirm'

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
    <div className="confirm" role="group" aria-labelledby="delete-all-question">
      <p id="delete-all-question">{t('backup.deleteAll.confirm')}</p>
      <button
        type="button"
        className="button button--warning"
        onClick={() => {
          close()
          removeAll()
          announce(t('home.deletedAll'))
        }}
      >
        {t('backup.deleteAll.yes')}
      </button>
      <button type="button" className="button button--secondary" onClick={close} ref={keepButton}>
        {t('home.delete.no')}
      </button>
    </div>
  )
}
