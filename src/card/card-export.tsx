import type { Card, Checklist } from '../rules'
import { DownloadStatus, UndrawableNotice, useCheckedDownload } from '../checklist/export-panel'
import { useReadActivePreparation, useSettings } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { localDateTime } from '../i18n/dates'

/** The card as a one-page PDF, or printed from this screen; text the PDF cannot draw is named first. */
export function CardExport({ checklist, card }: { checklist: Checklist; card: Card }) {
  const t = useT()
  const readPreparation = useReadActivePreparation()
  const school = useSettings()
  const { status, held, download } = useCheckedDownload((exporter) => {
    const preparation = readPreparation()
    if (!preparation) throw new Error('No preparation to export')
    const { answers, notes, questions } = preparation
    const today = localDateTime(new Date()).slice(0, 10)
    const input = {
      checklist,
      card,
      answers,
      notes,
      questions,
      cardNotes: preparation.card.notes ?? '',
      school,
      today,
    }
    return { check: () => exporter.checkCardPdf(input), save: () => exporter.downloadCardPdf(input) }
  })
  return (
    <section className="export no-print" aria-labelledby="card-export-title">
      <h2 id="card-export-title" className="heading-m">
        {t('export.title')}
      </h2>
      <button type="button" className="button" onClick={() => void download(false)} disabled={status.kind === 'busy'}>
        {t('card.download')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('export.print')}
      </button>
      {held ? <UndrawableNotice problems={held} onDownload={() => void download(true)} /> : null}
      <DownloadStatus status={status} />
    </section>
  )
}
