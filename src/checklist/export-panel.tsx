import { useEffect, useState } from 'react'
import type { Checklist } from '../rules'
import type { PdfInput } from '../pdf/pdf-content'
import type { Undrawable } from '../pdf/undrawable'
import { useActivePart, useReadActivePreparation, useSettings } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { useTask } from '../ui/use-task'
import { ExportChoices, type ExportChoice } from './export-choices'
import { localDateTime } from '../i18n/dates'

const loadExport = () => import('../pdf/export')

/** Today as `YYYY-MM-DD` in the teacher's own time zone. */
const today = () => localDateTime(new Date()).slice(0, 10)

/** A file was saved, or the download waits because some text cannot be drawn. */
type Outcome = { kind: 'saved'; file: string } | { kind: 'held'; problems: Undrawable[] }

/** Download as PDF (for the teacher, a colleague or the parent) and print. */
export function ExportPanel({ checklist }: { checklist: Checklist }) {
  const t = useT()
  // What the choices show; the rest is read when the teacher downloads, so typing a note
  // elsewhere on the page does not re-render this panel.
  const rating = useActivePart((p) => p.evaluation.rating)
  const parentsAttending = useActivePart((p) => p.answers.parentsAttending)
  const buddy = useActivePart((p) => p.answers.buddy)
  const readPreparation = useReadActivePreparation()
  const settings = useSettings()
  const [choice, setChoice] = useState<ExportChoice>({ variant: 'own', include: { notes: false, rating: false } })
  const { status, held, download } = useCheckedDownload((exporter) => {
    const preparation = readPreparation()
    if (!preparation) throw new Error('No preparation to export')
    const input: PdfInput = { checklist, ...preparation, ...choice, school: settings, today: today() }
    return { check: () => exporter.checkPdf(input), save: () => exporter.downloadPdf(input) }
  })
  return (
    <section className="export no-print" aria-labelledby="export-title">
      <h2 id="export-title" className="heading-m">
        {t('export.title')}
      </h2>
      <ExportChoices
        choice={choice}
        onChange={setChoice}
        rating={rating}
        withBuddy={buddy !== undefined && buddy !== 'none'}
        parentsAttending={parentsAttending}
      />
      <button type="button" className="button" onClick={() => void download(false)} disabled={status.kind === 'busy'}>
        {t('export.download')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('export.print')}
      </button>
      {held ? <UndrawableNotice problems={held} onDownload={() => void download(true)} /> : null}
      <DownloadStatus status={status} />
    </section>
  )
}

/**
 * A PDF download that first checks every character can be drawn: `held` names what cannot, and
 * `download(true)` goes ahead anyway once the teacher was told. Each outcome is said once.
 */
export function useCheckedDownload(
  prepare: (exporter: Awaited<ReturnType<typeof loadExport>>) => {
    check: () => Promise<Undrawable[]>
    save: () => Promise<string>
  },
) {
  const t = useT()
  const [status, run] = useTask<Outcome>({
    busy: t('export.busy'),
    done: (outcome) => (outcome.kind === 'saved' ? t('export.done', { file: outcome.file }) : null),
    failed: t('export.failed'),
  })
  usePrefetchExport()
  const download = (anyway: boolean) =>
    run(async (): Promise<Outcome> => {
      const { check, save } = prepare(await loadExport())
      if (!anyway) {
        const problems = await check()
        if (problems.length > 0) return { kind: 'held', problems }
      }
      return { kind: 'saved', file: await save() }
    })
  const held = status.kind === 'done' && status.value.kind === 'held' ? status.value.problems : null
  return { status, held, download }
}

/** Busy, saved (with the file's name) or failed, where the teacher sees it. */
export function DownloadStatus({ status }: { status: ReturnType<typeof useCheckedDownload>['status'] }) {
  const t = useT()
  return (
    <p className={status.kind === 'failed' ? 'error-message' : 'status'}>
      {status.kind === 'busy' ? t('export.busy') : null}
      {status.kind === 'done' && status.value.kind === 'saved' ? t('export.done', { file: status.value.file }) : null}
      {status.kind === 'failed' ? t('export.failed') : null}
    </p>
  )
}

/** Stable, so React calls it once when the element appears, not on every render. */
const focusOnMount = (element: HTMLElement | null) => element?.focus()

/**
 * Says which text the PDF would leave out, before anything is downloaded, and offers the
 * browser's print route (which draws every script and emoji) or the download all the same.
 * Its heading takes focus, so keyboard and screen-reader users land on the message.
 */
export function UndrawableNotice({ problems, onDownload }: { problems: Undrawable[]; onDownload: () => void }) {
  const t = useT()
  const groups = [
    { reason: 'no-font', intro: t('export.undrawable.noFont') },
    { reason: 'not-loaded', intro: t('export.undrawable.notLoaded') },
  ] as const
  return (
    <div className="notice">
      <h3 className="heading-s" tabIndex={-1} ref={focusOnMount}>
        {t('export.undrawable.title')}
      </h3>
      {groups.map(({ reason, intro }) => {
        const found = problems.filter((problem) => problem.reason === reason)
        if (found.length === 0) return null
        return (
          <div key={reason}>
            <p>{intro}</p>
            <ul>
              {found.map((problem) => (
                <li key={problem.characters + problem.context}>
                  {t('export.undrawable.item', { characters: problem.characters, context: problem.context })}
                </li>
              ))}
            </ul>
          </div>
        )
      })}
      <p>{t('export.undrawable.advice')}</p>
      <button type="button" className="button" onClick={() => window.print()}>
        {t('export.undrawable.print')}
      </button>
      <button type="button" className="button button--secondary" onClick={onDownload}>
        {t('export.undrawable.anyway')}
      </button>
    </div>
  )
}

/** Fetches the PDF code and its Latin font in the background once the checklist shows, so the first click is quick. */
export function usePrefetchExport() {
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
