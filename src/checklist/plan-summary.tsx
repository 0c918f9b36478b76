import type { Checklist, DraftAnswers } from '../rules'
import { lengthChoices, planTexts } from '../documents/plan'
import { useActions, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { CalendarDownload } from '../parts/calendar-download'

/**
 * The plan on top: the length the teacher plans (with the suggestion and a choice), chairs, date
 * and time; once both are known, the calendar file.
 */
export function PlanSummary({ checklist, answers }: { checklist: Checklist; answers: DraftAnswers }) {
  const t = useT()
  const plan = planTexts(checklist, answers)
  return (
    <section className="plan" aria-labelledby="plan-title">
      <h2 id="plan-title" className="heading-m">
        {t('checklist.planTitle')}
      </h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('checklist.duration')}</dt>
          <dd>
            {plan.duration} {plan.suggestion ? <span className="hint-inline">{plan.suggestion}</span> : null}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('checklist.chairs')}</dt>
          <dd>{plan.chairs}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('checklist.when')}</dt>
          <dd>{plan.when}</dd>
        </div>
      </dl>
      <LengthChoice checklist={checklist} />
      {answers.meetingAt ? (
        <div className="calendar no-print">
          <CalendarDownload appointment="conversation" at={answers.meetingAt} />
        </div>
      ) : null}
    </section>
  )
}

/**
 * "Hoeveel minuten plan je?": the usual minutes or the suggestion. The usual minutes are saved as
 * no choice at all, so a new usual length is followed.
 */
function LengthChoice({ checklist }: { checklist: Checklist }) {
  const t = useT()
  const id = useRequiredId()
  const { saveAnswers } = useActions()
  const choices = lengthChoices(checklist)
  if (choices.length === 0) return null
  return (
    <fieldset className="form-group plan__length" aria-describedby="plan-length-hint">
      <legend className="heading-s">{t('plan.choose')}</legend>
      <p id="plan-length-hint" className="hint">
        {t('plan.choose.hint')}
      </p>
      <div className="radios">
        {choices.map((choice) => (
          <div className="radio" key={choice.minutes}>
            <input
              type="radio"
              id={`plan-length-${choice.minutes}`}
              name="plan-length"
              checked={checklist.plannedMinutes === choice.minutes}
              onChange={() =>
                saveAnswers(id, {
                  chosenMinutes: choice.minutes === checklist.expectedMinutes ? undefined : choice.minutes,
                })
              }
            />
            <label htmlFor={`plan-length-${choice.minutes}`}>{choice.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  )
}
