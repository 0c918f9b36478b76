import { useId } from 'react'
import type { Checklist } from '../rules'
import { invitationText } from '../documents/invitation'
import { forParents } from '../i18n'
import { useAnswers, useSettings, useT } from '../store/selectors'
import { CopyButton } from '../ui/copy-button'

/** The invitation the teacher sends to the parent (before.ask-buddy-along), ready to copy. */
export function InvitationPanel({ checklist }: { checklist: Checklist }) {
  const t = useT()
  const answers = useAnswers()
  const settings = useSettings()
  const id = useId()
  const text = invitationText(answers, checklist, settings)
  return (
    <details className="invitation no-print">
      <summary>{t('invite.title')}</summary>
      <p className="hint" id={`${id}-hint`}>
        {t(forParents(answers.buddy === 'none' ? 'invite.hint.noBuddy' : 'invite.hint', answers.parentsAttending))}
        {settings.teacherName?.trim() ? null : ` ${t('invite.hint.signature')}`}
      </p>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('invite.textLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        className="textarea message"
        readOnly
        rows={Math.min(30, text.split('\n').length + 4)}
        value={text}
        aria-describedby={`${id}-hint`}
      />
      <CopyButton text={text} label={t('invite.copy')} copied={t('invite.copied')} failed={t('invite.copyFailed')} />
    </details>
  )
}
