import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Checklist } from '../rules'
import type { Preparation } from '../model'
import type { PdfInput } from '../pdf/pdf-content'
import type { Undrawable } from '../pdf/undrawable'
import { useActivePart, useReadActivePreparation, useSettings } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { useTask } from '../ui/use-task'
import { downloadBlob } from '../ui/download'
import { ExportChoices, type ExportChoice } from './export-choices'
import { localDateTime } from '../i18n/dates'

const loadExport = () => import('../pdf/export')

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
  const settings = useSettings()
  const [choice, setChoice] = useState<ExportChoice>({ variant: 'own', include: { notes: false, rating: false } })
  return (
    <ExportSection
      titleId="export-title"
      download={t('export.download')}
      prepare={(exporter, preparation, today) => {
        const input: PdfInput = { checklist, ...preparation, ...choice, school: settings, today }
        return { make: (anyway) => exporter.makePdf(input, anyway), warm: () => exporter.warmPdf(input) }
      }}
    >
      <ExportChoices
        choice={choice}
        onChange={setChoice}
        rating={rating}
        withBuddy={buddy !== undefined && buddy !== 'none'}
        parentsAttending={parentsAttending}
      />
    </ExportSection>
  )
}

type Exporter = Awaited<ReturnType<typeof loadExport>>

/**
 * The PDF a download makes with the PDF module, from the preparation as it is at the click (or when
 * the browser is idle, to warm up) and today's date (`YYYY-MM-DD`, the teacher's own time zone).
 */
type Prepare = (exporter: Exporter, preparation: Preparation, today: string) => PreparedExport

/** The PDF of what the screen shows, made when asked, and warmed up before that. */
interface PreparedExport {
  make: (anyway: boolean) => ReturnType<Exporter['makePdf']>
  warm: () => Promise<void>
}

/**
 * "Downloaden en printen": the download button (with what the download is made of), the browser's
 * print, then what stops or ends the download. `children` stand between the heading and the buttons.
 */
export function ExportSection({
  titleId,
  download: label,
  prepare,
  children,
}: {
  titleId: string
  /** The download button's text. */
  download: string
  prepare: Prepare
  children?: ReactNode
}) {
  const t = useT()
  const { status, held, download } = useCheckedDownload(prepare)
  return (
    <section className="export no-print" aria-labelledby={titleId}>
      <h2 id={titleId} className="heading-m">
        {t('export.title')}
      </h2>
      {children}
      <button type="button" className="button" onClick={() => void download(false)} disabled={status.kind === 'busy'}>
        {label}
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
 * `download(true)` goes ahead anyway once the teacher was told. Each outcome is said once. The
 * PDF is made off the page; the file is saved here.
 */
function useCheckedDownload(prepare: Prepare) {
  const t = useT()
  const [status, run] = useTask<Outcome>({
    busy: t('export.busy'),
    done: (outcome) => (outcome.kind === 'saved' ? t('export.done', { file: outcome.file }) : null),
    failed: t('export.failed'),
  })
  const readPreparation = useReadActivePreparation()
  const prepared = (exporter: Exporter) => {
    const preparation = readPreparation()
    if (!preparation) throw new Error('No preparation to export')
    return prepare(exporter, preparation, localDateTime(new Date()).slice(0, 10))
  }
  usePrefetchExport(prepared)
  const download = (anyway: boolean) =>
    run(async (): Promise<Outcome> => {
      const outcome = await prepared(await loadExport()).make(anyway)
      if (outcome.kind === 'held') return outcome
      downloadBlob(outcome.blob, outcome.name)
      return { kind: 'saved', file: outcome.name }
    })
  const held = status.kind === 'done' && status.value.kind === 'held' ? status.value.problems : null
  return { status, held, download }
}

/** Busy, saved (with the file's name) or failed, where the teacher sees it. */
function DownloadStatus({ status }: { status: ReturnType<typeof useCheckedDownload>['status'] }) {
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
function UndrawableNotice({ problems, onDownload }: { problems: Undrawable[]; onDownload: () => void }) {
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

/**
 * Once the export shows and the browser is idle, starts the PDF worker and has it fetch the fonts
 * of this PDF and make it once, unsaved: the teacher's first click is then as quick as the next.
 */
function usePrefetchExport(prepare: (exporter: Exporter) => PreparedExport) {
  // The preparation as it is when the browser is idle: read then, not on every render.
  const prepared = useRef(prepare)
  useEffect(() => {
    prepared.current = prepare
  })
  useEffect(() => {
    const start = () =>
      void loadExport()
        .then((exporter) => prepared.current(exporter).warm())
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
