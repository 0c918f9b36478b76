import { useId } from 'react'
import type { EditableText } from '../model'
import type { MessageKey } from '../i18n'
import { useActions, useActivePart, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { announce } from '../ui/announcer'
import { CopyButton } from '../ui/copy-button'
import { withoutBidiControls } from '../rules'

interface Props {
  which: EditableText
  /** The text the app suggests for the answers as they are now. */
  suggested: string
  title: string
  textLabel: MessageKey
  copyLabel: MessageKey
  /** Whom to send it to, and what is still missing from it. */
  hint: string
}

/**
 * An invitation for the family, ready to copy: it starts from the suggested text, and the teacher
 * may change it first (kept with the preparation). "Terug naar de voorgestelde tekst" undoes the
 * changes; when the suggestion changes after an edit (a new date), the teacher is asked to check.
 */
export function InvitationBox({ which, suggested, title, textLabel, copyLabel, hint }: Props) {
  const t = useT()
  const id = useRequiredId()
  const domId = useId()
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
      <summary>{title}</summary>
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
