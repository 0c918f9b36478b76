import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { useWakeLock } from '../../src/card/use-wake-lock'

/** A wake lock as the browser holds it: released by the page, or by the browser when the page is hidden. */
class FakeSentinel {
  released = false
  readonly release = vi.fn(() => {
    this.released = true
    return Promise.resolve()
  })
}

/** `navigator.wakeLock` of a browser that grants every request, or refuses them all. */
function fakeWakeLock(grant = true) {
  const taken: FakeSentinel[] = []
  const request = vi.fn((type: string) => {
    if (type !== 'screen') return Promise.reject(new TypeError(`No wake lock of type ${type}`))
    if (!grant) return Promise.reject(new DOMException('Battery saver is on', 'NotAllowedError'))
    const sentinel = new FakeSentinel()
    taken.push(sentinel)
    return Promise.resolve(sentinel)
  })
  Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true })
  const held = () => taken.filter((sentinel) => !sentinel.released)
  return { request, taken, held }
}

let visibility: DocumentVisibilityState = 'visible'
function showPage(state: DocumentVisibilityState) {
  visibility = state
  document.dispatchEvent(new Event('visibilitychange'))
}
/** Lets the browser's answer to a request arrive. */
const answered = () => act(() => Promise.resolve())

beforeEach(() => {
  visibility = 'visible'
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility)
})
afterEach(() => {
  Reflect.deleteProperty(navigator, 'wakeLock')
})

describe('keeping the screen on while the timer runs', () => {
  test('takes one screen wake lock while active, none while not', async () => {
    const browser = fakeWakeLock()
    const { rerender } = renderHook(({ active }) => useWakeLock(active), { initialProps: { active: false } })
    await answered()
    expect(browser.request).not.toHaveBeenCalled()
    rerender({ active: true })
    await answered()
    expect(browser.request).toHaveBeenCalledExactlyOnceWith('screen')
    expect(browser.held()).toHaveLength(1)
  })

  test('lets go when the timer stops, and when the card closes', async () => {
    const browser = fakeWakeLock()
    const { rerender, unmount } = renderHook(({ active }) => useWakeLock(active), { initialProps: { active: true } })
    await answered()
    rerender({ active: false })
    expect(browser.taken[0]!.release).toHaveBeenCalledOnce()
    rerender({ active: true })
    await answered()
    expect(browser.held()).toHaveLength(1)
    unmount()
    expect(browser.held()).toEqual([])
    showPage('visible')
    await answered()
    expect(browser.request).toHaveBeenCalledTimes(2)
  })

  test('takes it again when the page is shown after the browser let go of it, not while hidden or held', async () => {
    const browser = fakeWakeLock()
    renderHook(() => useWakeLock(true))
    await answered()
    showPage('visible')
    await answered()
    expect(browser.request).toHaveBeenCalledOnce()
    // The browser lets go by itself when the page is hidden.
    browser.taken[0]!.released = true
    showPage('hidden')
    await answered()
    expect(browser.request).toHaveBeenCalledOnce()
    showPage('visible')
    await answered()
    expect(browser.request).toHaveBeenCalledTimes(2)
    expect(browser.held()).toHaveLength(1)
  })

  test('does not ask while the page is hidden when the timer starts; asks when it is shown', async () => {
    const browser = fakeWakeLock()
    visibility = 'hidden'
    renderHook(() => useWakeLock(true))
    await answered()
    expect(browser.request).not.toHaveBeenCalled()
    showPage('visible')
    await answered()
    expect(browser.held()).toHaveLength(1)
  })

  test('asks once when the page is shown again before the browser answered', async () => {
    const browser = fakeWakeLock()
    renderHook(() => useWakeLock(true))
    showPage('visible')
    await answered()
    expect(browser.request).toHaveBeenCalledOnce()
  })

  test('a lock granted after the card closed is let go at once', async () => {
    const browser = fakeWakeLock()
    const { unmount } = renderHook(() => useWakeLock(true))
    unmount()
    await answered()
    expect(browser.taken).toHaveLength(1)
    expect(browser.taken[0]!.release).toHaveBeenCalledOnce()
  })

  test('a refusal is silent, and the next showing of the page asks again', async () => {
    const browser = fakeWakeLock(false)
    renderHook(() => useWakeLock(true))
    await answered()
    showPage('visible')
    await answered()
    expect(browser.request).toHaveBeenCalledTimes(2)
  })

  test('where the browser has no wake lock, nothing happens', async () => {
    expect('wakeLock' in navigator).toBe(false)
    const { unmount } = renderHook(() => useWakeLock(true))
    showPage('visible')
    await answered()
    unmount()
  })
})
