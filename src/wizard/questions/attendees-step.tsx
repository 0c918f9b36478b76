import { useAnswers, useT } from '../../store/selectors'
import { PageHeading } from '../../ui/page-heading'
import { RadioGroup, TextField } from '../../ui/fields'
import { StepPage } from '../step-page'
import { attendeesForm } from '../step-schemas'

export function AttendeesStep() {
  const t = useT()
  const answers = useAnswers()
  return (
    <StepPage
      step="attendees"
      schema={attendeesForm}
      defaults={{
        parentsAttending: answers.parentsAttending?.toString() ?? '',
        otherAttendees: answers.otherAttendees?.toString() ?? '0',
      }}
      fields={['parentsAttending', 'otherAttendees']}
    >
      {({ form, errorOf, errorPrefix }) => (
        <>
          <PageHeading>{t('q.attendees.title')}</PageHeading>
          <RadioGroup
            id="parentsAttending"
            legend={<span className="heading-s">{t('q.parents.label')}</span>}
            error={errorOf('parentsAttending')}
            errorPrefix={errorPrefix}
            options={[
              { value: '1', label: t('q.parents.1') },
              { value: '2', label: t('q.parents.2') },
            ]}
            inputProps={form.register('parentsAttending')}
          />
          <TextField
            id="otherAttendees"
            label={
              <label htmlFor="otherAttendees" className="label heading-s">
                {t('q.others.label')}
              </label>
            }
            hint={t('q.others.hint')}
            error={errorOf('otherAttendees')}
            errorPrefix={errorPrefix}
            width="short"
            inputProps={{ ...form.register('otherAttendees'), inputMode: 'numeric', autoComplete: 'off' }}
          />
        </>
      )}
    </StepPage>
  )
}
