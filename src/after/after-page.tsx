import { withoutBidiControls, type Checklist } from '../rules'
import { useActions, useActivePart, useAnswers, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'
import { href } from '../ui/router'
import { HOME_PATH, viewPath } from '../ui/paths'
import { formatMeetingAt } from '../i18n/format'
import { PhaseSection } from '../parts/phase-section'
import { QuestionsPanel } from '../parts/questions-panel'
import { ExportPanel } from '../parts/export-panel'
import { EvaluationSection } from './evaluation-section'
import { FollowUpSection } from './follow-up-section'
import { FollowUpInvitation } from './follow-up-invitation'
import { ReportSection } from './report-section'

const TALK_AGAIN_LATER = 'after.talk-again-later'

/** The revisit view: evaluate, tick the after items, keep the open questions, plan the follow-up. */
export function AfterPage({ checklist }: { checklist: Checklist }) {
  const t = useT()
  const id = useRequiredId()
  // The parts it shows, so typing in one of its sections re-renders that section alone.
  const answers = useAnswers()
  const rating = useActivePart((p) => p.evaluation.rating)
  const finished = useActivePart((p) => p.finished)
  const { markFinished } = useActions()
  useDocumentTitle(t('app.documentTitle', { page: t('after.title') }))
  if (finished === undefined) return null
  const after = checklist.phases.find((phase) => phase.phase === 'after')
  const childName = withoutBidiControls(answers.childName ?? '')
  const about = childName ? t('after.about', { name: childName }) : t('after.aboutNoName')
  const highlight = rating === 'difficult' ? { itemId: TALK_AGAIN_LATER, text: t('after.highlight') } : null

  return (
    <>
      <a className="back-link no-print" href={href(HOME_PATH)}>
        {t('checklist.allPreparations')}
      </a>
      <PageHeading>{t('after.title')}</PageHeading>
      <p className="lead">
        {about}
        {answers.meetingAt ? `, ${formatMeetingAt(answers.meetingAt, checklist.locale)}` : ''}
      </p>
      {finished ? <p className="notice">{t('after.finished')}</p> : null}
      <EvaluationSection />
      {after ? (
        <PhaseSection
          phase={after}
          scriptLocale={checklist.scriptLocale}
          highlight={highlight}
          title={t('after.items')}
        />
      ) : null}
      <QuestionsPanel />
      <FollowUpSection defaultMinutes={answers.expectedMinutes ?? 30} />
      <FollowUpInvitation checklist={checklist} />
      <ReportSection checklist={checklist} />
      <ExportPanel checklist={checklist} />
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => markFinished(id, !finished)}>
          {t(finished ? 'after.reopen' : 'after.finish')}
        </button>
        <a className="button button--secondary" href={href(viewPath(id, 'checklist'))}>
          {t('after.toChecklist')}
        </a>
      </div>
    </>
  )
}
