import { useDeferredValue } from 'react'
import type { Checklist } from '../rules'
import { followUpInvitationText } from '../documents/invitation'
import { useActivePreparation, useSettings } from '../store/selectors'
import { InvitationBox } from '../parts/invitation-box'

/** The invitation for the saved follow-up appointment, to change and copy; shown once a date is saved. */
export function FollowUpInvitation({ checklist }: { checklist: Checklist }) {
  // Follows the typing a moment later, so a keystroke never waits for the invitation's text.
  const preparation = useDeferredValue(useActivePreparation())
  const settings = useSettings()
  const text = preparation ? followUpInvitationText(preparation, checklist, settings) : null
  if (!text) return null
  return <InvitationBox which="followUpInvitation" suggested={text} />
}
