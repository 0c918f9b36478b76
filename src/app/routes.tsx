import { useEffect, type ComponentType, type ReactNode } from 'react'
import { CheckAnswers } from '../wizard/check-answers'
import { StepRoute } from '../wizard/question-page'
import { stepOf, useQuestions } from '../wizard/questions-context'
import { ChecklistPage } from '../checklist/checklist-page'
import { AfterPage } from '../after/after-page'
import { CardPage } from '../card/card-page'
import { HomePage } from '../home/home-page'
import { RecoveryPage } from '../home/recovery-page'
import { BackupPage } from '../home/backup-section'
import { SettingsPage } from '../settings/settings-page'
import { REQUIRED_FIELDS, type Checklist } from '../rules'
import {
  ActiveId,
  useActions,
  useAnswers,
  useChecklist,
  useLastUsedId,
  usePreparation,
  usePreparationList,
  useRemoved,
  useRequiredId,
} from '../store/selectors'
import { navigate, type Location } from '../ui/router'
import { matchRoute, NEW_PATH, stepPath, viewPath, type Route } from '../ui/paths'
import { MissingPreparation, NotFound } from './missing'

/** Picks the screen for the current URL. */
export function Routes({ location }: { location: Location }) {
  const route = matchRoute(location.path)
  const questions = useQuestions()
  switch (route.kind) {
    case 'home':
      return <Home />
    case 'new':
      return <StepRoute step={questions[0]!.step} notFound={<NotFound />} />
    case 'recovery':
      return <RecoveryPage />
    case 'backup':
      return <BackupPage />
    case 'settings':
      return <SettingsPage />
    case 'old':
      return <OldAddress route={route} />
    case 'step':
      return (
        <WithPreparation id={route.id}>
          <StepRoute step={route.step} notFound={<NotFound />} />
        </WithPreparation>
      )
    case 'view':
      return (
        <WithPreparation id={route.id}>
          {route.view === 'check' ? <CheckAnswers /> : null}
          {route.view === 'checklist' ? <NeedsChecklist screen={ChecklistPage} /> : null}
          {route.view === 'card' ? <NeedsChecklist screen={CardPage} /> : null}
          {route.view === 'after' ? <NeedsChecklist screen={AfterPage} /> : null}
        </WithPreparation>
      )
    default:
      return <NotFound />
  }
}

/** The start: the list of preparations, or the first question when there are none yet. */
function Home() {
  const preparations = usePreparationList()
  const removed = useRemoved()
  return preparations.length > 0 || removed.length > 0 ? <HomePage /> : <Redirect to={NEW_PATH} />
}

/** The screens of one preparation: given its id, or told plainly that it is not here (any more). */
function WithPreparation({ id, children }: { id: string; children: ReactNode }) {
  const preparation = usePreparation(id)
  const { touch } = useActions()
  const exists = preparation !== undefined
  useEffect(() => {
    if (exists) touch(id)
  }, [exists, id, touch])
  if (!exists) return <MissingPreparation id={id} />
  return <ActiveId.Provider value={id}>{children}</ActiveId.Provider>
}

/** An address from an earlier version, without an id: the preparation used last. */
function OldAddress({ route }: { route: Extract<Route, { kind: 'old' }> }) {
  const id = useLastUsedId()
  if (!id) return <Redirect to={NEW_PATH} />
  return <Redirect to={route.step ? stepPath(id, route.step) : viewPath(id, route.view ?? 'checklist')} />
}

/** A screen that needs complete answers; otherwise the first question still open. */
function NeedsChecklist({ screen: Screen }: { screen: ComponentType<{ checklist: Checklist }> }) {
  const id = useRequiredId()
  const checklist = useChecklist()
  const answers = useAnswers()
  const questions = useQuestions()
  if (checklist) return <Screen checklist={checklist} />
  const missing = REQUIRED_FIELDS.find((field) => answers[field] === undefined)
  const step = missing && stepOf(questions, missing)
  return <Redirect to={step ? stepPath(id, step) : viewPath(id, 'check')} />
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to])
  return null
}
