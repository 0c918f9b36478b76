import type { Checklist, DraftAnswers } from '../rules'
import { formatMeetingAt } from '../i18n/format'
import { useLocale, useT } from '../store/selectors'

/** The plan on top: suggested length with its buffer, chairs, date and time. */
export function PlanSummary({ checklist, answers }: { checklist: Checklist; answers: DraftAnswers }) {
  const t = useT()
  const locale = useLocale()
  const { plannedMinutes: planned, expectedMinutes: expected, bufferMinutes: buffer, chairs } = checklist
  return (
    <section className="plan" aria-labelledby="plan-title">
      <h2 id="plan-title" className="heading-m">
        {t('checklist.planTitle')}
      </h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('checklist.duration')}</dt>
          <dd>
            {buffer > 0
              ? t('checklist.duration.buffer', { planned, expected, buffer })
              : t('checklist.duration.plain', { planned })}{' '}
            {buffer > 0 ? <span className="hint-inline">{t('checklist.duration.suggestion')}</span> : null}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('checklist.chairs')}</dt>
          <dd>
            {t('checklist.chairs.value', { n: chairs })}
            {answers.buddy === 'unknown' ? ` ${t('checklist.chairs.maybeBuddy')}` : null}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('checklist.when')}</dt>
          <dd>{answers.meetingAt ? formatMeetingAt(answers.meetingAt, locale) : t('checklist.when.none')}</dd>
        </div>
      </dl>
    </section>
  )
}
