import { useEffect, useRef, useState } from 'react'
import { useActions, useT } from '../store/selectors'

/** "Alles verwijderen": every preparation and set-aside copy, after a confirmation, with undo. */
export function DeleteEverything() {
  const t = useT()
  const { removeAll } = useActions()
  const [confirming, setConfirming] = useState(false)
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (confirming) keep.current?.focus()
  }, [confirming])
  if (!confirming)
    return (
      <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
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
          setConfirming(false)
          removeAll()
        }}
      >
        {t('backup.deleteAll.yes')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} ref={keep}>
        {t('home.delete.no')}
      </button>
    </div>
  )
}
