import { createAppStore, type AppStore } from '../src/store/store'

let current: { store: AppStore; stop: () => void } | null = null

/**
 * The store of the test that runs now, made and started before it (tests/setup.ts) as
 * src/main.tsx does on a page load: on the test's clean device, with its listeners.
 */
export function testStore(): AppStore {
  if (current === null) throw new Error('No store: only tests in a DOM get one (tests/setup.ts)')
  return current.store
}

export function startTestStore(): void {
  const store = createAppStore()
  current = { store, stop: store.start() }
}

/** Stops listening and lets go of what was waiting to be written: it must not outlive its test. */
export function stopTestStore(): void {
  current?.stop()
  current = null
}
