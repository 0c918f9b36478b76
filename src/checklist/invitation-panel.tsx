import type { Checklist } from '../rules'
import { invitationText } from '../documents/invitation'
import { forParents } from '../i18n'
import { useAnswers, useSettings } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { InvitationBox } from './invitation-box'

/** The invitation the teacher sends to the parent (before.ask-buddy-along), to change and copy. */
export function InvitationPanel({ checklist }: { checklist: Checklist }) {
  const t = useT()
  const answers = useAnswers()
  const settings = useSettings()
  const { parentsAttending } = answers
  const missing = [
    settings.teacherName?.trim() ? '' : t('invite.hint.signature'),
    settings.phone?.trim() || settings.email?.trim() || settings.otherContact?.trim() ? '' : t('invite.hint.contact'),
  ]
  return (
    <InvitationBox
      which="invitation"
      suggested={invitationText(answers, checklist, settings)}
      title={t(forParents('invite.title', parentsAttending))}
      textLabel="invite.textLabel"
      copyLabel="invite.copy"
      hint={[
        t(forParents(answers.buddy === 'none' ? 'invite.hint.noBuddy' : 'invite.hint', parentsAttending)),
        ...missing,
      ]
        .filter(Boolean)
        .join(' ')}
    />
  )
}
