import { useId } from 'react'
import type { EditableText } from '../model'
import { forParents, type MessageKey } from '../i18n'
import { useActions, useActivePart, useAnswers, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { announce } from '../ui/announcer'
import { CopyButton } from '../ui/copy-button'
import { withoutBidiControls } from '../rules'

/** Each invitation's own words: its title (for one parent or two), its text field and its copy button. */
const BOXES = {
  invitation: {
    title: (parents: 1 | 2 | undefined) => forParents('invite.title', parents),
    textLabel: 'invite.textLabel',
    copyLabel: 'invite.copy',
  },
  followUpInvitation: {
    title: () => 'invite.followUp.title',
    textLabel: 'invite.followUp.textLabel',
    copyLabel: 'invite.followUp.copy',
  },
} as const satisfies Record<
  EditableText,
  { title: (parents: 1 | 2 | undefined) => MessageKey; textLabel: MessageKey; copyLabel: MessageKey }
>

interface Props {
  which: EditableText
  /** The text the app suggests for the answers as they are now. */
  suggested: string
  /** What is still missing from it, said after whom to send it to. */
  missing?: string[]
}

/**
 * An invitation for the family, ready to copy: it starts from the suggested text, and the teacher
 * may change it first (kept with the preparation). "Terug naar de voorgestelde tekst" undoes the
 * changes; when the suggestion changes after an edit (a new date), the teacher is asked to check.
 * It says to send it to the parents, never to the buddy.
 */
export function InvitationBox({ which, suggested, missing = [] }: Props) {
  const t = useT()
  const id = useRequiredId()
  const domId = useId()
  const { buddy, parentsAttending } = useAnswers()
  const { title, textLabel, copyLabel } = BOXES[which]
  const sendTo = t(forParents(buddy === 'none' ? 'invite.hint.noBuddy' : 'invite.hint', parentsAttending))
  const hint = [sendTo, ...missing].filter(Boolean).join(' ')
  const edited = useActivePart((p) => p.texts[which])
  const { setText } = useActions()
  const text = edited?.text ?? suggested
  const outdated = edited !== undefined && edited.basedOn !== suggested
  const change = (value: string) =>
    setText(id, which, value === suggested ? null : { text: value, basedOn: edited?.basedOn ?? suggested })
  const reset = () => {
    setText(id, which, null)
    announce(t('invite.resetDone'))
  }
  const described = [`${domId}-hint`, outdated ? `${domId}-outdated` : ''].filter(Boolean).join(' ')
  return (
    <details className="invitation no-print">
      <summary>{t(title(parentsAttending))}</summary>
      <p className="hint" id={`${domId}-hint`}>
        {hint} {t('invite.edit.hint')}
      </p>
      {outdated ? (
        <p className="warning" id={`${domId}-outdated`}>
          {t('invite.outdated')}
        </p>
      ) : null}
      <label htmlFor={`${domId}-text`} className="visually-hidden">
        {t(textLabel)}
      </label>
      <textarea
        id={`${domId}-text`}
        className="textarea message"
        rows={Math.min(30, text.split('\n').length + 4)}
        value={text}
        aria-describedby={described}
        onChange={(event) => change(event.target.value)}
      />
      <CopyButton
        text={withoutBidiControls(text)}
        label={t(copyLabel)}
        copied={t('invite.copied')}
        failed={t('invite.copyFailed')}
      />
      {edited ? (
        <button type="button" className="button button--secondary" onClick={reset}>
          {t('invite.reset')}
        </button>
      ) : null}
    </details>
  )
}
