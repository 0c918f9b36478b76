import '@testing-library/jest-dom/vitest'
import { afterEach, beforeEach, vi } from 'vitest'
import { cleanup } from '@testing-library/react'
import { reloadFromStorage } from '../src/store/store'

// jsdom does no layout: scrolling is a no-op here.
Element.prototype.scrollIntoView = () => {}
window.scrollTo = () => {}

// A console error during a test is a defect: fail the test that caused it.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`)
  })
  window.localStorage.clear()
  window.history.replaceState(null, '', '/')
  reloadFromStorage()
})

afterEach(() => {
  cleanup()
})
