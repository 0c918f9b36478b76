import type { Checklist } from '../rules'
import { invitationText } from '../documents/invitation'
import { useAnswers, useSettings } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { InvitationBox } from '../parts/invitation-box'

/** The invitation the teacher sends to the parent (before.ask-buddy-along), to change and copy. */
export function InvitationPanel({ checklist }: { checklist: Checklist }) {
  const t = useT()
  const answers = useAnswers()
  const settings = useSettings()
  const missing = [
    settings.teacherName?.trim() ? '' : t('invite.hint.signature'),
    settings.phone?.trim() || settings.email?.trim() || settings.otherContact?.trim() ? '' : t('invite.hint.contact'),
  ]
  return <InvitationBox which="invitation" suggested={invitationText(answers, checklist, settings)} missing={missing} />
}
