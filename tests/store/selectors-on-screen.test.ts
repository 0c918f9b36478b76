// @vitest-environment jsdom
import { describe, expect, test } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { createElement, type ReactNode } from 'react'
import * as selectors from '../../src/store/selectors'
import { LocaleContext, useT } from '../../src/i18n/use-t'
import { testStore } from '../test-store'
import type { Preparation } from '../../src/model'
import { preparation } from './fixtures'

/*
 * What each screen reads from the store: the preparation whose id is in the tab's address, one
 * part of it, or the app's state. A part that is not there reads as empty, never as another
 * preparation's.
 */

const a = preparation('a', {
  ticks: { 'during.small-talk': true },
  notes: { 'during.small-talk': 'Goed begin' },
  card: { notes: 'Aantekening', keyNote: 'during.small-talk', timerStartedAt: '2026-12-12T14:30:00.000Z' },
})
const EN_TITLE = 'Prepare a parent conversation'
const b = preparation('b', { ticks: {}, notes: {}, card: {}, questions: [] })
const onScreen =
  (id: string | null) =>
  ({ children }: { children: ReactNode }) =>
    createElement(
      selectors.StoreContext,
      { value: testStore() },
      createElement(selectors.ActiveId.Provider, { value: id }, children),
    )
function read<T>(hook: () => T, id: string | null = 'a', preparations: Preparation[] = [a, b]) {
  testStore().setState({ preparations: Object.fromEntries(preparations.map((p) => [p.id, p])) })
  return renderHook(hook, { wrapper: onScreen(id) }).result
}

describe('the preparation on screen', () => {
  test('is the one in the address; another tab has its own', () => {
    expect(read(selectors.useActivePreparation).current).toBe(a)
    expect(read(selectors.useActivePreparation, 'b').current).toBe(b)
    expect(read(selectors.useActivePreparation, null).current).toBeUndefined()
    expect(read(selectors.useActivePreparation, 'gone').current).toBeUndefined()
    expect(read(selectors.useRequiredId).current).toBe('a')
    expect(() => read(selectors.useRequiredId, null)).toThrow('This screen needs a preparation')
  })

  test('its parts as stored: answers, ticks, one tick, one note, the card and its timer, the questions', () => {
    expect(read(selectors.useAnswers).current).toBe(a.answers)
    expect(read(selectors.useTicks).current).toBe(a.ticks)
    expect(read(() => selectors.useTick('during.small-talk')).current).toBe(true)
    expect(read(() => selectors.useTick('during.close')).current).toBe(false)
    expect(read(() => selectors.useNote('during.small-talk')).current).toBe('Goed begin')
    expect(read(selectors.useCardNotes).current).toBe('Aantekening')
    expect(read(selectors.useKeyNote).current).toBe('during.small-talk')
    expect(read(selectors.useTimerStart).current).toBe('2026-12-12T14:30:00.000Z')
    expect(read(selectors.useActiveQuestions).current).toBe(a.questions)
    expect(read(() => selectors.useActivePart((p) => p.texts)).current).toBe(a.texts)
    expect(read(selectors.useReadActivePreparation).current()).toBe(a)
  })

  test('a part it does not have reads as empty, and so does a preparation not there', () => {
    for (const id of ['b', null]) {
      expect(read(() => selectors.useNote('during.small-talk'), id).current).toBe('')
      expect(read(selectors.useCardNotes, id).current).toBe('')
      expect(read(selectors.useKeyNote, id).current).toBeNull()
      expect(read(selectors.useTimerStart, id).current).toBeNull()
      expect(read(() => selectors.useTick('during.small-talk'), id).current).toBe(false)
    }
    expect(read(selectors.useTicks, null).current).toEqual({})
    expect(read(selectors.useAnswers, null).current).toEqual({})
    expect(read(selectors.useActiveQuestions, null).current).toEqual([])
    expect(read(() => selectors.useActivePart((p) => p.id), null).current).toBeUndefined()
    expect(read(selectors.useReadActivePreparation, null).current()).toBeUndefined()
  })

  test("a form's starting values are read once, not again as the answers change", () => {
    const result = read(selectors.useStartingAnswers)
    expect(result.current).toEqual({ answers: a.answers, settings: testStore().getState().settings })
    act(() => testStore().setState({ preparations: { a: { ...a, answers: {} } } }))
    expect(result.current.answers).toBe(a.answers)
    expect(read(selectors.useStartingAnswers, null).current.answers).toEqual({})
  })

  test('read when asked, it is the preparation as it is then', () => {
    const result = read(selectors.useReadActivePreparation)
    const changed = { ...a, held: true }
    act(() => testStore().setState({ preparations: { a: changed } }))
    expect(result.current()).toBe(changed)
  })
})

describe('the app around it', () => {
  test('the list on the start: only preparations with answers, the newest conversation first', () => {
    const later = preparation('later', { answers: { ...a.answers, meetingAt: '2026-12-20T10:00' } })
    const sooner = preparation('sooner', { answers: { ...a.answers, meetingAt: '2026-12-10T10:00' } })
    const empty = preparation('empty', { answers: {} })
    const list = read(selectors.usePreparationList, null, [sooner, empty, later]).current
    expect(list.map((p) => p.id)).toEqual(['later', 'sooner'])
  })

  test('the preparation used last: the one remembered while it is there, else the one changed last', () => {
    const older = preparation('older', { updatedAt: '2026-11-01T09:00:00.000Z' })
    const newer = preparation('newer', { updatedAt: '2026-11-20T09:00:00.000Z' })
    testStore().setState({ lastUsedId: 'older' })
    expect(read(selectors.useLastUsedId, null, [newer, older]).current).toBe('older')
    testStore().setState({ lastUsedId: 'gone' })
    expect(read(selectors.useLastUsedId, null, [older, newer]).current).toBe('newer')
    testStore().setState({ lastUsedId: null })
    expect(read(selectors.useLastUsedId, null, [newer, older]).current).toBe('newer')
    expect(read(selectors.useLastUsedId, null, []).current).toBeNull()
  })

  test('whether changes are being saved: not after a failed write, not while saving is stopped', () => {
    expect(read(selectors.useNotSaving).current).toBe(false)
    testStore().setState({ saveFailed: true })
    expect(read(selectors.useNotSaving).current).toBe(true)
    expect(read(selectors.useSaveFailed).current).toBe(true)
    testStore().setState({ saveFailed: false, mode: 'blocked', problem: { kind: 'unreadable', raw: 'x' } })
    expect(read(selectors.useNotSaving).current).toBe(true)
    expect(read(selectors.useStorageMode).current).toEqual({
      mode: 'blocked',
      problem: { kind: 'unreadable', raw: 'x' },
    })
  })

  test('a preparation deleted here, or in another tab, is known as such', () => {
    testStore().setState({ removed: [{ preparations: [a], setAside: [] }], removedElsewhere: { b } })
    expect(read(() => selectors.useDeleted('a')).current).toEqual({ here: true, elsewhere: false })
    expect(read(() => selectors.useDeleted('b')).current).toEqual({ here: false, elsewhere: true })
    expect(read(() => selectors.useDeleted('c')).current).toEqual({ here: false, elsewhere: false })
    expect(read(selectors.useRemoved).current).toHaveLength(1)
  })

  test('the settings, the language, the notice and the actions', () => {
    const settings = { ...testStore().getState().settings, locale: 'en' as const, dutchScripts: true }
    const notice = { setAside: ['k'], repairs: [], unusable: 0 }
    testStore().setState({ settings, notice })
    expect(read(selectors.useSettings).current).toBe(settings)
    expect(read(selectors.useLocale).current).toBe('en')
    expect(read(selectors.useDutchScripts).current).toBe(true)
    expect(read(selectors.useNotice).current).toBe(notice)
    expect(read(selectors.useActions).current).toBe(testStore().getState().actions)
  })

  test('the words of the chosen language', () => {
    const inLanguage = (locale: 'nl' | 'en') => (props: { children: ReactNode }) =>
      createElement(LocaleContext, { value: locale }, props.children)
    expect(renderHook(useT, { wrapper: inLanguage('nl') }).result.current('app.title')).toBe(
      'Oudergesprek voorbereiden',
    )
    expect(renderHook(useT, { wrapper: inLanguage('en') }).result.current('app.title')).toBe(EN_TITLE)
  })
})
