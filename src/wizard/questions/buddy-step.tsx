import { BUDDY_VALUES, guidance } from '../../rules'
import { useActiveId, useAnswers, useLocale, usePreparationList, useT } from '../../store/selectors'
import { href } from '../../ui/router'
import { BACKUP_PATH } from '../../ui/paths'
import { PageHeading } from '../../ui/page-heading'
import { RadioGroup } from '../../ui/fields'
import { StepPage } from '../step-page'
import { buddyForm } from '../step-schemas'

export function BuddyStep() {
  const t = useT()
  const locale = useLocale()
  const answers = useAnswers()
  const isNew = useActiveId() === null
  const firstEver = usePreparationList().length === 0 && isNew
  const about = (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title" className="heading-s">
        {t('wizard.aboutTitle')}
      </h2>
      <p>{guidance.introduction[locale]}</p>
      {firstEver ? (
        <p>
          {t('backup.elsewhere')} <a href={href(BACKUP_PATH)}>{t('backup.read')}</a>
        </p>
      ) : null}
    </section>
  )
  return (
    <StepPage
      step="buddy"
      schema={buddyForm}
      defaults={{ buddy: answers.buddy ?? '' }}
      fields={['buddy']}
      after={about}
    >
      {({ form, errorOf, errorPrefix }) => (
        <RadioGroup
          id="buddy"
          legend={<PageHeading>{t('q.buddy.title')}</PageHeading>}
          hint={t('q.buddy.hint')}
          error={errorOf('buddy')}
          errorPrefix={errorPrefix}
          options={BUDDY_VALUES.map((value) => ({ value, label: t(`q.buddy.${value}`) }))}
          inputProps={form.register('buddy')}
        />
      )}
    </StepPage>
  )
}
