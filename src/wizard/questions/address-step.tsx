import { ADDRESS_VALUES } from '../../rules'
import { useAnswers, useT } from '../../store/selectors'
import { PageHeading } from '../../ui/page-heading'
import { RadioGroup } from '../../ui/fields'
import { StepPage } from '../step-page'
import { addressForm } from '../step-schemas'

export function AddressStep() {
  const t = useT()
  const answers = useAnswers()
  return (
    <StepPage step="address" schema={addressForm} defaults={{ address: answers.address ?? '' }} fields={['address']}>
      {({ form, errorOf, errorPrefix }) => (
        <RadioGroup
          id="address"
          legend={<PageHeading>{t('q.address.title')}</PageHeading>}
          hint={t('q.address.hint')}
          error={errorOf('address')}
          errorPrefix={errorPrefix}
          options={ADDRESS_VALUES.map((value) => ({ value, label: t(`q.address.${value}`) }))}
          inputProps={form.register('address')}
        />
      )}
    </StepPage>
  )
}
