import { useId } from 'react'
import type { Condition } from '../rules'
import { FACT_DOMAINS, type FactName } from '../rules/school'
import type { MessageKey } from '../i18n'
import { useT } from '../i18n/use-t'
import { Checkbox, SelectField } from '../ui/fields'

type FactValue = string | number | boolean
/** One part of a condition as the editor builds it: a fact with the values that count, or a least number. */
export type ConditionPart = { fact: FactName; in: FactValue[] } | { fact: FactName; atLeast: number }

/** The parts of a condition the editor can show, all of which must hold; null for one it cannot (with "of"). */
export function partsOf(when: Condition | undefined): ConditionPart[] | null {
  if (!when) return []
  const parts = 'all' in when ? when.all : [when]
  return parts.every((part) => 'fact' in part) ? (parts as ConditionPart[]) : null
}

/** The condition for the parts: none is "always", one is itself, more must all hold ("en"). */
export function conditionOf(parts: ConditionPart[]): Condition | undefined {
  if (parts.length === 0) return undefined
  return parts.length === 1 ? parts[0] : { all: parts }
}

/** A part as it starts when the fact is chosen: the value a school most often means. */
export function startingPart(fact: FactName): ConditionPart {
  const domain = FACT_DOMAINS[fact]
  if (domain.kind === 'number') return { fact, atLeast: Math.min(domain.min + 1, domain.max) }
  return { fact, in: [domain.values[0]] }
}

export const factLabel = (fact: FactName): MessageKey => `school.fact.${fact}`
export const valueLabel = (fact: FactName, value: FactValue) => `school.value.${fact}.${String(value)}` as MessageKey

interface Props {
  /** Names the item in every label, so each control says whose condition it is. */
  itemName: string
  when: Condition | undefined
  facts: FactName[]
  onChange: (when: Condition | undefined) => void
}

/**
 * When a school's own item is on the list, built by choosing: a fact from a list, then the values
 * that count, each in plain words ("Er komt een tolk"); more parts must all hold. Nothing is typed.
 */
export function ConditionBuilder({ itemName, when, facts, onChange }: Props) {
  const t = useT()
  const id = useId()
  const parts = partsOf(when)
  if (parts === null)
    return (
      <div className="form-group">
        <p>{t('school.condition.other')}</p>
        <button type="button" className="button button--secondary" onClick={() => onChange(undefined)}>
          {t('school.condition.clear')}
        </button>
      </div>
    )
  const change = (index: number, part: ConditionPart | null) =>
    onChange(conditionOf(parts.flatMap((p, i) => (i !== index ? [p] : part ? [part] : []))))
  return (
    <fieldset className="form-group">
      <legend className="label">{t('school.condition')}</legend>
      <p className="hint">{t('school.condition.hint')}</p>
      {parts.length === 0 ? <p>{t('school.condition.always')}</p> : null}
      {parts.map((part, index) => (
        <Part
          key={index}
          id={`${id}-${index}`}
          part={part}
          facts={facts}
          label={t('school.condition.part', { n: index + 1, item: itemName })}
          first={index === 0}
          onChange={(next) => change(index, next)}
        />
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange(conditionOf([...parts, startingPart(facts[0]!)]))}
      >
        {t('school.condition.add')}
      </button>
    </fieldset>
  )
}

function Part(props: {
  id: string
  part: ConditionPart
  facts: FactName[]
  label: string
  first: boolean
  onChange: (part: ConditionPart | null) => void
}) {
  const { id, part, facts, label, first, onChange } = props
  const t = useT()
  const domain = FACT_DOMAINS[part.fact]
  return (
    <fieldset className="form-group condition-part">
      <legend>{first ? label : `${t('school.condition.and')} ${label}`}</legend>
      <SelectField
        id={`${id}-fact`}
        label={t('school.condition.fact')}
        value={part.fact}
        options={facts.map((fact) => ({ value: fact, label: t(factLabel(fact)) }))}
        onChange={(fact) => onChange(startingPart(fact))}
      />
      {'in' in part && domain.kind === 'values' ? (
        <div className="checkboxes">
          <p className="hint">{t('school.condition.values')}</p>
          {(domain.values as readonly FactValue[]).map((value) => (
            <Checkbox
              key={String(value)}
              id={`${id}-${String(value)}`}
              label={t(valueLabel(part.fact, value))}
              checked={part.in.includes(value)}
              onChange={(checked) =>
                onChange({ fact: part.fact, in: checked ? [...part.in, value] : part.in.filter((v) => v !== value) })
              }
            />
          ))}
        </div>
      ) : null}
      {'atLeast' in part && domain.kind === 'number' ? (
        <SelectField
          id={`${id}-at-least`}
          label={t('school.condition.atLeast')}
          value={part.atLeast}
          options={Array.from({ length: domain.max - domain.min + 1 }, (_, i) => domain.min + i).map((n) => ({
            value: n,
            label: String(n),
          }))}
          onChange={(atLeast) => onChange({ fact: part.fact, atLeast })}
        />
      ) : null}
      <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
        {t('school.condition.remove', { n: label })}
      </button>
    </fieldset>
  )
}
