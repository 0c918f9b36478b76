import { useDeferredValue, useId } from 'react'
import type { Checklist } from '../rules'
import { followUpInvitationText } from '../documents/invitation'
import { forParents } from '../i18n'
import { useActivePreparation, useSettings, useT } from '../store/selectors'
import { CopyButton } from '../ui/copy-button'

/** The invitation for the saved follow-up appointment, ready to copy; shown once a date is saved. */
export function FollowUpInvitation({ checklist }: { checklist: Checklist }) {
  const t = useT()
  // Follows the typing a moment later, so a keystroke never waits for the invitation's text.
  const preparation = useDeferredValue(useActivePreparation())
  const settings = useSettings()
  const id = useId()
  const text = preparation ? followUpInvitationText(preparation, checklist, settings) : null
  if (!text || !preparation) return null
  const { buddy, parentsAttending } = preparation.answers
  return (
    <details className="invitation no-print">
      <summary>{t('invite.followUp.title')}</summary>
      <p className="hint" id={`${id}-hint`}>
        {t(forParents(buddy === 'none' ? 'invite.hint.noBuddy' : 'invite.hint', parentsAttending))}
      </p>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('invite.followUp.textLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        className="textarea message"
        readOnly
        rows={Math.min(30, text.split('\n').length + 4)}
        value={text}
        aria-describedby={`${id}-hint`}
      />
      <CopyButton
        text={text}
        label={t('invite.followUp.copy')}
        copied={t('invite.copied')}
        failed={t('invite.copyFailed')}
      />
    </details>
  )
}
