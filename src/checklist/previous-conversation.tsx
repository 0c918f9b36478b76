import { formatMeetingAt } from '../i18n/format'
import { useActivePreparation, useLocale, usePreparation, useT } from '../store/selectors'
import { href } from '../ui/router'
import { viewPath } from '../ui/paths'

/** In a follow-up: what was agreed last time, and a way back to that conversation. */
export function PreviousConversation() {
  const t = useT()
  const locale = useLocale()
  const preparation = useActivePreparation()
  const previous = usePreparation(preparation?.followsId ?? null)
  if (!preparation?.followsId) return null
  const when = previous?.answers.meetingAt
  return (
    <section className="previous" aria-labelledby="previous-title">
      <h2 id="previous-title" className="heading-m">
        {t('previous.title')}
      </h2>
      <p className="label">{t('previous.agreements')}</p>
      <p className="message">{preparation.carriedAgreements ?? t('previous.noAgreements')}</p>
      <p className="hint">{t('previous.questions')}</p>
      {previous ? (
        <p className="no-print">
          <a href={href(viewPath(previous.id, 'after'))}>
            {when ? t('previous.link', { when: formatMeetingAt(when, locale) }) : t('previous.linkNoDate')}
          </a>
        </p>
      ) : null}
    </section>
  )
}
