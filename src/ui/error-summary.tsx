import { useEffect, useRef } from 'react'

export interface FieldError {
  /** The id of the input to focus, usually the first of a group. */
  fieldId: string
  message: string
}

interface Props {
  title: string
  errors: FieldError[]
  /** Changes on each failed submit, so focus moves to the summary again. */
  attempt: number
}

/** The list of problems above a form: takes focus, links each problem to its field. */
export function ErrorSummary({ title, errors, attempt }: Props) {
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus()
    // Focus follows each failed attempt, not each change of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt])
  if (errors.length === 0) return null
  return (
    <section className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                // The hash is the route here, so focus the field instead of following the link.
                event.preventDefault()
                const field = document.getElementById(error.fieldId)
                field?.focus()
                field?.scrollIntoView({ block: 'center' })
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
