import { useEffect, useId, useRef, useState } from 'react'
import { PHASES, type Phase } from '../rules'
import { SCHOOL_LIMITS, type AddedItem, type FactName, type SchoolGuidance } from '../rules/school'
import { useT } from '../i18n/use-t'
import { addItem, changeAdded, removeAdded, setAddedSentence, type AddedChange } from './school-edits'
import { TextField } from './school-fields'
import { ConditionBuilder } from './condition-builder'
import { SelectField } from '../ui/fields'

type Update = (change: (draft: SchoolGuidance) => SchoolGuidance) => void

/** The school's own items: each in a phase, with its text, a sentence and when it is on the list. */
export function AddedItems({ draft, facts, update }: { draft: SchoolGuidance; facts: FactName[]; update: Update }) {
  const t = useT()
  const id = useId()
  const [phase, setPhase] = useState<Phase>('before')
  /** The item just added, whose title gets the focus. */
  const [fresh, setFresh] = useState<string | null>(null)
  const added = draft.added ?? []
  return (
    <section aria-labelledby="school-added">
      <h2 id="school-added" className="heading-m">
        {t('school.added')}
      </h2>
      <p>{t('school.added.intro')}</p>
      {added.map((item, index) => (
        <AddedItemEditor
          key={item.id}
          item={item}
          n={index + 1}
          facts={facts}
          focus={fresh === item.id}
          update={update}
        />
      ))}
      <PhaseSelect id={`${id}-phase`} phase={phase} onChange={setPhase} />
      <button
        type="button"
        className="button button--secondary"
        disabled={added.length >= SCHOOL_LIMITS.added}
        onClick={() => {
          const next = addItem(draft, phase)
          update(() => next.draft)
          setFresh(next.id)
        }}
      >
        {t('school.added.add')}
      </button>
    </section>
  )
}

function AddedItemEditor(props: { item: AddedItem; n: number; facts: FactName[]; focus: boolean; update: Update }) {
  const { item, n, facts, focus, update } = props
  const t = useT()
  const id = useId()
  const title = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focus) title.current?.querySelector('input')?.focus()
  }, [focus])
  const name = t('school.added.name', { n })
  const change = (patch: AddedChange) => update((draft) => changeAdded(draft, item.id, patch))
  return (
    <fieldset className="form-group school-item">
      <legend className="label">{item.title.trim() ? `${name}: ${item.title}` : name}</legend>
      <PhaseSelect id={`${id}-phase`} phase={item.phase} onChange={(next) => change({ phase: next })} />
      <div ref={title}>
        <TextField
          id={`${id}-title`}
          label={t('school.added.title')}
          max={SCHOOL_LIMITS.title}
          value={item.title}
          onChange={(value) => change({ title: value })}
        />
      </div>
      <TextField
        id={`${id}-text`}
        label={t('school.added.text')}
        hint={t('school.added.text.hint', { example: '{interpreterPhone}' })}
        max={SCHOOL_LIMITS.text}
        multiline
        value={item.text}
        onChange={(value) => change({ text: value })}
      />
      <TextField
        id={`${id}-sentence`}
        label={t('school.added.sentence')}
        hint={t('school.added.sentence.hint')}
        max={SCHOOL_LIMITS.sentence}
        optional
        multiline
        value={item.examples?.[0]?.u ?? ''}
        onChange={(value) => update((draft) => setAddedSentence(draft, item.id, value))}
      />
      <ConditionBuilder itemName={name} when={item.when} facts={facts} onChange={(when) => change({ when })} />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => update((draft) => removeAdded(draft, item.id))}
      >
        {t('school.added.remove', { item: name })}
      </button>
    </fieldset>
  )
}

/** When the teacher does an item: before, during or after the conversation. */
function PhaseSelect({ id, phase, onChange }: { id: string; phase: Phase; onChange: (phase: Phase) => void }) {
  const t = useT()
  return (
    <SelectField
      id={id}
      label={t('school.added.phase')}
      value={phase}
      options={PHASES.map((value) => ({ value, label: t(`checklist.phase.${value}`) }))}
      onChange={onChange}
    />
  )
}
