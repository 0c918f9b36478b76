import type { Card, Checklist } from '../rules'
import { ExportSection } from '../parts/export-panel'
import { useSettings } from '../store/selectors'
import { useT } from '../i18n/use-t'

/** The card as a one-page PDF, or printed from this screen; text the PDF cannot draw is named first. */
export function CardExport({ checklist, card }: { checklist: Checklist; card: Card }) {
  const t = useT()
  const school = useSettings()
  return (
    <ExportSection
      titleId="card-export-title"
      download={t('card.download')}
      prepare={(exporter, preparation, today) => {
        const { answers, notes, questions } = preparation
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
        return { make: (anyway) => exporter.makeCardPdf(input, anyway), warm: () => exporter.warmCardPdf(input) }
      }}
    />
  )
}
