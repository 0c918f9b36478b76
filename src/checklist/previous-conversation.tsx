import { formatMeetingAt } from '../i18n/format'
import { useActivePart, useLocale, usePreparation } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { href } from '../ui/router'
import { viewPath } from '../ui/paths'

/** In a follow-up: what was agreed last time, and a way back to that conversation. */
export function PreviousConversation() {
  const t = useT()
  const locale = useLocale()
  const followsId = useActivePart((p) => p.followsId)
  const carriedAgreements = useActivePart((p) => p.carriedAgreements)
  const previous = usePreparation(followsId ?? null)
  if (!followsId) return null
  const when = previous?.answers.meetingAt
  return (
    <section className="previous" aria-labelledby="previous-title">
      <h2 id="previous-title" className="heading-m">
        {t('previous.title')}
      </h2>
      <p className="label">{t('previous.agreements')}</p>
      <p className="message">{carriedAgreements ?? t('previous.noAgreements')}</p>
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
