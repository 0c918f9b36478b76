import { expect, test, vi } from 'vitest'

/** Every read of the device and every listener added from now on, as the test can see them. */
function watchDevice() {
  const reads = [
    vi.spyOn(Storage.prototype, 'getItem'),
    vi.spyOn(Storage.prototype, 'key'),
    vi.spyOn(Storage.prototype, 'setItem'),
  ]
  // The window of jsdom has its own addEventListener, beside the one every other target shares.
  const listeners = [vi.spyOn(window, 'addEventListener'), vi.spyOn(EventTarget.prototype, 'addEventListener')]
  return {
    reads: () => reads.reduce((n, spy) => n + spy.mock.calls.length, 0),
    listened: () => listeners.flatMap((spy) => spy.mock.calls.map(([type]) => type)),
  }
}

test('importing the store and making one reads nothing from the device and listens to nothing', async () => {
  vi.resetModules()
  const device = watchDevice()
  const { createAppStore } = await import('../../src/store/store')
  await import('../../src/store/selectors')
  const store = createAppStore()
  expect(device.reads()).toBe(0)
  expect(device.listened()).toEqual([])
  expect(store.getState().preparations).toEqual({})
})

test('starting the store reads the device and listens to other tabs and to the page being hidden, until stopped', async () => {
  window.localStorage.setItem('oudergesprek', JSON.stringify({ version: 7, state: { preparations: {} } }))
  vi.resetModules()
  const { createAppStore } = await import('../../src/store/store')
  const store = createAppStore()
  const device = watchDevice()
  const stop = store.start()
  expect(device.reads()).toBeGreaterThan(0)
  expect(device.listened().sort()).toEqual(['pagehide', 'storage', 'visibilitychange'])
  const changes = vi.fn()
  store.subscribe(changes)
  stop()
  window.dispatchEvent(new StorageEvent('storage', { key: 'oudergesprek' }))
  expect(changes).not.toHaveBeenCalled()
})
