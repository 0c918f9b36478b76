import { describe, expect, test, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'
import { UpdatePrompt } from '../../src/app/update-prompt'
import { createUpdateChannel, updates } from '../../src/app/service-worker'
import { LiveRegions } from '../../src/ui/announcer'
import { playedChannel } from './played-channel'
import { actions, inApp, renderApp, said } from '../helpers'

/** A channel whose service worker registration is played by the test. */
async function registered() {
  const { channel, activate, reload, workers, worker } = await playedChannel()
  const user = userEvent.setup()
  render(
    inApp(
      <>
        <UpdatePrompt channel={channel} />
        <LiveRegions />
      </>,
    ),
  )
  /** Another service worker now controls the page, as the browser reports it. */
  const takeOver = () => act(() => void workers.dispatchEvent(new Event('controllerchange')))
  return { user, activate, reload, worker, takeOver }
}

const loadButton = () => screen.queryByRole('button', { name: 'Nieuwe versie laden' })
const NEWS = 'Er is een nieuwe versie van de app. Laad de pagina opnieuw om die te gebruiken.'

/** The notice, checked to have been said politely through the app's live region. */
function notice(text = NEWS) {
  expect(said()).toEqual({ polite: text, assertive: '' })
  return screen.getByText(text).parentElement!
}

describe('the notice that a new version of the app is ready', () => {
  test('says nothing while no new version is waiting, also once the first version controls the page', async () => {
    const { worker, takeOver, reload } = await registered()
    act(() => worker.onOfflineReady?.())
    takeOver()
    expect(reload).not.toHaveBeenCalled()
    expect(screen.queryByText(/nieuwe versie/)).not.toBeInTheDocument()
    expect(loadButton()).not.toBeInTheDocument()
  })

  test('appears politely when a new version is waiting, and loads it only when the teacher asks', async () => {
    const { user, worker, activate, reload, takeOver } = await registered()
    expect(said().polite).toBe('')
    act(() => worker.onNeedRefresh?.())
    expect(notice()).toHaveClass('notice')
    expect(notice()).toContainElement(loadButton())
    expect(activate).not.toHaveBeenCalled()
    expect(reload).not.toHaveBeenCalled()

    await user.click(loadButton()!)
    expect(activate).toHaveBeenCalledTimes(1)
    // The page reloads once the new version has taken over, not before.
    act(() => worker.onNeedReload?.())
    expect(reload).not.toHaveBeenCalled()
    takeOver()
    expect(reload).toHaveBeenCalledTimes(1)
  })

  test('does not reload a tab by itself when the teacher chose the new version in another tab', async () => {
    const { user, worker, activate, reload, takeOver } = await registered()
    act(() => worker.onNeedRefresh?.())
    act(() => worker.onNeedReload?.())
    takeOver()
    expect(reload).not.toHaveBeenCalled()
    expect(notice()).toBeInTheDocument()

    // The new version already runs in the other tab: here the button only has to reload.
    await user.click(loadButton()!)
    expect(reload).toHaveBeenCalledTimes(1)
    expect(activate).not.toHaveBeenCalled()
  })

  test('registers nothing in a browser without service workers', async () => {
    const load = vi.fn()
    expect('serviceWorker' in navigator).toBe(false)
    await createUpdateChannel().register({ load })
    expect(load).not.toHaveBeenCalled()
  })

  test('keeps the app usable when the service worker cannot be registered', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { worker } = await registered()
    act(() => worker.onRegisterError?.(new Error('blocked')))
    expect(warn).toHaveBeenCalledWith('Service worker not registered', expect.any(Error))
    expect(screen.queryByText(/nieuwe versie/)).not.toBeInTheDocument()
  })

  test('speaks English when the teacher chose English', async () => {
    actions().setLocale('en')
    const { worker } = await registered()
    act(() => worker.onNeedRefresh?.())
    expect(notice('There is a new version of the app. Reload to use it.')).toContainElement(
      screen.getByRole('button', { name: 'Load the new version' }),
    )
  })

  test('looks for a new version hourly and when the teacher comes back to the tab, while online', async () => {
    vi.useFakeTimers()
    try {
      const { worker } = await registered()
      const update = vi.fn(async () => undefined)
      worker.onRegisteredSW?.('/sw.js', { update } as unknown as ServiceWorkerRegistration)
      vi.advanceTimersByTime(59 * 60 * 1000)
      expect(update).not.toHaveBeenCalled()
      vi.advanceTimersByTime(60 * 1000)
      expect(update).toHaveBeenCalledTimes(1)
      document.dispatchEvent(new Event('visibilitychange'))
      expect(update).toHaveBeenCalledTimes(2)

      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
      vi.advanceTimersByTime(60 * 60 * 1000)
      document.dispatchEvent(new Event('visibilitychange'))
      expect(update).toHaveBeenCalledTimes(2)
    } finally {
      vi.useRealTimers()
    }
  })

  test('asks the worker to fill its cache again when something is missing, only with a network', async () => {
    const { worker } = await registered()
    const postMessage = vi.fn()
    const registration = { update: vi.fn(async () => undefined), active: { postMessage } }
    worker.onRegisteredSW?.('/sw.js', registration as unknown as ServiceWorkerRegistration)
    expect(postMessage).toHaveBeenCalledExactlyOnceWith({ type: 'REFILL' })
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    worker.onRegisteredSW?.('/sw.js', registration as unknown as ServiceWorkerRegistration)
    expect(postMessage).toHaveBeenCalledOnce()
  })

  test('does not look when the tab is hidden', async () => {
    const { worker } = await registered()
    const update = vi.fn(async () => undefined)
    worker.onRegisteredSW?.('/sw.js', { update } as unknown as ServiceWorkerRegistration)
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(update).not.toHaveBeenCalled()
  })

  test('sits in the frame above every screen', async () => {
    let worker: RegisterSWOptions = {}
    await updates.register({
      workers: new EventTarget(),
      load: async () => ({
        registerSW: (options) => {
          worker = options
          return async () => {}
        },
      }),
      reload: () => {},
    })
    renderApp('/')
    act(() => worker.onNeedRefresh?.())
    expect(notice()).toContainElement(loadButton())
    // At the top of the page's content, where the skip link leads, before the screen's heading.
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(screen.getByRole('main')).toContainElement(notice())
    expect(notice().compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })
})
