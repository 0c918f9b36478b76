import { useEffect } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod/mini'
import { LIMITS } from '../rules'
import { forParents, translateIssue, type MessageKey } from '../i18n'
import { dateTimeFields, localToday, typedDateTime } from '../i18n/dates'
import { understoodDate } from '../i18n/typed-date'
import { buddyWasThere, type FollowUp, type Preparation } from '../model'
import type { Changes } from '../store/store'
import { useActions, useActivePart, useLocale, useRequiredId, useNotSaving } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { TextField } from '../ui/fields'
import { checkedWith, dateTimeCheck, wholeNumber } from '../ui/form-schemas'
import { readDraft, useFormDraft } from '../ui/drafts'
import { SavedStatus } from '../ui/saved-status'
import { FollowUpCalendar } from './follow-up-calendar'

// Both boxes or neither, as for the conversation itself: both empty is no follow-up (yet).
const dateTime = z.object({ date: z.string(), time: z.string() }).check(dateTimeCheck())
const minutes = wholeNumber(
  { required: 'error.followUp.minutes', integer: 'error.followUp.minutes', range: 'error.followUp.minutes' },
  LIMITS.minutes,
)
const followUpForm = z.extend(dateTime, { minutes, withBuddy: z.boolean() })

type Values = z.input<typeof followUpForm>
const NO_FOLLOW_UP: FollowUp = {}

/**
 * What a teacher typed, saved as it stands: a date and time once both are real (cleared when both
 * are empty), the length once it is a number in range, "with the buddy" at once. What is not yet
 * right waits in the boxes (and survives a reload) with its message shown on leaving the box.
 */
function changesFrom(values: Values): Changes<FollowUp> {
  const changes: Changes<FollowUp> = { withBuddy: values.withBuddy }
  const at = dateTime.safeParse(values).success ? typedDateTime(values.date, values.time, localToday()) : undefined
  if (at !== undefined) changes.at = at
  else if (values.date.trim() === '' && values.time.trim() === '') changes.at = undefined
  const length = minutes.safeParse(values.minutes)
  if (length.success) changes.minutes = length.data
  return changes
}

/** The follow-up appointment (after.next-appointment), saved as it is typed. */
export function FollowUpSection({ defaultMinutes }: { defaultMinutes: number }) {
  const t = useT()
  const id = useRequiredId()
  // The parts it shows: typing elsewhere on the after page does not re-render this form.
  const followUp = useActivePart((p) => p.followUp) ?? NO_FOLLOW_UP
  const buddy = useActivePart((p) => p.answers.buddy)
  const hint = useActivePart(hintKey) ?? 'followUp.hint'
  const { saveFollowUp } = useActions()
  const notSaving = useNotSaving()
  const draftKey = `${id}:follow-up`
  const form = useForm<Values, unknown, z.output<typeof followUpForm>>({
    resolver: zodResolver(followUpForm),
    mode: 'onTouched',
    defaultValues: readDraft(draftKey, {
      ...dateTimeFields(followUp.at),
      minutes: String(followUp.minutes ?? defaultMinutes),
      withBuddy: followUp.withBuddy ?? false,
    }),
  })
  useFormDraft(form, draftKey)
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => saveFollowUp(id, changesFrom(values)),
      }),
    [form, id, saveFollowUp],
  )
  const errorOf = (field: keyof Values) => translateIssue(t, form.formState.errors[field]?.message)
  const locale = useLocale()
  // What the date box was understood as, shown under it while typing.
  const understood = understoodDate(useWatch({ control: form.control, name: 'date' }), localToday(), locale, t)
  const box = (
    name: 'date' | 'time' | 'minutes',
    label: MessageKey,
    hint: MessageKey | null,
    width: 'medium' | 'short',
  ) => (
    <TextField
      id={`follow-up-${name}`}
      label={
        <label htmlFor={`follow-up-${name}`} className="label">
          {t(label)}
        </label>
      }
      hint={hint ? t(hint) : undefined}
      error={errorOf(name)}
      note={name === 'date' ? understood : undefined}
      errorPrefix={t('app.errorPrefix')}
      width={width}
      inputProps={{
        ...form.register(name, name === 'minutes' ? {} : checkedWith(form, name === 'date' ? 'time' : 'date')),
        autoComplete: 'off',
        ...(name === 'minutes' ? { inputMode: 'numeric' } : {}),
      }}
    />
  )

  return (
    <section className="follow-up" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title" className="heading-m">
        {t('followUp.title')}
      </h2>
      <p className="hint">{t(hint)}</p>
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        {box('date', 'q.date.label', 'q.date.hint', 'medium')}
        {box('time', 'q.time.label', 'q.time.hint', 'short')}
        {box('minutes', 'followUp.minutes', null, 'short')}
        {buddy !== 'none' ? (
          <div className="checkbox form-group">
            <input type="checkbox" id="follow-up-buddy" {...form.register('withBuddy')} />
            <label htmlFor="follow-up-buddy">{t('followUp.withBuddy')}</label>
          </div>
        ) : null}
      </form>
      <SavedStatus watch={followUp} label={t('app.saved')} failed={notSaving} />
      <FollowUpCalendar />
    </section>
  )
}

/** The buddy is offered again only when there is one: "weer" when they came, "ook" when not. */
function hintKey(preparation: Preparation): MessageKey {
  if (preparation.answers.buddy === 'none') return 'followUp.hint'
  const base = buddyWasThere(preparation) ? 'followUp.hint.buddyAgain' : 'followUp.hint.buddyToo'
  return forParents(base, preparation.answers.parentsAttending)
}
