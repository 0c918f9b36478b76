import type { Checklist, DraftAnswers } from '../rules'
import { planTexts } from '../documents/plan'
import { useT } from '../store/selectors'
import { CalendarDownload } from './calendar-download'

/** The plan on top: suggested length with its buffer, chairs, date and time; once both are known, the calendar file. */
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
      {answers.meetingAt ? (
        <div className="calendar no-print">
          <CalendarDownload appointment="conversation" at={answers.meetingAt} />
        </div>
      ) : null}
    </section>
  )
}
