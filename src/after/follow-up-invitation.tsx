import { useDeferredValue } from 'react'
import type { Checklist } from '../rules'
import { followUpInvitationText } from '../documents/invitation'
import { forParents } from '../i18n'
import { useActivePreparation, useSettings } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { InvitationBox } from '../checklist/invitation-box'

/** The invitation for the saved follow-up appointment, to change and copy; shown once a date is saved. */
export function FollowUpInvitation({ checklist }: { checklist: Checklist }) {
  const t = useT()
  // Follows the typing a moment later, so a keystroke never waits for the invitation's text.
  const preparation = useDeferredValue(useActivePreparation())
  const settings = useSettings()
  const text = preparation ? followUpInvitationText(preparation, checklist, settings) : null
  if (!text || !preparation) return null
  const { buddy, parentsAttending } = preparation.answers
  return (
    <InvitationBox
      which="followUpInvitation"
      suggested={text}
      title={t('invite.followUp.title')}
      textLabel="invite.followUp.textLabel"
      copyLabel="invite.followUp.copy"
      hint={t(forParents(buddy === 'none' ? 'invite.hint.noBuddy' : 'invite.hint', parentsAttending))}
    />
  )
}
