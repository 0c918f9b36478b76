import { describedBy, Hint } from '../ui/fields'
import { useT } from '../i18n/use-t'

interface Props {
  id: string
  label: string
  hint?: string | undefined
  max: number
  value: string
  onChange: (value: string) => void
  multiline?: boolean
  optional?: boolean
  type?: 'text' | 'tel'
}

/** A labelled text box of the editor, saved into the draft as it is typed. */
export function TextField({ id, label, hint, max, value, onChange, multiline, optional, type }: Props) {
  const t = useT()
  const common = {
    id,
    maxLength: max,
    value,
    'aria-describedby': describedBy({ id, hint }),
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  }
  return (
    <div className="form-group">
      <label htmlFor={id} className="label">
        {label} {optional ? <span className="optional">{t('wizard.optional')}</span> : null}
      </label>
      <Hint id={id} text={hint} />
      {multiline ? (
        <textarea {...common} className="textarea" rows={3} />
      ) : (
        <input {...common} type={type ?? 'text'} className="input" autoComplete="off" />
      )}
    </div>
  )
}
