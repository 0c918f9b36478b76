import { useDeferredValue, useState } from 'react'
import type { Checklist } from '../rules'
import { reportText } from '../documents/report'
import { useActivePreparation, useSettings, useT } from '../store/selectors'
import { CopyButton } from '../ui/copy-button'
import { Checkbox } from '../ui/fields'

/** "Kopieer als gespreksverslag": plain text for the pupil file; own notes and the rating by choice. */
export function ReportSection({ checklist }: { checklist: Checklist }) {
  const t = useT()
  // The preview follows the typing a moment later, so a keystroke never waits for the report.
  const preparation = useDeferredValue(useActivePreparation())
  const settings = useSettings()
  const [choices, setChoices] = useState({ notes: false, rating: false })
  if (!preparation) return null
  const text = reportText(preparation, checklist, choices, settings)
  return (
    <section className="report" aria-labelledby="report-title">
      <h2 id="report-title" className="heading-m">
        {t('report.title')}
      </h2>
      <p className="hint">{t('report.hint')}</p>
      <Checkbox
        id="report-private"
        label={t('report.private')}
        hint={t('report.private.hint')}
        checked={choices.notes}
        onChange={(notes) => setChoices({ ...choices, notes })}
      />
      <Checkbox
        id="report-rating"
        label={t('report.includeRating')}
        hint={t('report.includeRating.hint')}
        checked={choices.rating}
        onChange={(rating) => setChoices({ ...choices, rating })}
      />
      <label htmlFor="report-text" className="label">
        {t('report.preview')}
      </label>
      <textarea id="report-text" className="textarea message" readOnly rows={16} value={text} />
      <CopyButton text={text} label={t('report.copy')} copied={t('report.copied')} failed={t('invite.copyFailed')} />
    </section>
  )
}
