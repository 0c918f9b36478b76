import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../src/app/app'
import { useStore } from '../src/store/store'
import type { Answers } from '../src/rules'
import { answers } from './rules/sample'

/** Renders the whole app at a route, as a teacher opening that address. */
export function renderApp(path = '/') {
  window.history.replaceState(null, '', `#${path}`)
  const user = userEvent.setup()
  return { user, ...render(<App />) }
}

/** A preparation with complete answers, as if the wizard had been walked; returns its id. */
export function givenAnswers(overrides: Partial<Answers> = {}): string {
  return useStore.getState().actions.create(answers(overrides))
}

/** The actions of the store, as the screens call them. */
export const actions = () => useStore.getState().actions

export const continueButton = () => screen.getByRole('button', { name: 'Doorgaan' })

/** What the app's live regions say now: the polite status and the assertive alert. */
export const said = () => ({
  polite: screen.getByRole('status').textContent,
  assertive: screen.getByRole('alert').textContent,
})
