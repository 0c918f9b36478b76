import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { LIMITS } from '../rules'
import { translateIssue, type MessageKey } from '../i18n'
import { dateTimeFields, localDateTime, parseDutchDate, parseTime, skippedByClockChange } from '../i18n/dates'
import { formatMeetingAt } from '../i18n/format'
import { buddyWasThere, type FollowUp, type Preparation } from '../model'
import { useActions, useActivePreparation, useLocale, useRequiredId, useT } from '../store/selectors'
import { Checkbox, TextField } from '../ui/fields'
import { useTask } from '../ui/use-task'
import { messageKey as key, wholeNumber } from '../ui/form-schemas'
import { downloadBlob } from '../ui/download'
import { clearDraft, readDraft, useFormDraft } from '../ui/drafts'
import { isRepeatClick } from '../ui/repeat-click'

const followUpForm = z
  .object({
    date: z.string().refine((date) => parseDutchDate(date) !== null, key('error.date')),
    time: z.string().refine((time) => parseTime(time) !== null, key('error.time')),
    minutes: wholeNumber(
      { required: 'error.followUp.minutes', integer: 'error.followUp.minutes', range: 'error.followUp.minutes' },
      LIMITS.minutes,
    ),
    withBuddy: z.boolean(),
  })
  .refine(({ date, time }) => !skippedByClockChange(date, time), {
    path: ['time'],
    message: key('error.time.clockChange'),
  })
  .transform(({ date, time, minutes, withBuddy }): FollowUp => ({
    at: `${parseDutchDate(date)}T${parseTime(time)}`,
    minutes,
    withBuddy,
  }))

type Values = z.input<typeof followUpForm>

/** The follow-up appointment (after.next-appointment), and "Zet in agenda" as an .ics file. */
export function FollowUpSection({ defaultMinutes }: { defaultMinutes: number }) {
  const t = useT()
  const locale = useLocale()
  const id = useRequiredId()
  const preparation = useActivePreparation()
  const { saveFollowUp } = useActions()
  const followUp = preparation?.followUp ?? {}
  const [fullName, setFullName] = useState(false)
  const [calendar, run] = useTask<string>()
  const draftKey = `${id}:follow-up`
  const form = useForm<Values, unknown, FollowUp>({
    resolver: zodResolver(followUpForm),
    defaultValues: readDraft(draftKey, {
      ...dateTimeFields(followUp.at),
      minutes: String(followUp.minutes ?? defaultMinutes),
      withBuddy: followUp.withBuddy ?? false,
    }),
    shouldFocusError: true,
  })
  useFormDraft(form, draftKey)
  const errorOf = (field: keyof Values) => translateIssue(t, form.formState.errors[field]?.message)

  const addToCalendar = () =>
    run(async () => {
      const { followUpCalendar } = await import('../documents/calendar')
      const text = preparation && followUpCalendar(preparation, locale, fullName)
      if (!text) throw new Error('No follow-up date')
      const file = `oudergesprek-vervolg-${preparation.followUp.at?.slice(0, 10) ?? ''}.ics`
      downloadBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), file)
      return file
    })

  return (
    <section className="follow-up" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title" className="heading-m">
        {t('followUp.title')}
      </h2>
      <p className="hint">{t(hintKey(preparation))}</p>
      <form
        noValidate
        onSubmit={form.handleSubmit((values) => {
          saveFollowUp(id, values)
          clearDraft(draftKey)
        })}
      >
        <TextField
          id="follow-up-date"
          label={
            <label htmlFor="follow-up-date" className="label">
              {t('q.date.label')}
            </label>
          }
          hint={t('q.date.hint')}
          error={errorOf('date')}
          errorPrefix={t('app.errorPrefix')}
          width="medium"
          inputProps={{ ...form.register('date'), autoComplete: 'off' }}
        />
        <TextField
          id="follow-up-time"
          label={
            <label htmlFor="follow-up-time" className="label">
              {t('q.time.label')}
            </label>
          }
          hint={t('q.time.hint')}
          error={errorOf('time')}
          errorPrefix={t('app.errorPrefix')}
          width="short"
          inputProps={{ ...form.register('time'), autoComplete: 'off' }}
        />
        <TextField
          id="follow-up-minutes"
          label={
            <label htmlFor="follow-up-minutes" className="label">
              {t('followUp.minutes')}
            </label>
          }
          error={errorOf('minutes')}
          errorPrefix={t('app.errorPrefix')}
          width="short"
          inputProps={{ ...form.register('minutes'), inputMode: 'numeric', autoComplete: 'off' }}
        />
        {preparation?.answers.buddy !== 'none' ? (
          <div className="checkbox form-group">
            <input type="checkbox" id="follow-up-buddy" {...form.register('withBuddy')} />
            <label htmlFor="follow-up-buddy">{t('followUp.withBuddy')}</label>
          </div>
        ) : null}
        <button type="submit" className="button button--secondary">
          {t('followUp.save')}
        </button>
      </form>
      {followUp.at ? (
        <div className="calendar">
          <p role="status">{t('followUp.saved', { when: formatMeetingAt(followUp.at, locale) })}</p>
          {followUp.at < localDateTime(new Date()) ? <p className="warning">{t('followUp.past')}</p> : null}
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
          <p className={calendar.kind === 'failed' ? 'error-message' : 'status'} role="status">
            {calendar.kind === 'done' ? t('followUp.calendarDone', { file: calendar.value }) : null}
            {calendar.kind === 'failed' ? t('followUp.calendarFailed') : null}
          </p>
        </div>
      ) : null}
    </section>
  )
}

/** The buddy is offered again only when there is one: "weer" when they came, "ook" when not. */
function hintKey(preparation: Preparation | undefined): MessageKey {
  if (!preparation || preparation.answers.buddy === 'none') return 'followUp.hint'
  return buddyWasThere(preparation) ? 'followUp.hint.buddyAgain' : 'followUp.hint.buddyToo'
}
