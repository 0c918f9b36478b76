// @vitest-environment jsdom
import { describe, expect, test } from 'vitest'
import { firstChunk, showsBuiltFirstScreen } from '../../src/app/first-screen'
import { testStore } from '../test-store'
import { preparation } from '../store/fixtures'

/*
 * The built page holds the first question of a fresh preparation, in Dutch. A page load shows it
 * only when that is what this teacher would see; otherwise the app draws its own screen at once.
 */

const at = (hash: string) => window.history.replaceState(null, '', hash)

describe('the built first question', () => {
  test('shows on a fresh visit to the start, which goes on to the first question', () => {
    at('#/')
    expect(showsBuiltFirstScreen(testStore().getState())).toBe(true)
    expect(window.location.hash).toBe('#/new')
  })

  test('shows on a fresh visit to the first question itself', () => {
    at('#/new')
    expect(showsBuiltFirstScreen(testStore().getState())).toBe(true)
    expect(window.location.hash).toBe('#/new')
    at('')
    expect(showsBuiltFirstScreen(testStore().getState())).toBe(true)
  })

  test('not for a teacher with a preparation, in English, with a saving problem or a notice', () => {
    const fresh = testStore().getState()
    const states = [
      { preparations: { a: preparation('a') } },
      { settings: { ...fresh.settings, locale: 'en' as const } },
      { mode: 'blocked' as const },
      { notice: { setAside: ['k'], repairs: [], unusable: 0 } },
    ]
    for (const state of states) {
      at('#/')
      testStore().setState(state)
      expect(showsBuiltFirstScreen(testStore().getState()), JSON.stringify(state)).toBe(false)
      expect(window.location.hash).toBe('#/')
      testStore().setState(fresh)
    }
  })

  test('not at another address, or with something asked in the address', () => {
    for (const hash of ['#/settings', '#/p/a/card', '#/new?from=a', '#/?x=1']) {
      at(hash)
      expect(showsBuiltFirstScreen(testStore().getState()), hash).toBe(false)
      expect(window.location.hash).toBe(hash)
    }
  })
})

describe('the code loaded before the first screen draws', () => {
  test("the wizard's for its questions, the other screens' for everything else", () => {
    const chunks = Object.fromEntries(
      ['#/new', '#/p/a/step/buddy', '#/p/a/card', '#/', '#/settings', '#/nowhere'].map((hash) => {
        at(hash)
        return [hash, firstChunk()]
      }),
    )
    expect(chunks).toEqual({
      '#/new': 'wizard',
      '#/p/a/step/buddy': 'wizard',
      '#/p/a/card': 'screens',
      '#/': 'screens',
      '#/settings': 'screens',
      '#/nowhere': 'screens',
    })
  })
})
