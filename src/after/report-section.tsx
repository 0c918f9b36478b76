import { useState } from 'react'
import type { Checklist } from '../rules'
import { reportText } from '../documents/report'
import { useActivePreparation, useT } from '../store/selectors'
import { CopyButton } from '../ui/copy-button'
import { Checkbox } from '../ui/fields'

/** "Kopieer als gespreksverslag": plain text for the pupil administration; own notes by choice. */
export function ReportSection({ checklist }: { checklist: Checklist }) {
  const t = useT()
  const preparation = useActivePreparation()
  const [includePrivate, setIncludePrivate] = useState(false)
  if (!preparation) return null
  const text = reportText(preparation, checklist, includePrivate)
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
        checked={includePrivate}
        onChange={setIncludePrivate}
      />
      <label htmlFor="report-text" className="label">
        {t('report.preview')}
      </label>
      <textarea id="report-text" className="textarea message" readOnly rows={12} value={text} />
      <CopyButton text={text} label={t('report.copy')} copied={t('report.copied')} failed={t('invite.copyFailed')} />
    </section>
  )
}
