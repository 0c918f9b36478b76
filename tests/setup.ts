import '@testing-library/jest-dom/vitest'
import { afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { TEST_NOW } from './now'

// Most tests run in jsdom; the PDF tests run in plain Node.
const dom = typeof window !== 'undefined'

// Text queries find what a sighted teacher reads; what the live regions say is checked by role.
configure({ defaultIgnore: 'script, style, [role="status"] *, [role="alert"] *' })

if (dom) {
  // jsdom does no layout: scrolling is a no-op here.
  Element.prototype.scrollIntoView = () => {}
  window.scrollTo = () => {}
}

beforeAll(async () => {
  // English and the screens' code are loaded on demand in the app (src/i18n, src/app/lazy-screens.ts);
  // here they are there from the start, as in a browser once the teacher has read the first question.
  const { loadMessages } = await import('../src/i18n')
  await loadMessages('en')
  if (dom) {
    const { loadChunk } = await import('../src/app/lazy-screens')
    await Promise.all([loadChunk('wizard'), loadChunk('screens')])
  }
})

beforeEach(async () => {
  // Every test starts on the same day and runs on from there (tests/now.ts); a test that needs
  // another moment sets it with vi.setSystemTime or its own vi.useFakeTimers.
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'], shouldAdvanceTime: true })
  // A console error during a test is a defect: fail the test that caused it.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`)
  })
  if (dom) {
    window.localStorage.clear()
    window.sessionStorage.clear()
    window.history.replaceState(null, '', '/')
    // Each test gets a store of its own, made and started on the clean device as a page load does.
    const { startTestStore } = await import('./test-store')
    startTestStore()
  }
})

afterEach(async () => {
  vi.useRealTimers()
  if (!dom) return
  cleanup()
  // A batch of changes waiting to be written must not outlive its test: its timer would fire
  // after the last test of a file, when jsdom (and with it localStorage) is gone.
  const { stopTestStore } = await import('./test-store')
  stopTestStore()
})
