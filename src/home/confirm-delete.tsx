import type { ReactNode, RefObject } from 'react'
import { useT } from '../i18n/use-t'
import { announce } from '../ui/announcer'
import { useConfirm } from '../ui/use-confirm'

interface Deletion {
  /** "Weet je het zeker?" in words that name what goes. */
  question: string
  /** Said once it is gone. */
  done: string
  onDelete: () => void
}

/** The question in place of the button that asked it: a warning button that deletes, and "Nee, bewaren". */
export function ConfirmDelete({
  id,
  yes,
  keepButton,
  onKeep,
  question,
  done,
  onDelete,
}: Deletion & {
  /** The question's id, which names the group. */
  id: string
  /** The warning button's text. */
  yes: string
  /** "Nee, bewaren", from useConfirm: it has the focus while the question is open. */
  keepButton: RefObject<HTMLButtonElement | null>
  onKeep: () => void
}) {
  const t = useT()
  return (
    <div className="confirm" role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <button
        type="button"
        className="button button--warning"
        onClick={() => {
          onDelete()
          announce(done)
        }}
      >
        {yes}
      </button>
      <button type="button" className="button button--secondary" onClick={onKeep} ref={keepButton}>
        {t('home.delete.no')}
      </button>
    </div>
  )
}

/**
 * A card's buttons with "Verwijderen" last; that asks first, in place of the buttons. `hidden`
 * completes "Verwijderen" for a screen reader with what it deletes.
 */
export function CardActions({
  headingId,
  hidden,
  children,
  ...deletion
}: Deletion & { headingId: string; hidden: string; children: ReactNode }) {
  const t = useT()
  const { confirming, askButton, keepButton, ask, close } = useConfirm()
  if (confirming) {
    const id = `${headingId}-confirm`
    return <ConfirmDelete id={id} yes={t('home.delete.yes')} keepButton={keepButton} onKeep={close} {...deletion} />
  }
  return (
    <div className="card__actions">
      {children}
      <button type="button" className="link-button" onClick={ask} ref={askButton}>
        {t('home.delete')} <span className="visually-hidden">{hidden}</span>
      </button>
    </div>
  )
}
