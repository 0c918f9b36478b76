// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest'
import { deleteSetAside, requestPersistence, setAsideEntries } from '../../src/store/store'
import { backupText, previewBackup, transferText } from '../../src/store/backup'
import { testStore } from '../test-store'
import { setAside } from '../../src/store/set-aside'
import { actions } from '../helpers'
import { answers } from '../rules/sample'

/* The files the teacher takes away (a backup, a transfer) and the copies set aside on this device. */

const NOW = '2026-11-29T12:00:00.000Z'
const idsIn = (text: string) => {
  const preview = previewBackup(text, testStore().getState())
  if (!preview.ok) throw new Error(preview.problem)
  return preview.preparations.map((p) => p.id).sort()
}

describe('a backup and a transfer file', () => {
  test('a backup holds everything, a change not yet written included', () => {
    const a = actions().create(answers({ childName: 'Anouk' }))
    const b = actions().create(answers({ childName: 'Bram' }))
    actions().setNote(b, 'during.small-talk', 'Nog niet bewaard')
    expect(idsIn(backupText(testStore().getState()))).toEqual([a, b].sort())
    const preview = previewBackup(backupText(testStore().getState()), testStore().getState())
    expect(preview.ok && preview.preparations.find((p) => p.id === b)?.notes).toEqual({
      'during.small-talk': 'Nog niet bewaard',
    })
  })

  test("a transfer file holds only the chosen preparations, with the teacher's details", () => {
    const a = actions().create(answers({ childName: 'Anouk' }))
    actions().create(answers({ childName: 'Bram' }))
    actions().saveSettings({ teacherName: 'Juf Anna' })
    const text = transferText(testStore().getState(), [a, 'gone'])
    expect(idsIn(text)).toEqual([a])
    expect(JSON.parse(text)).toMatchObject({ state: { settings: { teacherName: 'Juf Anna' } } })
  })
})

describe('copies set aside', () => {
  test('are listed, and one deleted is gone', () => {
    const key = setAside(window.localStorage, 'kapot', 'unreadable', NOW)
    expect(setAsideEntries().map((entry) => entry.key)).toEqual([key])
    deleteSetAside(key)
    expect(setAsideEntries()).toEqual([])
  })

  test('on storage the browser refuses: none listed, and deleting does not fail', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    expect(setAsideEntries()).toEqual([])
    expect(() => deleteSetAside('x')).not.toThrow()
  })
})

describe('asking the browser to keep the data', () => {
  // jsdom has no navigator.storage: each test gives the page the browser's answer.
  const withStorage = (storage: Partial<StorageManager> | undefined) =>
    Object.defineProperty(navigator, 'storage', { value: storage, configurable: true })
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'storage')
  })

  test('kept when it already is, or when the browser agrees; not when it says no', async () => {
    const persist = vi.fn(async () => false)
    withStorage({ persisted: async () => true, persist })
    expect(await requestPersistence()).toBe('persisted')
    expect(persist).not.toHaveBeenCalled()
    withStorage({ persisted: async () => false, persist: async () => true })
    expect(await requestPersistence()).toBe('persisted')
    withStorage({ persisted: async () => false, persist })
    expect(await requestPersistence()).toBe('not-persisted')
  })

  test('unknown where the browser cannot say, or fails to', async () => {
    withStorage(undefined)
    expect(await requestPersistence()).toBe('unknown')
    withStorage({ persisted: async () => true })
    expect(await requestPersistence()).toBe('unknown')
    withStorage({ persist: async () => true })
    expect(await requestPersistence()).toBe('unknown')
    withStorage({ persisted: () => Promise.reject(new Error('no')), persist: async () => true })
    expect(await requestPersistence()).toBe('unknown')
  })
})

test('a notice about the saved data goes once the teacher has read it', () => {
  testStore().setState({ notice: { setAside: ['k'], repairs: [], unusable: 0 } })
  testStore().getState().actions.dismissNotice()
  expect(testStore().getState().notice).toBeNull()
})
