import { useEffect } from 'react'
import { CheckAnswers } from '../wizard/check-answers'
import { StepRoute } from '../wizard/step-route'
import { isStepId } from '../wizard/steps'
import { ChecklistPage } from '../checklist/checklist-page'
import { completeAnswers, REQUIRED_FIELDS } from '../rules'
import { useAnswers, useChecklist, useT } from '../store/selectors'
import { navigate, href, type Location } from '../ui/router'
import { CHECKLIST_PATH, FIRST_STEP_PATH, CHECK_PATH, stepPath, type StepId } from '../ui/paths'
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
  if (path === CHECKLIST_PATH) return <ChecklistRoute />
  const step = /^\/step\/([\w-]+)$/.exec(path)?.[1]
  if (step && isStepId(step)) return <StepRoute step={step} />
  return <NotFound />
}

/** The start: the checklist when the answers are complete, otherwise the first question. */
function Home() {
  const answers = useAnswers()
  return <Redirect to={completeAnswers(answers) ? CHECKLIST_PATH : FIRST_STEP_PATH} />
}

function ChecklistRoute() {
  const checklist = useChecklist()
  const answers = useAnswers()
  if (checklist) return <ChecklistPage checklist={checklist} />
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
