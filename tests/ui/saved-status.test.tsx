import { expect, test, vi } from 'vitest'
import { act, screen } from '@testing-library/react'
import { renderApp, said } from '../helpers'
import { STORAGE_KEY } from '../../src/store/persistence'
import { testStore } from '../test-store'

const SAVE_FAILED = /^Je laatste wijziging kon niet worden bewaard op dit apparaat\./

/** Everything the polite region was given, in order, as a screen reader would be handed it. */
function listenPolitely(): string[] {
  const heard: string[] = []
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => heard.push(node.textContent ?? ''))
  }).observe(screen.getByRole('status'), { childList: true, subtree: true })
  return heard
}

/** Longer than the pause after which a change is called saved. */
const pause = () => act(() => new Promise((resolve) => setTimeout(resolve, 800)))

async function openSettings() {
  const rendered = renderApp('/settings')
  const name = await screen.findByRole('textbox', { name: 'Jouw naam (niet verplicht)' })
  return { ...rendered, name }
}

test('while the device is full, a change is not called saved, on screen or aloud; once it fits, it is again', async () => {
  const { user, name } = await openSettings()
  const polite = listenPolitely()
  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  await user.type(name, 'juf Sanne')
  expect(await screen.findByText(SAVE_FAILED)).toBeInTheDocument()
  expect(said().assertive).toMatch(SAVE_FAILED)
  await pause()
  expect(screen.queryByText('Bewaard')).not.toBeInTheDocument()
  expect(polite).toEqual([])

  setItem.mockRestore()
  await user.type(name, '!')
  expect(await screen.findByText('Bewaard')).toBeInTheDocument()
  expect(screen.queryByText(SAVE_FAILED)).not.toBeInTheDocument()
  expect(polite).toEqual(['Bewaard'])
})

test('a change saved before is not called saved any more once the next write fails', async () => {
  const { user, name } = await openSettings()
  await user.type(name, 'juf Sanne')
  expect(await screen.findByText('Bewaard')).toBeInTheDocument()
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  await user.type(screen.getByRole('textbox', { name: 'Naam van de school (niet verplicht)' }), 'De Linde')
  expect(await screen.findByText(SAVE_FAILED)).toBeInTheDocument()
  await pause()
  expect(screen.queryByText('Bewaard')).not.toBeInTheDocument()
})

test('while saving is stopped because the saved data could not be read, nothing is called saved', async () => {
  window.localStorage.setItem(STORAGE_KEY, '{kapot')
  testStore().reloadFromStorage()
  const { user, name } = await openSettings()
  expect(screen.getByText(/^Wat je nu verandert, wordt niet bewaard\./)).toBeInTheDocument()
  const polite = listenPolitely()
  await user.type(name, 'juf Sanne')
  await pause()
  expect(testStore().getState().settings).toMatchObject({ teacherName: 'juf Sanne' })
  expect(window.localStorage.getItem(STORAGE_KEY)).toBe('{kapot')
  expect(screen.queryByText('Bewaard')).not.toBeInTheDocument()
  expect(polite).toEqual([])
})

test('opening a page that saves as it is typed says nothing', async () => {
  await openSettings()
  const polite = listenPolitely()
  await pause()
  expect(screen.queryByText('Bewaard')).not.toBeInTheDocument()
  expect(polite).toEqual([])
})
