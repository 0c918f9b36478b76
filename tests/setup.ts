import '@testing-library/jest-dom/vitest'
import { afterEach, beforeEach, vi } from 'vitest'
import { cleanup } from '@testing-library/react'

// Most tests run in jsdom; the PDF tests run in plain Node.
const dom = typeof window !== 'undefined'

if (dom) {
  // jsdom does no layout: scrolling is a no-op here.
  Element.prototype.scrollIntoView = () => {}
  window.scrollTo = () => {}
}

beforeEach(async () => {
  // A console error during a test is a defect: fail the test that caused it.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`)
  })
  if (dom) {
    const { discardUnsavedChanges, reloadFromStorage } = await import('../src/store/store')
    discardUnsavedChanges()
    window.localStorage.clear()
    window.sessionStorage.clear()
    window.history.replaceState(null, '', '/')
    reloadFromStorage()
  }
})

afterEach(() => {
  if (dom) cleanup()
})
