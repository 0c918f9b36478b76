import { afterEach, expect, test } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../src/app/app'
import { nl } from '../../src/i18n/nl'
import type { MessageKey } from '../../src/i18n'
import type { AnswerField } from '../../src/rules'
import { QUESTIONS } from '../../src/wizard/questions'
import { Questions } from '../../src/wizard/questions-context'
import type { Question } from '../../src/wizard/question-types'
import { actions } from '../helpers'
import { answers } from '../rules/sample'
import { testStore } from '../test-store'

// The messages a new question brings, as they would be written in nl.ts (and en.ts).
const MESSAGES = {
  'q.location.title': 'Op welke locatie van de school is het gesprek?',
  'error.location': 'Gebruik maximaal 40 tekens.',
  'check.location': 'Locatie',
  'check.location.hidden': 'de locatie',
}
afterEach(() => {
  for (const key of Object.keys(MESSAGES)) Reflect.deleteProperty(nl, key)
})

test('a question added as one entry of the table is asked in the wizard and shown on check-your-answers', async () => {
  Object.assign(nl, MESSAGES)
  const location: Question = {
    step: 'location',
    title: 'q.location.title' as MessageKey,
    optional: true,
    fields: [
      {
        kind: 'text',
        name: 'location' as AnswerField,
        max: 40,
        error: 'error.location' as MessageKey,
        width: 'long',
        check: { label: 'check.location' as MessageKey, hidden: 'check.location.hidden' as MessageKey },
      },
    ],
  }
  const id = actions().create(answers({ meetingAt: '2026-12-12T15:30' }))
  window.history.replaceState(null, '', `#/p/${id}/step/${QUESTIONS.at(-1)!.step}`)
  const user = userEvent.setup()
  render(
    <Questions.Provider value={[...QUESTIONS, location]}>
      <App store={testStore()} />
    </Questions.Provider>,
  )
  expect(await screen.findByText(`Stap ${QUESTIONS.length} van ${QUESTIONS.length + 1}`)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Doorgaan' }))
  const field = await screen.findByRole('textbox', {
    name: 'Op welke locatie van de school is het gesprek? (niet verplicht)',
  })
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Op welke locatie van de school is het gesprek?')
  expect(screen.getByText(`Stap ${QUESTIONS.length + 1} van ${QUESTIONS.length + 1}`)).toBeInTheDocument()
  await user.type(field, 'Gebouw De Linde, lokaal 4, achter de gymzaal en de fietsenstalling')
  await user.click(screen.getByRole('button', { name: 'Doorgaan' }))
  expect(await screen.findByRole('link', { name: 'Gebruik maximaal 40 tekens.' })).toBeInTheDocument()
  await user.clear(field)
  await user.type(field, 'De Linde, lokaal 4')
  await user.click(screen.getByRole('button', { name: 'Doorgaan' }))
  await screen.findByRole('heading', { level: 1, name: 'Controleer je antwoorden' })
  const row = screen.getByText('Locatie').closest('div')!
  expect(within(row).getByText('De Linde, lokaal 4')).toBeInTheDocument()
  expect(within(row).getByRole('link', { name: 'Wijzig de locatie' })).toHaveAttribute(
    'href',
    `#/p/${id}/step/location?return=check`,
  )
})
