import type { ReactNode } from 'react'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App, InChosenLanguage } from '../src/app/app'
import { StoreContext } from '../src/store/selectors'
import type { Answers } from '../src/rules'
import { answers } from './rules/sample'
import { testStore } from './test-store'

/** Renders the whole app at a route, as a teacher opening that address. */
export function renderApp(path = '/') {
  window.history.replaceState(null, '', `#${path}`)
  const user = userEvent.setup()
  return { user, ...render(<App store={testStore()} />) }
}

/** Part of the app, on the test's store and in the language its settings choose, as inside the whole app. */
export function inApp(part: ReactNode) {
  return (
    <StoreContext value={testStore()}>
      <InChosenLanguage>{part}</InChosenLanguage>
    </StoreContext>
  )
}

/** A preparation with complete answers, as if the wizard had been walked; returns its id. */
export function givenAnswers(overrides: Partial<Answers> = {}): string {
  return testStore().getState().actions.create(answers(overrides))
}

/** The actions of the store, as the screens call them. */
export const actions = () => testStore().getState().actions

export const continueButton = () => screen.getByRole('button', { name: 'Doorgaan' })

/** What the app's live regions say now: the polite status and the assertive alert. */
export const said = () => ({
  polite: screen.getByRole('status').textContent,
  assertive: screen.getByRole('alert').textContent,
})
