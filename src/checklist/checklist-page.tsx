import type { Checklist } from '../rules'
import { href, navigate } from '../ui/router'
import { CHECK_PATH, FIRST_STEP_PATH } from '../ui/paths'
import { useActions, useAnswers, useT } from '../store/selectors'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'
import { PhaseSection } from './phase-section'
import { PlanSummary } from './plan-summary'
import { ExportPanel } from './export-panel'

/** The tailored checklist: the plan, then before, during and after. */
export function ChecklistPage({ checklist }: { checklist: Checklist }) {
  const t = useT()
  const answers = useAnswers()
  const { startNew } = useActions()
  useDocumentTitle(t('app.documentTitle', { page: t('checklist.title') }))
  return (
    <>
      <PageHeading>{t('checklist.title')}</PageHeading>
      {answers.childName ? <p className="lead">{t('checklist.for', { name: answers.childName })}</p> : null}
      <p className="hint">{t('checklist.saved')}</p>
      <PlanSummary checklist={checklist} answers={answers} />
      {checklist.phases.map((phase) => (
        <PhaseSection key={phase.phase} phase={phase} />
      ))}
      <ExportPanel checklist={checklist} />
      <div className="actions no-print">
        <a className="button button--secondary" href={href(CHECK_PATH)}>
          {t('checklist.changeAnswers')}
        </a>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            startNew()
            navigate(FIRST_STEP_PATH)
          }}
        >
          {t('checklist.newPreparation')}
        </button>
      </div>
    </>
  )
}
