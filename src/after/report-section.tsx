import { useDeferredValue } from 'react'
import type { Checklist } from '../rules'
import { reportText } from '../documents/report'
import { useActivePreparation, useSettings } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { CopyButton } from '../ui/copy-button'

/**
 * "Kopieer als gespreksverslag": plain text for the pupil file, which parents may read. Facts
 * only: the hint says why the teacher's own notes and the experiences are not in it.
 */
export function ReportSection({ checklist }: { checklist: Checklist }) {
  const t = useT()
  // The preview follows the typing a moment later, so a keystroke never waits for the report.
  const preparation = useDeferredValue(useActivePreparation())
  const settings = useSettings()
  if (!preparation) return null
  const text = reportText(preparation, checklist, settings)
  return (
    <section className="report" aria-labelledby="report-title">
      <h2 id="report-title" className="heading-m">
        {t('report.title')}
      </h2>
      <p className="hint" id="report-hint">
        {t('report.hint')}
      </p>
      <label htmlFor="report-text" className="label">
        {t('report.preview')}
      </label>
      <textarea
        id="report-text"
        className="textarea message"
        readOnly
        rows={Math.min(24, text.split('\n').length + 2)}
        value={text}
        aria-describedby="report-hint"
      />
      <CopyButton text={text} label={t('report.copy')} copied={t('report.copied')} failed={t('invite.copyFailed')} />
    </section>
  )
}
