import { describe, expect, test, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { renderApp } from '../helpers'
import { reloadFromStorage } from '../../src/store/store'
import { SET_ASIDE_PREFIX, STORAGE_KEY } from '../../src/store/persistence'

describe('the app frame', () => {
  test('tells the teacher when saved data could not be read, and that it was kept aside', async () => {
    window.localStorage.setItem(STORAGE_KEY, '{"state": {"preparations": 12}, "version": 2}')
    reloadFromStorage()
    const { user } = renderApp('/')
    expect(
      await screen.findByText(/We konden een opgeslagen voorbereiding niet lezen\. We hebben die apart bewaard/),
    ).toBeInTheDocument()
    expect(Object.keys(window.localStorage).some((key) => key.startsWith(SET_ASIDE_PREFIX))).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Sluiten' }))
    expect(screen.queryByText(/We konden een opgeslagen voorbereiding niet lezen/)).not.toBeInTheDocument()
  })

  test('shows a plain message for an address that does not exist', async () => {
    renderApp('/nergens')
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet.' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Naar het begin' })).toHaveAttribute('href', '#/')
  })

  test('starts at the first question on a device without preparations', async () => {
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Komt er een ouderbuddy mee naar het gesprek?' }))
    expect(window.location.hash).toBe('#/step/buddy')
  })
})

test('tells the teacher when a change could not be saved, and stops once saving works again', async () => {
  const { givenAnswers } = await import('../helpers')
  givenAnswers()
  const { user } = renderApp('/checklist')
  const tick = await screen.findByRole('checkbox', { name: 'Begin met een praatje' })
  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  await user.click(tick)
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Je laatste wijziging kon niet worden bewaard op dit apparaat.',
  )
  expect(tick).toBeChecked()
  setItem.mockRestore()
  await user.click(tick)
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
})
