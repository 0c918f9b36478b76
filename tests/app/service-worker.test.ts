// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest'
import { createUpdateChannel } from '../../src/app/service-worker'
import { playedChannel } from './played-channel'

/*
 * The service worker and the news of a new version, with the browser's part played by the test:
 * a new version never takes over by itself, since the teacher may be typing.
 */

async function registered() {
  const { channel, activate, reload, workers, worker } = await playedChannel()
  const takeOver = () => workers.dispatchEvent(new Event('controllerchange'))
  return { channel, activate, reload, worker, takeOver }
}

/** A registration as the browser hands it over, with its active worker. */
const registration = () => {
  const postMessage = vi.fn()
  const update = vi.fn(() => Promise.resolve())
  return { update, postMessage, value: { update, active: { postMessage } } as unknown as ServiceWorkerRegistration }
}
const online = (value: boolean) => vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(value)

describe('a new version of the app', () => {
  test('where the browser has no service workers, nothing is registered', async () => {
    const load = vi.fn()
    await createUpdateChannel().register({ workers: undefined, load })
    expect(load).not.toHaveBeenCalled()
  })

  test('is offered when it is waiting, to every listener still listening', async () => {
    const { channel, worker } = await registered()
    const heard = vi.fn()
    const stopped = vi.fn()
    channel.subscribe(heard)
    channel.subscribe(stopped)()
    expect(channel.offer()).toBeNull()
    worker.onNeedRefresh?.()
    expect(channel.offer()).not.toBeNull()
    expect(heard).toHaveBeenCalledTimes(1)
    expect(stopped).not.toHaveBeenCalled()
  })

  test('is started only when the teacher chooses it, and then this tab reloads', async () => {
    const { channel, worker, activate, reload, takeOver } = await registered()
    worker.onNeedReload?.()
    takeOver()
    expect(reload).not.toHaveBeenCalled()
    worker.onNeedRefresh?.()
    expect(activate).not.toHaveBeenCalled()
    channel.offer()?.load()
    expect(activate).toHaveBeenCalledTimes(1)
    expect(reload).not.toHaveBeenCalled()
    takeOver()
    expect(reload).toHaveBeenCalledTimes(1)
  })

  test('chosen in another tab: this tab keeps its notice, and its button then only reloads', async () => {
    const { channel, worker, activate, reload, takeOver } = await registered()
    worker.onNeedRefresh?.()
    takeOver()
    expect(reload).not.toHaveBeenCalled()
    channel.offer()?.load()
    expect(reload).toHaveBeenCalledTimes(1)
    expect(activate).not.toHaveBeenCalled()
  })
})

describe('looking for a new version', () => {
  test('hourly and when the teacher comes back to the tab, only while online; the cache is refilled', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] })
    online(true)
    const { worker } = await registered()
    const { value, update, postMessage } = registration()
    worker.onRegisteredSW?.('/sw.js', value)
    expect(postMessage).toHaveBeenCalledExactlyOnceWith({ type: 'REFILL' })
    expect(update).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60 * 60 * 1000 - 1)
    expect(update).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(update).toHaveBeenCalledTimes(1)
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(update).toHaveBeenCalledTimes(1)
    visibility.mockReturnValue('visible')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(update).toHaveBeenCalledTimes(2)
    online(false)
    vi.advanceTimersByTime(60 * 60 * 1000)
    document.dispatchEvent(new Event('visibilitychange'))
    expect(update).toHaveBeenCalledTimes(2)
  })

  test('offline, the cache is not refilled; a failed look is let go; no registration, nothing to do', async () => {
    online(false)
    const { worker } = await registered()
    const { value, postMessage, update } = registration()
    worker.onRegisteredSW?.('/sw.js', value)
    expect(postMessage).not.toHaveBeenCalled()
    online(true)
    update.mockReturnValue(Promise.reject(new Error('offline after all')))
    document.dispatchEvent(new Event('visibilitychange'))
    expect(update).toHaveBeenCalled()
    expect(() => worker.onRegisteredSW?.('/sw.js', undefined)).not.toThrow()
  })

  test('a registration that fails leaves the app working, with a warning for the developer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { worker } = await registered()
    const error = new Error('no')
    worker.onRegisterError?.(error)
    expect(warn).toHaveBeenCalledExactlyOnceWith('Service worker not registered', error)
  })
})
