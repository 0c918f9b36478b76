import type { InputHTMLAttributes, ReactNode } from 'react'

interface Described {
  id: string
  hint?: string | undefined
  error?: string | undefined
  /** A line under the box about what was typed in it: what a typed date was understood as. */
  note?: string | undefined
}

/** The ids an input is described by: its hint, its error and the note under it. */
export function describedBy({ id, hint, error, note }: Described): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', note ? `${id}-note` : ''].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

export function Hint({ id, text }: { id: string; text?: string | undefined }) {
  return text ? (
    <p className="hint" id={`${id}-hint`}>
      {text}
    </p>
  ) : null
}

/** An error next to its field; the prefix is for screen readers, colour is never the only cue. */
export function ErrorMessage({ id, text, prefix }: { id: string; text?: string | undefined; prefix: string }) {
  return text ? (
    <p className="error-message" id={`${id}-error`}>
      <span className="visually-hidden">{prefix}</span>
      {text}
    </p>
  ) : null
}

interface RadioGroupProps extends Described {
  legend: ReactNode
  options: { value: string; label: string }[]
  errorPrefix: string
  /** Props for each radio input, from react-hook-form's register. */
  inputProps: InputHTMLAttributes<HTMLInputElement>
}

/** A fieldset of radios; the legend may hold the page's h1. The first radio has the group's id. */
export function RadioGroup({ id, legend, hint, error, options, errorPrefix, inputProps }: RadioGroupProps) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset aria-describedby={describedBy({ id, hint, error })}>
        <legend>{legend}</legend>
        <Hint id={id} text={hint} />
        <ErrorMessage id={id} text={error} prefix={errorPrefix} />
        <div className="radios">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`
            return (
              <div className="radio" key={option.value}>
                <input {...inputProps} type="radio" id={optionId} value={option.value} />
                <label htmlFor={optionId}>{option.label}</label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

interface TextFieldProps extends Described {
  label: ReactNode
  errorPrefix: string
  suffix?: string
  width?: 'short' | 'medium' | 'long'
  inputProps: InputHTMLAttributes<HTMLInputElement>
}

/** A labelled text input with hint, error, optional suffix and note under it; the label may hold the h1. */
export function TextField({
  id,
  label,
  hint,
  error,
  note,
  errorPrefix,
  suffix,
  width = 'long',
  inputProps,
}: TextFieldProps) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      {label}
      <Hint id={id} text={hint} />
      <ErrorMessage id={id} text={error} prefix={errorPrefix} />
      <div className="input-wrapper">
        <input
          type="text"
          {...inputProps}
          id={id}
          className={`input input--${width}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id, hint, error, note })}
        />
        {suffix ? (
          <span className="input-suffix" aria-hidden="true">
            {suffix}
          </span>
        ) : null}
      </div>
      {note ? (
        <p className="input-note" id={`${id}-note`}>
          {note}
        </p>
      ) : null}
    </div>
  )
}

interface CheckboxProps {
  id: string
  label: string
  hint?: string
  checked: boolean
  onChange: (checked: boolean) => void
}

/**
 * A checkbox with its label and, under the label, an optional hint it is described by. The hint
 * sits beside the label, not in it, so a screen reader says it once, after the name.
 */
export function Checkbox({ id, label, hint, checked, onChange }: CheckboxProps) {
  return (
    <div className="checkbox form-group">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <div className="choice-text">
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  )
}

interface SelectFieldProps<T extends string | number> {
  id: string
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
}

/** A labelled list to choose one value from; the value chosen comes back as the option's own value, not as text. */
export function SelectField<T extends string | number>({ id, label, value, options, onChange }: SelectFieldProps<T>) {
  return (
    <div className="form-group">
      <label htmlFor={id} className="label">
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(options[event.target.selectedIndex]!.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
