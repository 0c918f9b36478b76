import { useAnswers, useT } from '../../store/selectors'
import { PageHeading } from '../../ui/page-heading'
import { describedBy, Hint, TextField } from '../../ui/fields'
import { StepPage } from '../step-page'
import { meetingAtForm } from '../step-schemas'
import { dateTimeFields } from '../../i18n/dates'

export function MeetingAtStep() {
  const t = useT()
  const answers = useAnswers()
  const hint = t('q.meetingAt.hint')
  return (
    <StepPage
      step="meeting-at"
      schema={meetingAtForm}
      defaults={dateTimeFields(answers.meetingAt)}
      fields={['date', 'time']}
    >
      {({ form, errorOf, errorPrefix }) => (
        <fieldset aria-describedby={describedBy({ id: 'meetingAt', hint })}>
          <legend>
            <PageHeading>
              {t('q.meetingAt.title')} <span className="optional">{t('wizard.optional')}</span>
            </PageHeading>
          </legend>
          <Hint id="meetingAt" text={hint} />
          <TextField
            id="date"
            label={
              <label htmlFor="date" className="label">
                {t('q.date.label')}
              </label>
            }
            hint={t('q.date.hint')}
            error={errorOf('date')}
            errorPrefix={errorPrefix}
            width="medium"
            inputProps={{ ...form.register('date'), autoComplete: 'off', inputMode: 'numeric' }}
          />
          <TextField
            id="time"
            label={
              <label htmlFor="time" className="label">
                {t('q.time.label')}
              </label>
            }
            hint={t('q.time.hint')}
            error={errorOf('time')}
            errorPrefix={errorPrefix}
            width="short"
            inputProps={{ ...form.register('time'), autoComplete: 'off' }}
          />
        </fieldset>
      )}
    </StepPage>
  )
}
