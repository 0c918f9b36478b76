import { useId } from 'react'
import { PHASES, type Guidance } from '../rules'
import { sentencesOf, SCHOOL_LIMITS, type ItemChange, type SchoolGuidance } from '../rules/school'
import { useT } from '../i18n/use-t'
import { choiceOf, chooseForItem, rewordItem, rewordSentence, type ItemChoice } from './school-edits'
import { TextField } from './school-fields'

type GuidanceItem = Guidance['items'][number]
type Update = (change: (draft: SchoolGuidance) => SchoolGuidance) => void

const CHOICES: ItemChoice[] = ['keep', 'hide', 'reword']

/** Every item of the sheet by phase, each to keep, hide or say in the school's own words. */
export function SheetItems({ guidance, draft, update }: { guidance: Guidance; draft: SchoolGuidance; update: Update }) {
  const t = useT()
  return (
    <section aria-labelledby="school-items">
      <h2 id="school-items" className="heading-m">
        {t('school.items')}
      </h2>
      <p>{t('school.items.intro', { example: '{parentWord}' })}</p>
      {PHASES.map((phase) => (
        <div key={phase}>
          <h3 className="heading-s">{t(`checklist.phase.${phase}`)}</h3>
          {guidance.items
            .filter((item) => item.phase === phase)
            .map((item) => (
              <SheetItem key={item.id} item={item} change={draft.items?.[item.id]} update={update} />
            ))}
        </div>
      ))}
    </section>
  )
}

function SheetItem({ item, change, update }: { item: GuidanceItem; change: ItemChange | undefined; update: Update }) {
  const t = useT()
  const id = useId()
  const choice = choiceOf(change)
  const sentences = sentencesOf(item)
  return (
    <fieldset className="form-group school-item">
      <legend className="label">{item.title.nl}</legend>
      <p>{item.text.nl}</p>
      {sentences.length > 0 ? (
        <ol>
          {sentences.map((sentence) => (
            <li key={sentence.u}>
              ‘{sentence.u}’ <span className="script__origin">({t(`checklist.origin.${sentence.origin}`)})</span>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="radios radios--inline">
        {CHOICES.map((value) => (
          <div className="radio" key={value}>
            <input
              type="radio"
              id={`${id}-${value}`}
              name={`${id}-choice`}
              checked={choice === value}
              onChange={() => update((draft) => chooseForItem(draft, item.id, value))}
            />
            <label htmlFor={`${id}-${value}`}>{t(`school.choice.${value}`)}</label>
          </div>
        ))}
      </div>
      {choice === 'reword' ? (
        <div className="school-reword">
          <TextField
            id={`${id}-title`}
            label={t('school.reword.title')}
            hint={t('school.reword.empty')}
            max={SCHOOL_LIMITS.title}
            value={change?.title ?? ''}
            onChange={(value) => update((draft) => rewordItem(draft, item.id, 'title', value))}
          />
          <TextField
            id={`${id}-text`}
            label={t('school.reword.text')}
            hint={t('school.reword.empty')}
            max={SCHOOL_LIMITS.text}
            multiline
            value={change?.text ?? ''}
            onChange={(value) => update((draft) => rewordItem(draft, item.id, 'text', value))}
          />
          {sentences.map((sentence, index) => {
            const n = index + 1
            const own = change?.examples?.[n]
            return (
              <div key={sentence.u}>
                <TextField
                  id={`${id}-u-${n}`}
                  label={t('school.reword.sentence', { n })}
                  hint={t('school.reword.sentence.hint', { sentence: sentence.u })}
                  max={SCHOOL_LIMITS.sentence}
                  multiline
                  value={own?.u ?? ''}
                  onChange={(value) => update((draft) => rewordSentence(draft, item.id, n, 'u', value))}
                />
                {own ? (
                  <TextField
                    id={`${id}-je-${n}`}
                    label={t('school.reword.sentence.je', { n })}
                    hint={t('school.reword.sentence.je.hint')}
                    max={SCHOOL_LIMITS.sentence}
                    optional
                    multiline
                    value={own.je ?? ''}
                    onChange={(value) => update((draft) => rewordSentence(draft, item.id, n, 'je', value))}
                  />
                ) : null}
              </div>
            )
          })}
        </div>
      ) : null}
    </fieldset>
  )
}
