import { Fragment } from 'react'
import { withoutBidiControls, type Checklist } from '../rules'
import { href, navigate } from '../ui/router'
import { HOME_PATH, NEW_PATH, viewPath } from '../ui/paths'
import { useActions, useAnswers, useDutchScripts, useLocale, useRequiredId } from '../store/selectors'
import { useT } from '../i18n/use-t'
import { useActiveStatus } from '../parts/derived'
import { Checkbox } from '../ui/fields'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'
import { PhaseSection } from '../parts/phase-section'
import { PlanSummary } from './plan-summary'
import { PreviousConversation } from './previous-conversation'
import { ExportPanel } from '../parts/export-panel'
import { InvitationPanel } from './invitation-panel'
import { QuestionsPanel } from '../parts/questions-panel'

/** The tailored checklist: the plan, then before, during and after. */
export function ChecklistPage({ checklist }: { checklist: Checklist }) {
  const t = useT()
  const id = useRequiredId()
  const answers = useAnswers()
  const { markHeld, setDutchScripts } = useActions()
  const locale = useLocale()
  const dutchScripts = useDutchScripts()
  useDocumentTitle(t('app.documentTitle', { page: t('checklist.title') }))
  const status = useActiveStatus()
  const childName = withoutBidiControls(answers.childName ?? '')
  return (
    <>
      <a className="back-link no-print" href={href(HOME_PATH)}>
        {t('checklist.allPreparations')}
      </a>
      <PageHeading>{t('checklist.title')}</PageHeading>
      {childName ? <p className="lead">{t('checklist.for', { name: childName })}</p> : null}
      {status === 'held' || status === 'finished' ? (
        <div className="notice no-print">
          <p>{t('checklist.pastDate')}</p>
          <a href={href(viewPath(id, 'after'))}>{t('checklist.toAfter')}</a>
        </div>
      ) : null}
      <div className="to-card no-print">
        <a className="button" href={href(viewPath(id, 'card'))} aria-describedby="to-card-hint">
          {t('checklist.toCard')}
        </a>
        <p className="hint" id="to-card-hint">
          {t('checklist.toCard.hint')}
        </p>
      </div>
      <p className="hint">{t('checklist.saved')}</p>
      <PlanSummary checklist={checklist} answers={answers} />
      <PreviousConversation />
      <InvitationPanel checklist={checklist} />
      {locale !== 'nl' ? (
        <div className="no-print">
          <Checkbox
            id="dutch-scripts"
            label={t('checklist.dutchScripts')}
            hint={t('checklist.dutchScripts.hint')}
            checked={dutchScripts}
            onChange={setDutchScripts}
          />
        </div>
      ) : null}
      {checklist.phases.map((phase) => (
        <Fragment key={phase.phase}>
          <PhaseSection phase={phase} scriptLocale={checklist.scriptLocale} />
          {phase.phase === 'during' ? <QuestionsPanel /> : null}
        </Fragment>
      ))}
      {status === 'preparing' || status === 'today' ? (
        <div className="actions no-print">
          <button
            type="button"
            className="button"
            onClick={() => {
              markHeld(id, true)
              navigate(viewPath(id, 'after'))
            }}
          >
            {t('checklist.held')}
          </button>
        </div>
      ) : null}
      <ExportPanel checklist={checklist} />
      <div className="actions no-print">
        <a className="button button--secondary" href={href(viewPath(id, 'check'))}>
          {t('checklist.changeAnswers')}
        </a>
        <a className="button button--secondary" href={href(NEW_PATH)}>
          {t('checklist.newPreparation')}
        </a>
      </div>
    </>
  )
}
