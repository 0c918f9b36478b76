import { useAnswers, useT } from '../../store/selectors'
import { PageHeading } from '../../ui/page-heading'
import { TextField } from '../../ui/fields'
import { StepPage } from '../step-page'
import { childNameForm } from '../step-schemas'

export function ChildNameStep() {
  const t = useT()
  const answers = useAnswers()
  return (
    <StepPage
      step="child-name"
      schema={childNameForm}
      defaults={{ childName: answers.childName ?? '' }}
      fields={['childName']}
    >
      {({ form, errorOf, errorPrefix }) => (
        <TextField
          id="childName"
          label={
            <PageHeading>
              <label htmlFor="childName">
                {t('q.childName.title')} <span className="optional">{t('wizard.optional')}</span>
              </label>
            </PageHeading>
          }
          hint={t('q.childName.hint')}
          error={errorOf('childName')}
          errorPrefix={errorPrefix}
          width="medium"
          inputProps={{ ...form.register('childName'), autoComplete: 'off', spellCheck: false }}
        />
      )}
    </StepPage>
  )
}
