import { TextField } from '../ui/fields'
import { useT } from '../i18n/use-t'

/** A passphrase box, typed as the teacher types it: no autocomplete, no spelling check. */
export function PassphraseField(props: {
  id: string
  label: string
  hint?: string
  error: string | undefined
  value: string
  onChange: (value: string) => void
}) {
  const t = useT()
  const { id, label, hint, error, value, onChange } = props
  return (
    <TextField
      id={id}
      label={
        <label htmlFor={id} className="label">
          {label}
        </label>
      }
      {...(hint ? { hint } : {})}
      error={error}
      errorPrefix={t('app.errorPrefix')}
      inputProps={{ autoComplete: 'off', spellCheck: false, value, onChange: (event) => onChange(event.target.value) }}
    />
  )
}
