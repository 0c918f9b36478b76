import { useState } from 'react'
import { localDateTime } from '../i18n/dates'
import { formatMeetingAt } from '../i18n/format'
import { useActions, useActivePart, useLocale, useReadActivePreparation, useRequiredId, useT } from '../store/selectors'
import { Checkbox } from '../ui/fields'
import { useTask } from '../ui/use-task'
import { downloadBlob } from '../ui/download'
import { isRepeatClick } from '../ui/repeat-click'
import { navigate } from '../ui/router'
import { viewPath } from '../ui/paths'

/** Once a follow-up date is saved: "Zet in je agenda" as an .ics file, and preparing that conversation. */
export function FollowUpCalendar() {
  const t = useT()
  const id = useRequiredId()
  // Only the date it shows; the rest is read on the click, so typing on the page passes it by.
  const at = useActivePart((p) => p.followUp.at)
  const readPreparation = useReadActivePreparation()
  const locale = useLocale()
  const { prepareFollowUp } = useActions()
  const [fullName, setFullName] = useState(false)
  const [calendar, run] = useTask<string>({
    done: (file) => t('followUp.calendarDone', { file }),
    failed: t('followUp.calendarFailed'),
  })
  if (!at) return null

  const addToCalendar = () =>
    run(async () => {
      const { followUpCalendar } = await import('../documents/calendar')
      const preparation = readPreparation()
      const text = preparation ? followUpCalendar(preparation, locale, fullName) : null
      if (!text) throw new Error('No follow-up date')
      const file = `oudergesprek-vervolg-${at.slice(0, 10)}.ics`
      downloadBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), file)
      return file
    })

  return (
    <div className="calendar">
      <p>{t('followUp.planned', { when: formatMeetingAt(at, locale) })}</p>
      {at < localDateTime(new Date()) ? <p className="warning">{t('followUp.past')}</p> : null}
      <Checkbox
        id="follow-up-full-name"
        label={t('followUp.fullName')}
        hint={t('followUp.fullName.hint')}
        checked={fullName}
        onChange={setFullName}
      />
      <button
        type="button"
        className="button"
        onClick={(event) => {
          if (!isRepeatClick(event)) void addToCalendar()
        }}
      >
        {t('followUp.calendar')}
      </button>
      <p className={calendar.kind === 'failed' ? 'error-message' : 'status'}>
        {calendar.kind === 'done' ? t('followUp.calendarDone', { file: calendar.value }) : null}
        {calendar.kind === 'failed' ? t('followUp.calendarFailed') : null}
      </p>
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
