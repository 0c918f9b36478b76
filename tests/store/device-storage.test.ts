import { describe, expect, test } from 'vitest'
import { deviceStorage, isRefused } from '../../src/store/device-storage'
import { Saver } from '../../src/store/saver'
import { preparationOps } from '../../src/store/preparation-ops'
import { MemoryStorage } from './memory-storage'

const NOW = '2026-11-29T12:00:00.000Z'
/** What Chrome does where site data is blocked: even reading `window.localStorage` throws. */
const blocked = () => {
  throw new DOMException("Failed to read the 'localStorage' property from 'Window'", 'SecurityError')
}

describe('storage the browser refuses', () => {
  test('is a stand-in that refuses every call the same way, never throwing when it is handed out', () => {
    const storage = deviceStorage(blocked)
    expect(isRefused(storage)).toBe(true)
    expect(() => storage.getItem('x')).toThrow(/localStorage/)
    expect(() => storage.setItem('x', 'y')).toThrow(/localStorage/)
    expect(() => storage.length).toThrow(/localStorage/)
    expect(isRefused(deviceStorage(() => new MemoryStorage()))).toBe(false)
  })

  test('lets the app start and work in memory, says that nothing is kept, and writes nothing', () => {
    const storage = deviceStorage(blocked)
    const saver = new Saver(
      () => storage,
      () => NOW,
    )
    expect(saver.load()).toBeNull()
    expect(saver.mode).toBe('unavailable')
    expect(saver.problem).toEqual({ kind: 'refused', raw: null })
    saver.apply(preparationOps(() => NOW).create('new', { buddy: 'none', childName: 'Sem' }))
    expect(saver.flush()).toBe(true)
    expect(saver.view().preparations.new?.answers.childName).toBe('Sem')
  })

  test('a read that fails on storage the browser hands out is a read that failed, not a refusal', () => {
    const storage = new MemoryStorage()
    storage.readFails = true
    const saver = new Saver(
      () => storage,
      () => NOW,
    )
    saver.load()
    expect(saver.problem).toEqual({ kind: 'read-failed', raw: null })
  })
})
