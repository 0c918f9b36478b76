import { describe, expect, test } from 'vitest'
import { REMEMBER_WRITES_MS, Saver } from '../../src/store/saver'
import { preparationOps } from '../../src/store/preparation-ops'
import { listSetAside } from '../../src/store/set-aside'
import { STORAGE_VERSION } from '../../src/store/persistence'
import { deviceStorage } from '../../src/store/device-storage'
import { MemoryStorage } from './memory-storage'
import { mainKey, preparation, saved, tab } from './fixtures'

/*
 * The saver at the edges a teacher meets now and then: what a page load writes, what stays the
 * same object (so a screen is not drawn again), how long a tab remembers its own writes, and what
 * each way out of a storage problem may and may not do.
 */

const NOW = '2026-11-29T12:00:00.000Z'
const ops = preparationOps(() => NOW)
const onDevice = (storage: Storage) =>
  JSON.parse(storage.getItem(mainKey)!) as { version: number; state: { preparations: object; writes: string[] } }
const tick = (id: string, item = 'during.small-talk') => ops.setTick(id, item, true)
/** Data as version 6 wrote it: no note put on the card. */
const fromVersion6 = (id: string) => {
  const { card, ...rest } = preparation(id)
  return JSON.stringify({
    version: 6,
    state: {
      preparations: { [id]: { ...rest, card: { notes: card.notes } } },
      settings: { locale: 'nl' },
      lastUsedId: null,
    },
  })
}

describe('a page load', () => {
  test('of data as this version wrote it writes nothing; of an older version, writes it in this version at once', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a')]))
    storage.writes = []
    expect(tab(storage)).toBeInstanceOf(Saver)
    expect(storage.writes).toEqual([])

    storage.setItem(mainKey, fromVersion6('b'))
    storage.writes = []
    const saver = new Saver(
      () => storage,
      () => NOW,
    )
    expect(saver.load()).toBeNull()
    expect(storage.writes).toEqual([mainKey])
    expect(onDevice(storage).version).toBe(STORAGE_VERSION)
    expect(Object.keys(onDevice(storage).state.preparations)).toEqual(['b'])
  })

  test('with a damaged preparation, says what it set aside, each copy with its reason', () => {
    const storage = new MemoryStorage()
    const damaged = { ...preparation('b'), ticks: { 'during.small-talk': 'yes' } }
    const text = saved([preparation('a')]).replace(
      '"preparations":{',
      `"preparations":{"bad":42,"b":${JSON.stringify(damaged)},`,
    )
    storage.setItem(mainKey, text)
    const notice = new Saver(
      () => storage,
      () => NOW,
    ).load()
    expect(notice).toEqual({
      setAside: expect.any(Array),
      repairs: [{ id: 'b', childName: 'Kind b', parts: ['ticks'], original: damaged }],
      unusable: 1,
    })
    expect(notice?.setAside).toHaveLength(2)
    const reasons = Object.fromEntries(listSetAside(storage).map((entry) => [entry.key, entry.reason]))
    expect(notice?.setAside.map((key) => reasons[key])).toEqual(['unusable', 'repaired'])
  })

  test('of text that cannot be read sets it aside as unreadable and says so; not when the device is too full', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, '{not json')
    const notice = new Saver(
      () => storage,
      () => NOW,
    ).load()
    expect(notice).toEqual({ setAside: [expect.any(String)], repairs: [], unusable: 0 })
    expect(listSetAside(storage).map((entry) => entry.reason)).toEqual(['unreadable'])

    const full = new MemoryStorage()
    full.setItem(mainKey, '{not json')
    full.quota = full.used()
    const saver = new Saver(
      () => full,
      () => NOW,
    )
    expect(saver.load()).toBeNull()
    expect(saver.problem).toEqual({ kind: 'unreadable', raw: '{not json' })
  })

  test('of newer data, or of a device that cannot be read, has nothing to report', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, JSON.stringify({ version: 99, state: {} }))
    expect(
      new Saver(
        () => storage,
        () => NOW,
      ).load(),
    ).toBeNull()
    storage.readFails = true
    const saver = new Saver(
      () => storage,
      () => NOW,
    )
    expect(saver.load()).toBeNull()
    expect(saver.mode).toBe('unavailable')
    expect(saver.problem).toEqual({ kind: 'read-failed', raw: null })
  })

  test('again forgets the changes not yet written, unless they are to be kept', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a', { ticks: {} })]))
    const saver = tab(storage)
    saver.apply(tick('a'))
    expect(saver.hasPending()).toBe(true)
    saver.load({ keepPending: true })
    expect(saver.view().preparations.a?.ticks).toEqual({ 'during.small-talk': true })
    saver.load()
    expect(saver.hasPending()).toBe(false)
    expect(saver.view().preparations.a?.ticks).toEqual({})
  })
})

describe('what stays the same object', () => {
  test('the state while nothing changes, and a preparation no change touched, also across saves', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a'), preparation('b')]))
    const saver = tab(storage)
    expect(saver.hasPending()).toBe(false)
    saver.apply(tick('a', 'during.close'))
    expect(saver.view()).toBe(saver.view())
    saver.flush()
    expect(saver.hasPending()).toBe(false)
    const b = saver.view().preparations.b
    saver.apply(tick('a', 'during.agenda'))
    saver.flush()
    expect(saver.view().preparations.b).toBe(b)
  })
})

describe('the writes a tab remembers', () => {
  test('the saved data keeps the last 32 writes, so it does not grow with every save', () => {
    const storage = new MemoryStorage()
    const saver = tab(storage)
    saver.apply(ops.create('a', { buddy: 'none' }))
    saver.flush()
    expect(onDevice(storage).state.writes).toHaveLength(1)
    for (let i = 0; i < 40; i++) {
      saver.apply(ops.setNote('a', 'during.close', `Notitie ${i}`))
      saver.flush()
    }
    const writes = onDevice(storage).state.writes
    expect(writes).toHaveLength(32)
    expect(new Set(writes).size).toBe(32)
  })

  test('a change overwritten by another tab is written again within ten seconds, not after', () => {
    const overwritten = (after: number) => {
      const storage = new MemoryStorage()
      storage.setItem(mainKey, saved([preparation('a', { ticks: {} })]))
      let now = Date.parse(NOW)
      const here = tab(storage, () => new Date(now).toISOString())
      const readByOtherTab = storage.getItem(mainKey)!
      here.apply(tick('a', 'during.close'))
      here.flush()
      now += after
      here.apply(tick('a', 'during.agenda'))
      here.flush()
      // The other tab read the device before both writes, and now writes over them.
      storage.setItem(mainKey, readByOtherTab)
      here.refresh()
      return Object.keys(here.view().preparations.a?.ticks ?? {}).sort()
    }
    expect(overwritten(REMEMBER_WRITES_MS - 1)).toEqual(['during.agenda', 'during.close'])
    expect(overwritten(REMEMBER_WRITES_MS)).toEqual(['during.agenda'])
  })
})

describe('the ways out of a storage problem do only what they say', () => {
  test('allowing the data to be replaced does nothing for newer data or a device that cannot be read', () => {
    const storage = new MemoryStorage()
    const newer = JSON.stringify({ version: 99, state: {} })
    storage.setItem(mainKey, newer)
    const saver = tab(storage)
    saver.allowReplacing()
    expect(saver.mode).toBe('newer')
    saver.apply(ops.create('a', { buddy: 'none' }))
    saver.flush()
    expect(storage.getItem(mainKey)).toBe(newer)

    const failing = new MemoryStorage()
    failing.readFails = true
    const unavailable = tab(failing)
    unavailable.allowReplacing()
    expect(unavailable.mode).toBe('unavailable')
  })

  test('putting back or letting go of a wiped device changes nothing when the device was not wiped', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a')]))
    const saver = tab(storage)
    storage.writes = []
    expect(saver.putBackWiped()).toBe(true)
    expect(storage.writes).toEqual([])
    saver.forgetWiped()
    expect(Object.keys(saver.view().preparations)).toEqual(['a'])
  })

  test('a tab that only read the data before it was wiped does not write its change over the empty device', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a')]))
    const saver = tab(storage)
    storage.clear()
    saver.apply(tick('a', 'during.close'))
    saver.flush()
    expect(storage.getItem(mainKey)).toBeNull()
    expect(saver.problem).toEqual({ kind: 'wiped', raw: null })
  })

  test('in a tab of an older version, a change that changes nothing leaves no draft', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, JSON.stringify({ version: 99, state: { preparations: { a: preparation('a') } } }))
    const saver = tab(storage)
    saver.apply((state) => state)
    expect(saver.flush()).toBe(true)
    expect(storage.getItem(saver.draftKey)).toBeNull()
    saver.apply(ops.settings({ teacherName: 'Juf Anna' }))
    saver.apply(tick('a', 'during.close'))
    saver.flush()
    const draft = JSON.parse(storage.getItem(saver.draftKey)!) as { state: { settings: object; preparations: object } }
    expect(draft.state.settings).toMatchObject({ teacherName: 'Juf Anna' })
    expect(Object.keys(draft.state.preparations)).toEqual(['a'])
  })
})

describe('what a save says happened', () => {
  const withData = () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a', { ticks: {} })]))
    return { storage, saver: tab(storage) }
  }

  test('nothing changed: nothing written', () => {
    const { storage, saver } = withData()
    storage.writes = []
    expect(saver.flush()).toBe(true)
    expect(storage.writes).toEqual([])
  })

  test('a tab loaded for the first time with changes to keep has none', () => {
    const saver = new Saver(
      () => new MemoryStorage(),
      () => NOW,
    )
    expect(saver.load({ keepPending: true })).toBeNull()
    expect(saver.hasPending()).toBe(false)
  })

  test('another tab left text that cannot be read: not written over, and not a failed save but a problem to decide', () => {
    const { storage, saver } = withData()
    saver.apply(tick('a'))
    saver.flush()
    storage.setItem(mainKey, '{broken')
    saver.apply(tick('a', 'during.close'))
    expect(saver.flush()).toBe(true)
    expect(storage.getItem(mainKey)).toBe('{broken')
    expect(saver.mode).toBe('blocked')
    expect(saver.problem).toEqual({ kind: 'unreadable', raw: '{broken' })
  })

  test('newer data arrived meanwhile: not written over, and not a failed save either', () => {
    const { storage, saver } = withData()
    saver.apply(tick('a'))
    saver.flush()
    const newer = JSON.stringify({ version: 99, state: {} })
    storage.setItem(mainKey, newer)
    saver.apply(tick('a', 'during.close'))
    expect(saver.flush()).toBe(true)
    expect(storage.getItem(mainKey)).toBe(newer)
    expect(saver.problem).toEqual({ kind: 'newer', raw: newer })
  })

  test('a bad preparation from another tab on a device too full to copy it aside: blocked, not a failed save', () => {
    const { storage, saver } = withData()
    const withBad = saved([preparation('a')]).replace('"preparations":{', '"preparations":{"bad":42,')
    storage.setItem(mainKey, withBad)
    storage.quota = storage.used() + 10
    saver.apply(tick('a', 'during.close'))
    expect(saver.flush()).toBe(true)
    expect(saver.problem).toEqual({ kind: 'set-aside-failed', raw: withBad })
  })

  test('the device wiped: not a failed save, the teacher is asked instead', () => {
    const { storage, saver } = withData()
    storage.clear()
    saver.apply(tick('a'))
    expect(saver.flush()).toBe(true)
    expect(saver.problem?.kind).toBe('wiped')
  })

  test('put back once, the device wiped again: the teacher is asked again', () => {
    const { storage, saver } = withData()
    storage.clear()
    saver.apply(tick('a'))
    saver.flush()
    expect(saver.putBackWiped()).toBe(true)
    storage.clear()
    saver.apply(tick('a', 'during.close'))
    saver.flush()
    expect(storage.getItem(mainKey)).toBeNull()
    expect(saver.problem?.kind).toBe('wiped')
  })

  test('the browser stops letting the app read: nothing written, saving stops', () => {
    const { storage, saver } = withData()
    saver.apply(tick('a'))
    saver.flush()
    storage.readFails = true
    storage.writes = []
    saver.apply(tick('a', 'during.close'))
    saver.flush()
    expect(storage.writes).toEqual([])
    expect(saver.problem).toEqual({ kind: 'read-failed', raw: null })
  })

  test('where the browser keeps nothing, a change written at once stays in the tab', () => {
    const refusing = () => {
      throw new DOMException('blocked', 'SecurityError')
    }
    const saver = new Saver(
      () => deviceStorage(refusing),
      () => NOW,
    )
    saver.load()
    expect(saver.problem).toEqual({ kind: 'refused', raw: null })
    expect(saver.applyNow(ops.create('a', { buddy: 'none' }))).toBe(true)
    expect(Object.keys(saver.view().preparations)).toEqual(['a'])
  })
})

describe('hearing from another tab', () => {
  test('good data again after a problem: saving goes on', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, '{broken')
    const saver = tab(storage)
    expect(saver.mode).toBe('blocked')
    storage.setItem(mainKey, saved([preparation('a')]))
    saver.refresh()
    expect(saver.mode).toBe('ok')
    expect(saver.problem).toBeNull()
  })

  test('text that cannot be read: blocked; once the teacher allows replacing it, the same text does not block again', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a')]))
    const saver = tab(storage)
    storage.setItem(mainKey, '{broken')
    saver.refresh()
    expect(saver.problem).toEqual({ kind: 'unreadable', raw: '{broken' })
    saver.allowReplacing()
    saver.refresh()
    expect(saver.mode).toBe('ok')
    saver.apply(ops.create('b', { buddy: 'none' }))
    saver.flush()
    expect(onDevice(storage).version).toBe(STORAGE_VERSION)
    expect(Object.keys(onDevice(storage).state.preparations)).toContain('b')
  })

  test('a tab that saw newer data stays out of the way, even when the device is emptied', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, JSON.stringify({ version: 99, state: {} }))
    const saver = tab(storage)
    storage.clear()
    expect(saver.refresh()).toEqual([])
    expect(saver.mode).toBe('newer')
  })

  test('everything deleted in another tab of a tab that held nothing: an empty tab, nothing gone', () => {
    const storage = new MemoryStorage()
    const saver = tab(storage)
    storage.setItem(mainKey, saved([]))
    storage.clear()
    expect(saver.refresh()).toEqual([])
    expect(saver.view().preparations).toEqual({})
    expect(saver.mode).toBe('ok')
  })
})
