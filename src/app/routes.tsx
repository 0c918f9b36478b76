import { useEffect, type ReactNode } from 'react'
import { ActiveId, useActions, useLastUsedId, usePreparation, usePreparationList, useRemoved } from '../store/selectors'
import type { Location } from '../ui/router'
import { matchRoute, NEW_PATH, stepPath, viewPath, type Route } from '../ui/paths'
import { lazyScreen } from './lazy-screens'
import { Redirect } from './redirect'

const StepRoute = lazyScreen('wizard', 'StepRoute')
const CheckAnswers = lazyScreen('screens', 'CheckAnswers')
const HomePage = lazyScreen('screens', 'HomePage')
const RecoveryPage = lazyScreen('screens', 'RecoveryPage')
const BackupPage = lazyScreen('screens', 'BackupPage')
const SettingsPage = lazyScreen('screens', 'SettingsPage')
const SchoolGuidancePage = lazyScreen('school', 'SchoolGuidancePage')
const ChecklistScreen = lazyScreen('screens', 'ChecklistScreen')
const NotFound = lazyScreen('screens', 'NotFound')
const MissingPreparation = lazyScreen('screens', 'MissingPreparation')

/** Picks the screen for the current URL. */
export function Routes({ location }: { location: Location }) {
  const route = matchRoute(location.path)
  switch (route.kind) {
    case 'home':
      return <Home />
    case 'new':
      return <StepRoute notFound={<NotFound />} />
    case 'recovery':
      return <RecoveryPage />
    case 'backup':
      return <BackupPage />
    case 'settings':
      return <SettingsPage />
    case 'school':
      return <SchoolGuidancePage />
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
          {route.view === 'check' ? <CheckAnswers /> : <ChecklistScreen view={route.view} />}
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
