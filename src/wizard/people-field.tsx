import { useEffect, useRef } from 'react'
import { useFieldArray, useWatch } from 'react-hook-form'
import { OTHER_ROLES } from '../rules/answers'
import { describedBy, ErrorMessage, Hint } from '../ui/fields'
import type { FieldApi } from './question-field'
import type { PeopleField } from './question-types'

/**
 * Everyone else who comes, one row each: a role (intern begeleider, tolk, …) and an optional name.
 * Adding a row moves focus to its role; removing one moves focus to "Nog iemand toevoegen".
 */
export function PeopleView({ field, api }: { field: PeopleField; api: FieldApi }) {
  const { form, errorOf, errorPrefix, t } = api
  const { fields, append, remove } = useFieldArray({ control: form.control, name: field.name as never })
  const rows = (useWatch({ control: form.control, name: field.name as never }) ?? []) as unknown as { role?: string }[]
  const addButton = useRef<HTMLButtonElement>(null)
  const focusAfter = useRef<'added' | 'removed' | null>(null)
  useEffect(() => {
    if (focusAfter.current === 'added') document.getElementById(`${field.name}.${fields.length - 1}.role`)?.focus()
    if (focusAfter.current === 'removed') addButton.current?.focus()
    focusAfter.current = null
  }, [fields.length, field.name])
  const hint = field.hint && t(field.hint)
  const listError = errorOf(field.name)
  return (
    <fieldset className="form-group people" aria-describedby={describedBy({ id: field.name, hint, error: listError })}>
      <legend className="heading-s">
        {t(field.label!)} {field.optional ? <span className="optional">{t('wizard.optional')}</span> : null}
      </legend>
      <Hint id={field.name} text={hint} />
      <ErrorMessage id={field.name} text={listError} prefix={errorPrefix} />
      {fields.length === 0 ? <p>{t('q.others.nobody')}</p> : null}
      <ol className="people__list">
        {fields.map((row, index) => {
          const [role, name, language] = ['role', 'name', 'language'].map((box) => `${field.name}.${index}.${box}`) as [
            string,
            string,
            string,
          ]
          const person = t('q.others.person', { n: index + 1 })
          return (
            <li key={row.id} className="people__person">
              <fieldset>
                <legend className="label">{person}</legend>
                <div className={errorOf(role) ? 'form-group form-group--error' : 'form-group'}>
                  <label htmlFor={role} className="label">
                    {t('q.others.role')}
                  </label>
                  <ErrorMessage id={role} text={errorOf(role)} prefix={errorPrefix} />
                  <select
                    id={role}
                    className="select"
                    {...form.register(role)}
                    aria-describedby={describedBy({ id: role, error: errorOf(role) })}
                  >
                    <option value="">{t('q.others.choose')}</option>
                    {OTHER_ROLES.map((value) => (
                      <option key={value} value={value}>
                        {t(`role.${value}`)}
                      </option>
                    ))}
                  </select>
                </div>
                {rows[index]?.role === 'interpreter' ? (
                  <OptionalBox id={language} label={t('q.others.language')} api={api} />
                ) : null}
                <OptionalBox id={name} label={t('q.others.name')} api={api} />
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    focusAfter.current = 'removed'
                    remove(index)
                  }}
                >
                  {t('q.others.remove', { n: index + 1 })}
                </button>
              </fieldset>
            </li>
          )
        })}
      </ol>
      {fields.length < field.max ? (
        <button
          type="button"
          ref={addButton}
          className="button button--secondary"
          onClick={() => {
            focusAfter.current = 'added'
            append({ role: '', name: '', language: '' } as never)
          }}
        >
          {t(fields.length === 0 ? 'q.others.add' : 'q.others.addAnother')}
        </button>
      ) : null}
    </fieldset>
  )
}

/** An optional text box of one person (the name, a tolk's language), with its label and error. */
function OptionalBox({ id, label, api }: { id: string; label: string; api: FieldApi }) {
  const { form, errorOf, errorPrefix, t } = api
  const error = errorOf(id)
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label htmlFor={id} className="label">
        {label} <span className="optional">{t('wizard.optional')}</span>
      </label>
      <ErrorMessage id={id} text={error} prefix={errorPrefix} />
      <input
        id={id}
        className="input input--medium"
        autoComplete="off"
        {...form.register(id)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, error })}
      />
    </div>
  )
}
