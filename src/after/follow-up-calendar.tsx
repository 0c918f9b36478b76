import { localDateTime } from '../i18n/dates'
import { formatMeetingAt } from '../i18n/format'
import { useActions, useActivePart, useLocale, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { navigate } from '../ui/router'
import { viewPath } from '../ui/paths'
import { isRepeatClick } from '../ui/repeat-click'
import { CalendarDownload } from '../parts/calendar-download'

/** Once a follow-up date is saved: "Zet in je agenda" as an .ics file, and preparing that conversation. */
export function FollowUpCalendar() {
  const t = useT()
  const id = useRequiredId()
  // Only the date it shows; the calendar file reads the rest on the click.
  const at = useActivePart((p) => p.followUp.at)
  const locale = useLocale()
  const { prepareFollowUp } = useActions()
  if (!at) return null

  return (
    <div className="calendar">
      <p>{t('followUp.planned', { when: formatMeetingAt(at, locale) })}</p>
      {at < localDateTime(new Date()) ? <p className="warning">{t('followUp.past')}</p> : null}
      <CalendarDownload appointment="followUp" at={at} />
      <button
        type="button"
        className="button button--secondary"
        onClick={(event) => {
          if (isRepeatClick(event)) return
          const next = prepareFollowUp(id)
          if (next) navigate(viewPath(next, 'check'))
        }}
      >
        {t('followUp.prepare')}
      </button>
    </div>
  )
}
