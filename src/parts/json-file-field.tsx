import type { ChangeEvent, Ref } from 'react'

/**
 * A labelled field to choose a JSON file from the device, with its hint: a backup to read back, or
 * a school's version of the guidance. What the file holds is shown by the screen that reads it.
 */
export function JsonFileField({
  id,
  label,
  hint,
  input,
  onChoose,
}: {
  id: string
  label: string
  hint: string
  /** The field itself, so the screen can empty it again. */
  input: Ref<HTMLInputElement>
  onChoose: (event: ChangeEvent<HTMLInputElement>) => void
}) {
  return (
    <>
      <label htmlFor={`${id}-file`} className="label">
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        ref={input}
        type="file"
        id={`${id}-file`}
        accept="application/json,.json"
        aria-describedby={`${id}-hint`}
        onChange={onChoose}
      />
    </>
  )
}
