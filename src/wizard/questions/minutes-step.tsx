import { useAnswers, useT } from '../../store/selectors'
import { PageHeading } from '../../ui/page-heading'
import { TextField } from '../../ui/fields'
import { StepPage } from '../step-page'
import { minutesForm } from '../step-schemas'

export function MinutesStep() {
  const t = useT()
  const answers = useAnswers()
  return (
    <StepPage
      step="minutes"
      schema={minutesForm}
      defaults={{ expectedMinutes: answers.expectedMinutes?.toString() ?? '' }}
      fields={['expectedMinutes']}
    >
      {({ form, errorOf, errorPrefix }) => (
        <TextField
          id="expectedMinutes"
          label={
            <PageHeading>
              <label htmlFor="expectedMinutes">{t('q.minutes.title')}</label>
            </PageHeading>
          }
          hint={t('q.minutes.hint')}
          error={errorOf('expectedMinutes')}
          errorPrefix={errorPrefix}
          suffix={t('q.minutes.suffix')}
          width="short"
          inputProps={{
            ...form.register('expectedMinutes'),
            inputMode: 'numeric',
            autoComplete: 'off',
            spellCheck: false,
          }}
        />
      )}
    </StepPage>
  )
}
