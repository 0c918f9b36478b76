import { completeAnswers, type DraftAnswers, type Locale } from '../rules'
import { href, navigate } from '../ui/router'
import type { MessageKey, Translate } from '../i18n'
import { formatMeetingAt } from '../i18n/format'
import { useAnswers, useLocale, useRequiredId, useT } from '../store/selectors'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'
import { stepPath, viewPath, type StepId } from '../ui/paths'

interface Row {
  key: string
  label: MessageKey
  hidden: MessageKey
  step: StepId
  value: (a: DraftAnswers, t: Translate, locale: Locale) => string | undefined
  optional?: boolean
}

const ROWS: Row[] = [
  {
    key: 'buddy',
    label: 'check.buddy',
    hidden: 'check.buddy.hidden',
    step: 'buddy',
    value: (a, t) => a.buddy && t(`q.buddy.${a.buddy}`),
  },
  {
    key: 'sensitiveNews',
    label: 'check.sensitiveNews',
    hidden: 'check.sensitiveNews.hidden',
    step: 'sensitive-news',
    value: (a, t) => (a.sensitiveNews === undefined ? undefined : t(a.sensitiveNews ? 'q.yes' : 'q.no')),
  },
  {
    key: 'expectedMinutes',
    label: 'check.minutes',
    hidden: 'check.minutes.hidden',
    step: 'minutes',
    value: (a, t) => (a.expectedMinutes === undefined ? undefined : t('check.minutes.value', { n: a.expectedMinutes })),
  },
  {
    key: 'parentsAttending',
    label: 'check.parents',
    hidden: 'check.parents.hidden',
    step: 'attendees',
    value: (a, t) => a.parentsAttending && t(`q.parents.${a.parentsAttending}`),
  },
  {
    key: 'otherAttendees',
    label: 'check.others',
    hidden: 'check.others.hidden',
    step: 'attendees',
    value: (a) => a.otherAttendees?.toString(),
  },
  {
    key: 'childName',
    label: 'check.childName',
    hidden: 'check.childName.hidden',
    step: 'child-name',
    value: (a) => a.childName,
    optional: true,
  },
  {
    key: 'address',
    label: 'check.address',
    hidden: 'check.address.hidden',
    step: 'address',
    value: (a, t) => a.address && t(`q.address.${a.address}`),
  },
  {
    key: 'meetingAt',
    label: 'check.meetingAt',
    hidden: 'check.meetingAt.hidden',
    step: 'meeting-at',
    value: (a, _, locale) => a.meetingAt && formatMeetingAt(a.meetingAt, locale),
    optional: true,
  },
]

/** Check your answers: every answer with a Change link that comes back here. */
export function CheckAnswers() {
  const t = useT()
  const locale = useLocale()
  const id = useRequiredId()
  const answers = useAnswers()
  const complete = completeAnswers(answers) !== null
  useDocumentTitle(t('app.documentTitle', { page: t('check.title') }))

  return (
    <>
      <PageHeading>{t('check.title')}</PageHeading>
      <dl className="summary-list">
        {ROWS.map((row) => (
          <div className="summary-list__row" key={row.key}>
            <dt>{t(row.label)}</dt>
            <dd>{row.value(answers, t, locale) ?? t(row.optional ? 'check.notGiven' : 'check.notAnswered')}</dd>
            <dd className="summary-list__action">
              <a href={href(stepPath(id, row.step, 'check'))}>
                {t('check.change')} <span className="visually-hidden">{t(row.hidden)}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      {complete ? (
        <button type="button" className="button" onClick={() => navigate(viewPath(id, 'checklist'))}>
          {t('check.submit')}
        </button>
      ) : (
        <p className="inset">{t('check.incomplete')}</p>
      )}
    </>
  )
}
