import { useDeferredValue, useId, useMemo, useState } from 'react'
import { buildCard, buildChecklist, BUDDY_VALUES, type Answers, type Guidance, type Script } from '../rules'
import { useLocale } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { Checkbox, SelectField } from '../ui/fields'

/** The family the preview is made for: the wizard's answers that the guidance's conditions test. */
interface Family {
  buddy: Answers['buddy']
  sensitiveNews: boolean
  parentsAttending: 1 | 2
  interpreter: boolean
  address: Answers['address']
}
const PARENTS = [1, 2] as const
const ADDRESSES = ['u', 'je'] as const
const START: Family = {
  buddy: 'attending',
  sensitiveNews: false,
  parentsAttending: 1,
  interpreter: false,
  address: 'u',
}

/** The family as the wizard would have answered, with a usual half hour. */
export function answersFor(family: Family): Answers {
  const { interpreter, ...rest } = family
  return {
    ...rest,
    expectedMinutes: 30,
    otherAttendees: interpreter ? 1 : 0,
    ...(interpreter ? { others: [{ role: 'interpreter' as const }] } : {}),
  }
}

/**
 * The checklist and the card a family would get with this version, for a family the editor
 * picks: drawn again as the version changes, so a condition's effect shows before it is shared.
 */
export function SchoolPreview({ guidance }: { guidance: Guidance }) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const [family, setFamily] = useState<Family>(START)
  const shown = useDeferredValue(guidance)
  const { checklist, card } = useMemo(() => {
    const answers = answersFor(family)
    return {
      checklist: buildChecklist(answers, { guidance: shown, locale, scriptLocale: 'nl' }),
      card: buildCard(answers, { guidance: shown, locale, scriptLocale: 'nl' }),
    }
  }, [family, shown, locale])
  const set = (change: Partial<Family>) => setFamily({ ...family, ...change })
  return (
    <section className="school-preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="heading-m">
        {t('school.preview')}
      </h2>
      <p>{t('school.preview.intro')}</p>
      <fieldset className="form-group">
        <legend className="label">{t('school.preview.family')}</legend>
        <SelectField
          id={`${id}-buddy`}
          label={t('school.fact.buddy')}
          value={family.buddy}
          options={BUDDY_VALUES.map((value) => ({ value, label: t(`school.value.buddy.${value}`) }))}
          onChange={(buddy) => set({ buddy })}
        />
        <SelectField
          id={`${id}-parents`}
          label={t('school.fact.parentsAttending')}
          value={family.parentsAttending}
          options={PARENTS.map((value) => ({ value, label: t(`school.value.parentsAttending.${value}`) }))}
          onChange={(parentsAttending) => set({ parentsAttending })}
        />
        <SelectField
          id={`${id}-address`}
          label={t('school.fact.address')}
          value={family.address}
          options={ADDRESSES.map((value) => ({ value, label: t(`school.value.address.${value}`) }))}
          onChange={(address) => set({ address })}
        />
        <Checkbox
          id={`${id}-news`}
          label={t('school.value.sensitiveNews.true')}
          checked={family.sensitiveNews}
          onChange={(sensitiveNews) => set({ sensitiveNews })}
        />
        <Checkbox
          id={`${id}-tolk`}
          label={t('school.value.interpreter.true')}
          checked={family.interpreter}
          onChange={(interpreter) => set({ interpreter })}
        />
      </fieldset>
      <div role="region" aria-labelledby={`${id}-checklist`}>
        <h3 id={`${id}-checklist`} className="heading-s">
          {t('school.preview.checklist')}
        </h3>
        {checklist.phases.map((phase) => (
          <div key={phase.phase}>
            <h4>{t(`checklist.phase.${phase.phase}`)}</h4>
            <ul>
              {phase.items.map((item) => (
                <li key={item.id}>
                  <strong>{item.title}</strong>
                  {item.origin === 'school' ? <> ({t('checklist.origin.school')})</> : null}
                  <p>{item.text}</p>
                  <Scripts scripts={item.scripts} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <div role="region" aria-labelledby={`${id}-card`}>
        <h3 id={`${id}-card`} className="heading-s">
          {t('school.preview.card')}
        </h3>
        <h4>{t('school.preview.openings')}</h4>
        {card.openings.map((opening, index) => (
          <div key={index}>
            {opening.heading ? <p>{opening.heading}</p> : null}
            <Scripts scripts={opening.scripts} />
          </div>
        ))}
        <h4>{t('school.preview.reminders')}</h4>
        <ul>
          {card.reminders.map((reminder) => (
            <li key={reminder}>{reminder}</li>
          ))}
        </ul>
        <h4>{t('school.preview.agenda')}</h4>
        <ul>
          {card.agenda.map((row) => (
            <li key={row.id}>{t('school.preview.agendaRow', { title: row.title, n: row.minutes })}</li>
          ))}
        </ul>
      </div>
    </section>
  )
}

function Scripts({ scripts }: { scripts: Script[] }) {
  const t = useT()
  if (scripts.length === 0) return null
  return (
    <ul>
      {scripts.map((script) => (
        <li key={script.text}>
          ‘{script.text}’ <span className="script__origin">({t(`checklist.origin.${script.origin}`)})</span>
        </li>
      ))}
    </ul>
  )
}
