import { introduction } from 'virtual:guidance-sheet'
import { useActiveId, useLocale, usePreparationCount } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { href } from '../ui/router'
import { BACKUP_PATH } from '../ui/paths'

/** Under the first question: what the sheet is about, and, on a device without any, where a backup goes back in. */
export function AboutTheSheet() {
  const t = useT()
  const locale = useLocale()
  const isNew = useActiveId() === null
  const firstEver = usePreparationCount() === 0 && isNew
  return (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title" className="heading-s">
        {t('wizard.aboutTitle')}
      </h2>
      <p>{introduction[locale]}</p>
      {firstEver ? (
        <p>
          {t('backup.elsewhere')} <a href={href(BACKUP_PATH)}>{t('backup.read')}</a>
        </p>
      ) : null}
    </section>
  )
}
