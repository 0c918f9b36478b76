import { useEffect, type ComponentType } from 'react'
import { CheckAnswers } from '../wizard/check-answers'
import { StepRoute } from '../wizard/step-route'
import { isStepId } from '../wizard/steps'
import { ChecklistPage } from '../checklist/checklist-page'
import { AfterPage } from '../after/after-page'
import { HomePage } from '../home/home-page'
import { REQUIRED_FIELDS, type Checklist } from '../rules'
import { useAnswers, useChecklist, usePreparationList, useT } from '../store/selectors'
import { navigate, href, type Location } from '../ui/router'
import { AFTER_PATH, CHECKLIST_PATH, FIRST_STEP_PATH, CHECK_PATH, stepPath, type StepId } from '../ui/paths'
import { PageHeading } from '../ui/page-heading'
import { useDocumentTitle } from '../ui/use-document-title'

const STEP_OF_FIELD: Record<(typeof REQUIRED_FIELDS)[number], StepId> = {
  buddy: 'buddy',
  sensitiveNews: 'sensitive-news',
  expectedMinutes: 'minutes',
  parentsAttending: 'attendees',
  otherAttendees: 'attendees',
  address: 'address',
}

/** Picks the screen for the current URL. */
export function Routes({ location }: { location: Location }) {
  const { path } = location
  if (path === '/') return <Home />
  if (path === CHECK_PATH) return <CheckAnswers />
  if (path === CHECKLIST_PATH) return <NeedsChecklist screen={ChecklistPage} />
  if (path === AFTER_PATH) return <NeedsChecklist screen={AfterPage} />
  const step = /^\/step\/([\w-]+)$/.exec(path)?.[1]
  if (step && isStepId(step)) return <StepRoute step={step} />
  return <NotFound />
}

/** The start: the list of preparations, or the first question when there are none yet. */
function Home() {
  const preparations = usePreparationList()
  return preparations.length > 0 ? <HomePage /> : <Redirect to={FIRST_STEP_PATH} />
}

/** A screen that needs complete answers; otherwise the first question still open. */
function NeedsChecklist({ screen: Screen }: { screen: ComponentType<{ checklist: Checklist }> }) {
  const checklist = useChecklist()
  const answers = useAnswers()
  if (checklist) return <Screen checklist={checklist} />
  const missing = REQUIRED_FIELDS.find((field) => answers[field] === undefined)
  return <Redirect to={missing ? stepPath(STEP_OF_FIELD[missing]) : CHECK_PATH} />
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to])
  return null
}

function NotFound() {
  const t = useT()
  useDocumentTitle(t('app.documentTitle', { page: t('app.notFound') }))
  return (
    <>
      <PageHeading>{t('app.notFound')}</PageHeading>
      <p>
        <a href={href('/')}>{t('app.toStart')}</a>
      </p>
    </>
  )
}
