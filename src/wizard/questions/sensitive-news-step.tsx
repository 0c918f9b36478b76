import { useAnswers, useT } from '../../store/selectors'
import { PageHeading } from '../../ui/page-heading'
import { RadioGroup } from '../../ui/fields'
import { StepPage } from '../step-page'
import { sensitiveNewsForm } from '../step-schemas'

const asChoice = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no')

export function SensitiveNewsStep() {
  const t = useT()
  const answers = useAnswers()
  return (
    <StepPage
      step="sensitive-news"
      schema={sensitiveNewsForm}
      defaults={{ sensitiveNews: asChoice(answers.sensitiveNews) }}
      fields={['sensitiveNews']}
    >
      {({ form, errorOf, errorPrefix }) => (
        <RadioGroup
          id="sensitiveNews"
          legend={<PageHeading>{t('q.sensitiveNews.title')}</PageHeading>}
          hint={t('q.sensitiveNews.hint')}
          error={errorOf('sensitiveNews')}
          errorPrefix={errorPrefix}
          options={[
            { value: 'yes', label: t('q.yes') },
            { value: 'no', label: t('q.no') },
          ]}
          inputProps={form.register('sensitiveNews')}
        />
      )}
    </StepPage>
  )
}
