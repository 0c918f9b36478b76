import { useState } from 'react'
import { useLocale, useReadActivePreparation, useSettings } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { Checkbox } from '../ui/fields'
import { downloadBlob } from '../ui/download'
import { isRepeatClick } from '../ui/repeat-click'
import { useTask } from '../ui/use-task'

type Appointment = 'conversation' | 'followUp'

const NAMES: Record<Appointment, { checkbox: string; file: string }> = {
  conversation: { checkbox: 'conversation-full-name', file: 'oudergesprek' },
  followUp: { checkbox: 'follow-up-full-name', file: 'oudergesprek-vervolg' },
}

/**
 * "Zet in je agenda": the teacher's own .ics file for the conversation or for its follow-up,
 * with the child's initials unless the teacher ticks the full name. Made on the click from the
 * preparation as it is then, so typing elsewhere on the page passes this by.
 */
export function CalendarDownload({ appointment, at }: { appointment: Appointment; at: string }) {
  const t = useT()
  const readPreparation = useReadActivePreparation()
  const locale = useLocale()
  const settings = useSettings()
  const [fullName, setFullName] = useState(false)
  const [calendar, run] = useTask<string>({
    done: (file) => t('followUp.calendarDone', { file }),
    failed: t('followUp.calendarFailed'),
  })

  const addToCalendar = () =>
    run(async () => {
      const { conversationCalendar, followUpCalendar } = await import('../documents/calendar')
      const preparation = readPreparation()
      const choices = { locale, fullName, school: settings }
      const make = appointment === 'followUp' ? followUpCalendar : conversationCalendar
      const text = preparation ? make(preparation, choices) : null
      if (!text) throw new Error('No date and time')
      const file = `${NAMES[appointment].file}-${at.slice(0, 10)}.ics`
      downloadBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), file)
      return file
    })

  return (
    <>
      <Checkbox
        id={NAMES[appointment].checkbox}
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
    </>
  )
}
