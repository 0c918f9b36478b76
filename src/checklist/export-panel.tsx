import { useEffect, useState } from 'react'
import type { Checklist } from '../rules'
import type { PdfVariant } from '../pdf/pdf-content'
import { useActivePreparation, useT } from '../store/selectors'
import { useTask } from '../ui/use-task'
import { localDateTime } from '../i18n/dates'

const loadExport = () => import('../pdf/export')

/** Today as `YYYY-MM-DD` in the teacher's own time zone. */
const today = () => localDateTime(new Date()).slice(0, 10)

/** Download as PDF (own or shareable version) and print. */
export function ExportPanel({ checklist }: { checklist: Checklist }) {
  const t = useT()
  const preparation = useActivePreparation()
  const [variant, setVariant] = useState<PdfVariant>('own')
  const [status, run] = useTask<string>()
  usePrefetchExport()

  const download = () =>
    run(async () => {
      if (!preparation) throw new Error('No preparation to export')
      const { downloadPdf } = await loadExport()
      return downloadPdf({ checklist, ...preparation, variant, today: today() })
    })

  return (
    <section className="export no-print" aria-labelledby="export-title">
      <h2 id="export-title" className="heading-m">
        {t('export.title')}
      </h2>
      <fieldset className="form-group">
        <legend className="heading-s">{t('export.variant')}</legend>
        <div className="radios">
          <div className="radio">
            <input
              type="radio"
              id="variant-own"
              name="variant"
              checked={variant === 'own'}
              onChange={() => setVariant('own')}
            />
            <label htmlFor="variant-own">{t('export.withNotes')}</label>
          </div>
          <div className="radio">
            <input
              type="radio"
              id="variant-share"
              name="variant"
              checked={variant === 'share'}
              onChange={() => setVariant('share')}
              aria-describedby="variant-share-hint"
            />
            <label htmlFor="variant-share">
              {t('export.withoutNotes')}
              <span className="hint" id="variant-share-hint">
                {t('export.withoutNotes.hint')}
              </span>
            </label>
          </div>
        </div>
      </fieldset>
      <button type="button" className="button" onClick={() => void download()} disabled={status.kind === 'busy'}>
        {t('export.download')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('export.print')}
      </button>
      <p className={status.kind === 'failed' ? 'error-message' : 'status'} role="status">
        {status.kind === 'busy' ? t('export.busy') : null}
        {status.kind === 'done' ? t('export.done', { file: status.value }) : null}
        {status.kind === 'failed' ? t('export.failed') : null}
      </p>
    </section>
  )
}

/** Fetches the PDF code and fonts in the background once the checklist shows, so the first click is quick. */
function usePrefetchExport() {
  useEffect(() => {
    const start = () =>
      void loadExport()
        .then((module) => module.loadFonts())
        .catch(() => {})
    // Safari has no requestIdleCallback.
    const idle = (window as Partial<Window>).requestIdleCallback
    if (idle) {
      const handle = idle(start, { timeout: 2000 })
      return () => window.cancelIdleCallback(handle)
    }
    const handle = window.setTimeout(start, 200)
    return () => window.clearTimeout(handle)
  }, [])
}
