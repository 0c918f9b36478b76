import { expect, test } from 'vitest'
import { screen } from '@testing-library/react'
import { continueButton, renderApp } from '../helpers'
import { stepTitle } from '../wizard-steps'

// Alone in its file: whether the teacher has moved yet is kept for the page's life, as in a browser.

test('after the first Continue the next page starts as a page load: its title is read, and the first Tab is the skip link', async () => {
  const { user } = renderApp('/new')
  await user.click(await screen.findByRole('radio', { name: 'Ja, de buddy komt mee' }))
  await user.click(continueButton())
  await screen.findByRole('heading', { level: 1, name: /Ga je iets vertellen/ })
  expect(document.activeElement?.textContent).toBe(stepTitle('sensitive-news'))
  expect(screen.getByRole('banner')).toContainElement(document.activeElement as HTMLElement)
  await user.tab()
  expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveFocus()
})
