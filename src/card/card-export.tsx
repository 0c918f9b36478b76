import type { Card, Checklist } from '../rules'
import type { Undrawable } from '../pdf/undrawable'
import { UndrawableNotice, usePrefetchExport } from '../checklist/export-panel'
import { useReadActivePreparation, useSettings, useT } from '../store/selectors'
import { useTask } from '../ui/use-task'
import { localDateTime } from '../i18n/dates'

const loadExport = () => import('../pdf/export')

type Outcome = { kind: 'saved'; file: string } | { kind: 'held'; problems: Undrawable[] }

/** The card as a one-page PDF, or printed from this screen; text the PDF cannot draw is named first. */
export function CardExport({ checklist, card }: { checklist: Checklist; card: Card }) {
  const t = useT()
  const readPreparation = useReadActivePreparation()
  const school = useSettings()
  const [status, run] = useTask<Outcome>({
    busy: t('export.busy'),
    done: (outcome) => (outcome.kind === 'saved' ? t('export.done', { file: outcome.file }) : null),
    failed: t('export.failed'),
  })
  usePrefetchExport()

  const download = (anyway: boolean) =>
    run(async (): Promise<Outcome> => {
      const preparation = readPreparation()
      if (!preparation) throw new Error('No preparation to export')
      const exporter = await loadExport()
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
      if (!anyway) {
        const problems = await exporter.checkCardPdf(input)
        if (problems.length > 0) return { kind: 'held', problems }
      }
      return { kind: 'saved', file: await exporter.downloadCardPdf(input) }
    })

  const held = status.kind === 'done' && status.value.kind === 'held' ? status.value.problems : null
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
      <p className={status.kind === 'failed' ? 'error-message' : 'status'}>
        {status.kind === 'busy' ? t('export.busy') : null}
        {status.kind === 'done' && status.value.kind === 'saved' ? t('export.done', { file: status.value.file }) : null}
        {status.kind === 'failed' ? t('export.failed') : null}
      </p>
    </section>
  )
}
