import { describe, expect, test, vi } from 'vitest'
import { Saver } from '../../src/store/saver'
import { preparationOps } from '../../src/store/preparation-ops'
import { SET_ASIDE_PREFIX } from '../../src/store/set-aside'
import { MemoryStorage } from './memory-storage'
import { mainKey, preparation, saved, tab } from './fixtures'
import { DRAFT_PREFIX, STORAGE_VERSION } from '../../src/store/persistence'

const NOW = '2026-11-29T12:00:00.000Z'
const ops = preparationOps(() => NOW)
const setAsideKeys = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter((k) => k.startsWith(SET_ASIDE_PREFIX))
const onDevice = (storage: Storage) => JSON.parse(storage.getItem(mainKey)!).state

describe('the saver never overwrites what it could not read', () => {
  test('storage nearly full with one bad preparation: nothing is written until the teacher decides', () => {
    const storage = new MemoryStorage()
    const text = saved([preparation('good')], {})
    const withBad = text.replace('"preparations":{', '"preparations":{"bad":"not a preparation",')
    storage.setItem(mainKey, withBad)
    storage.quota = storage.used() + 10
    const saver = tab(storage)
    expect(saver.mode).toBe('blocked')
    expect(saver.problem).toEqual({ kind: 'set-aside-failed', raw: withBad })
    expect(Object.keys(saver.view().preparations)).toEqual(['good'])
    storage.quota = Number.POSITIVE_INFINITY
    saver.apply(ops.setTick('good', 'during.opening-with-buddy', true))
    saver.flush()
    expect(storage.getItem(mainKey)).toBe(withBad)
  })

  test('another tab leaves a preparation this tab cannot use, on a device too full to copy it aside: this tab writes nothing over it', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('good')]))
    const saver = tab(storage)
    expect(saver.mode).toBe('ok')
    // Another tab (an older or a damaged copy of the app) writes a preparation this one cannot read.
    // Large enough that a copy of it does not fit, while the saved data without it would.
    const bad = `"bad":"${'not a preparation '.repeat(40)}",`
    const withBad = saved([preparation('good')]).replace('"preparations":{', `"preparations":{${bad}`)
    storage.setItem(mainKey, withBad)
    storage.quota = storage.used() + 10
    saver.apply(ops.setTick('good', 'during.opening-with-buddy', true))
    saver.flush()
    expect(storage.getItem(mainKey)).toBe(withBad)
    expect(saver.mode).toBe('blocked')
    expect(saver.problem).toEqual({ kind: 'set-aside-failed', raw: withBad })
    // The tick is kept in this tab, for when the teacher has decided.
    expect(saver.view().preparations.good?.ticks['during.opening-with-buddy']).toBe(true)
  })

  test('a large unreadable value that cannot be copied aside is kept as it is, and offered for download', () => {
    const storage = new MemoryStorage()
    const unreadable = `{"state": ${'x'.repeat(200_000)}`
    storage.setItem(mainKey, unreadable)
    storage.quota = storage.used() + 1000
    const saver = tab(storage)
    expect(saver.mode).toBe('blocked')
    expect(saver.problem).toEqual({ kind: 'unreadable', raw: unreadable })
    saver.apply(ops.create('new', { buddy: 'none' }))
    saver.flush()
    expect(storage.getItem(mainKey)).toBe(unreadable)
    expect(setAsideKeys(storage)).toEqual([])
  })

  test('after the teacher decides, writing goes on and keeps what was typed meanwhile', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, '{not json')
    const saver = tab(storage)
    expect(saver.mode).toBe('blocked')
    expect(setAsideKeys(storage)).toHaveLength(1)
    saver.apply(ops.create('new', { buddy: 'none' }))
    saver.allowReplacing()
    saver.flush()
    expect(Object.keys(onDevice(storage).preparations)).toEqual(['new'])
    expect(storage.getItem(setAsideKeys(storage)[0]!)).toContain('{not json')
  })

  test('a getItem that throws makes the app save nothing, even when setItem would work', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a')]))
    storage.readFails = true
    storage.writes = []
    const saver = tab(storage)
    expect(saver.mode).toBe('unavailable')
    saver.apply(ops.create('b', { buddy: 'none' }))
    saver.flush()
    expect(storage.writes).toEqual([])
    storage.readFails = false
    saver.load({ keepPending: true })
    saver.flush()
    expect(Object.keys(onDevice(storage).preparations).sort()).toEqual(['a', 'b'])
  })

  test('data written by a newer version is never overwritten, also when it arrives from another tab', () => {
    const storage = new MemoryStorage()
    const saver = tab(storage)
    saver.apply(ops.create('a', { buddy: 'none' }))
    saver.flush()
    const newer = JSON.stringify({ version: 99, state: { preparations: {}, future: true } })
    storage.setItem(mainKey, newer)
    saver.refresh()
    expect(saver.mode).toBe('newer')
    saver.apply(ops.setTick('a', 'during.small-talk', true))
    saver.flush()
    expect(storage.getItem(mainKey)).toBe(newer)
    expect(setAsideKeys(storage)).toEqual([])
  })

  test('data from a newer version found on load is left alone and not set aside', () => {
    const storage = new MemoryStorage()
    const newer = JSON.stringify({ version: 99, state: {} })
    storage.setItem(mainKey, newer)
    const saver = tab(storage)
    expect(saver.mode).toBe('newer')
    saver.apply(ops.create('a', { buddy: 'none' }))
    saver.flush()
    expect(storage.getItem(mainKey)).toBe(newer)
  })

  test('a tab of an older version shows what it can read of the newer data, and keeps changes in a draft of its own', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a'), preparation('b')]))
    const saver = tab(storage)
    const fromTheFuture = { ...preparation('a'), notes: { 'during.small-talk': 'nieuwer' }, futureField: 1 }
    const newer = JSON.stringify({ version: 99, state: { preparations: { a: fromTheFuture }, future: true } })
    storage.setItem(mainKey, newer)
    saver.refresh()
    expect(saver.mode).toBe('newer')
    // What the newer version wrote, as far as this version reads it; and what this tab held.
    expect(saver.view().preparations.a?.notes).toEqual({ 'during.small-talk': 'nieuwer' })
    expect(Object.keys(saver.view().preparations).sort()).toEqual(['a', 'b'])
    expect(saver.flush()).toBe(true)
    expect(storage.getItem(saver.draftKey)).toBeNull()

    saver.apply(ops.setTick('a', 'before.room-and-chairs', true))
    expect(saver.flush()).toBe(true)
    expect(storage.getItem(mainKey)).toBe(newer)
    const draft = JSON.parse(storage.getItem(saver.draftKey)!) as { version: number; state: { preparations: object } }
    expect(draft.version).toBe(STORAGE_VERSION)
    expect(Object.keys(draft.state.preparations)).toEqual(['a'])
    expect(draft.state.preparations).toMatchObject({
      a: { ticks: { 'before.room-and-chairs': true }, notes: { 'during.small-talk': 'nieuwer' } },
    })
    expect(saver.draftKey.startsWith(DRAFT_PREFIX)).toBe(true)

    // A draft the device refuses is not called saved.
    storage.quota = storage.used()
    saver.apply(ops.setNote('a', 'during.agenda', 'Een nieuwe notitie'))
    expect(saver.flush()).toBe(false)
  })

  test('an older version opened on newer data (a rollback) shows what it can read, and never writes there', () => {
    const storage = new MemoryStorage()
    const newer = JSON.stringify({ version: 99, state: { preparations: { a: preparation('a'), b: 'onleesbaar' } } })
    storage.setItem(mainKey, newer)
    const saver = tab(storage)
    expect(saver.mode).toBe('newer')
    expect(Object.keys(saver.view().preparations)).toEqual(['a'])
    saver.apply(ops.create('c', { buddy: 'none' }))
    saver.flush()
    expect(storage.getItem(mainKey)).toBe(newer)
    expect(Object.keys(JSON.parse(storage.getItem(saver.draftKey)!).state.preparations)).toEqual(['c'])
    // Not even JSON: nothing to show, nothing written over it.
    storage.setItem(mainKey, '{"version": 99, "state": ')
    expect(tab(storage).mode).toBe('blocked')
  })

  test('repeated loads with the same bad preparation keep one copy of it', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('good')]).replace('"preparations":{', '"preparations":{"bad":42,'))
    tab(storage)
    tab(storage)
    storage.setItem(mainKey, saved([preparation('good')]).replace('"preparations":{', '"preparations":{"bad":42,'))
    tab(storage)
    expect(setAsideKeys(storage)).toHaveLength(1)
    expect(JSON.parse(storage.getItem(setAsideKeys(storage)[0]!)!)).toMatchObject({ reason: 'unusable', data: '42' })
  })

  test('a bad preparation once copied aside is left out of the saved data, the good one kept whole', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('good')]).replace('"preparations":{', '"preparations":{"bad":[1],'))
    const saver = tab(storage)
    expect(saver.mode).toBe('ok')
    expect(onDevice(storage).preparations).toEqual({ good: preparation('good') })
  })
})

describe('years of conversations', () => {
  test('the first change after a page load is written without reading and checking the device again', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a'), preparation('b')]))
    const saver = tab(storage)
    const parse = vi.spyOn(JSON, 'parse')
    saver.apply(ops.setNote('a', 'during.small-talk', 'Over voetbal'))
    expect(saver.flush()).toBe(true)
    expect(parse).not.toHaveBeenCalled()
    parse.mockRestore()
    expect(onDevice(storage).preparations.a.notes).toEqual({ 'during.small-talk': 'Over voetbal' })
    expect(onDevice(storage).preparations.b).toEqual(preparation('b'))
  })

  test('another tab that wrote before the first change is still taken in', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a')]))
    const saver = tab(storage)
    storage.setItem(mainKey, saved([preparation('a'), preparation('b')]))
    saver.apply(ops.setNote('a', 'during.small-talk', 'Over voetbal'))
    saver.flush()
    expect(Object.keys(onDevice(storage).preparations)).toEqual(['a', 'b'])
  })
})

describe('two tabs', () => {
  test('each keeps its own preparation; a change in one lands in the right child in the other', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('x'), preparation('y')]))
    const a = tab(storage)
    const b = tab(storage)
    b.apply(ops.setNote('y', 'during.small-talk', 'In tab B over Y'))
    b.flush()
    a.refresh()
    a.apply(ops.setTick('x', 'before.room-and-chairs', true))
    a.flush()
    const { preparations } = onDevice(storage)
    expect(preparations.x.ticks).toEqual({ 'during.small-talk': true, 'before.room-and-chairs': true })
    expect(preparations.y.ticks).toEqual({ 'during.small-talk': true })
    expect(preparations.y.notes['during.small-talk']).toBe('In tab B over Y')
  })

  test('two new preparations started in two tabs stay two', () => {
    const storage = new MemoryStorage()
    const a = tab(storage)
    const b = tab(storage)
    a.apply(ops.create('from-a', { buddy: 'none' }))
    b.apply(ops.create('from-b', { buddy: 'attending' }))
    a.flush()
    b.flush()
    expect(Object.keys(onDevice(storage).preparations).sort()).toEqual(['from-a', 'from-b'])
  })

  test('changes to the same preparation in two tabs are both kept', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('x')]))
    const a = tab(storage)
    const b = tab(storage)
    a.apply(ops.setNote('x', 'during.small-talk', 'Uit tab A'))
    b.apply(ops.setTick('x', 'after.evaluate-together', true))
    b.flush()
    a.flush()
    const x = onDevice(storage).preparations.x
    expect(x.notes['during.small-talk']).toBe('Uit tab A')
    expect(x.ticks['after.evaluate-together']).toBe(true)
  })

  test('a tab that wrote before still reads what another tab wrote since, even when it was not told', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('x'), preparation('y')]))
    const a = tab(storage)
    a.apply(ops.setNote('x', 'during.small-talk', 'Eerste notitie in tab A'))
    a.flush()
    const b = tab(storage)
    b.apply(ops.setNote('y', 'during.small-talk', 'In tab B over Y'))
    b.flush()
    // No storage event reached tab A: its next write still starts from what is on the device.
    a.apply(ops.setTick('x', 'before.room-and-chairs', true))
    a.flush()
    const { preparations } = onDevice(storage)
    expect(preparations.x.notes['during.small-talk']).toBe('Eerste notitie in tab A')
    expect(preparations.x.ticks['before.room-and-chairs']).toBe(true)
    expect(preparations.y.notes['during.small-talk']).toBe('In tab B over Y')
  })

  test('a preparation deleted in one tab is reported by the other, and not brought back by its next save', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('x'), preparation('y')]))
    const a = tab(storage)
    const b = tab(storage)
    b.apply(ops.remove(['x']))
    b.flush()
    expect(a.refresh().map((p) => p.id)).toEqual(['x'])
    a.apply(ops.setTick('x', 'during.small-talk', true))
    a.flush()
    expect(Object.keys(onDevice(storage).preparations)).toEqual(['y'])
  })

  test('a change overwritten by another tab that wrote at the same moment is written again', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('x'), preparation('y')]))
    const b = tab(storage)
    const seenByA = storage.getItem(mainKey)!
    b.apply(ops.setTick('y', 'during.welcome-questions', true))
    b.flush()
    // Tab A read the data before B's write reached it, and wrote its own change over B's.
    const fromA = JSON.parse(seenByA)
    fromA.state.preparations.x.notes = { 'during.small-talk': 'Uit tab A' }
    storage.setItem(mainKey, JSON.stringify(fromA))
    b.refresh()
    expect(b.view().preparations.y?.ticks['during.welcome-questions']).toBe(true)
    b.flush()
    const { preparations } = onDevice(storage)
    expect(preparations.y.ticks['during.welcome-questions']).toBe(true)
    expect(preparations.x.notes).toEqual({ 'during.small-talk': 'Uit tab A' })
  })

  test('two tabs typing in the same note at once: both texts are kept, the other under a line', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('x', { notes: {} })]))
    const a = tab(storage)
    const b = tab(storage)
    a.apply(ops.setNote('x', 'during.small-talk', 'Uit tab A'))
    b.apply(ops.setNote('x', 'during.small-talk', 'Uit'))
    b.apply(ops.setNote('x', 'during.small-talk', 'Uit tab B'))
    a.flush()
    b.flush()
    expect(onDevice(storage).preparations.x.notes['during.small-talk']).toBe('Uit tab B\n\n---\nUit tab A')
    a.refresh()
    expect(a.view().preparations.x?.notes['during.small-talk']).toBe('Uit tab B\n\n---\nUit tab A')
    // Typing on in either tab goes on from there, and keeps nothing twice.
    a.apply(ops.setNote('x', 'during.small-talk', 'Uit tab B\n\n---\nUit tab A, verder'))
    a.flush()
    b.refresh()
    expect(b.hasPending()).toBe(false)
    expect(b.view().preparations.x?.notes['during.small-talk']).toBe('Uit tab B\n\n---\nUit tab A, verder')
  })

  test('the same, when the other tab wrote over this one without having seen it: both kept', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('x', { card: {} })]))
    const b = tab(storage)
    const seenByA = storage.getItem(mainKey)!
    b.apply(ops.setCardNotes('x', 'Kaart uit tab B'))
    b.flush()
    const fromA = JSON.parse(seenByA)
    fromA.state.preparations.x.card = { notes: 'Kaart uit tab A' }
    storage.setItem(mainKey, JSON.stringify(fromA))
    b.refresh()
    b.flush()
    expect(onDevice(storage).preparations.x.card.notes).toBe('Kaart uit tab B\n\n---\nKaart uit tab A')
  })

  test.each([
    ['the same text', 'Zelfde tekst', 'Zelfde tekst', 'Zelfde tekst'],
    ['one tab emptied it', '', 'Uit tab A', 'Uit tab A'],
  ])('no second text when the tabs wrote %s', (_, fromB, fromA, expected) => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('x', { evaluation: { agreements: 'Eerst' } })]))
    const a = tab(storage)
    const b = tab(storage)
    a.apply(ops.saveEvaluation('x', { agreements: fromA }))
    b.apply(ops.saveEvaluation('x', { agreements: fromB }))
    a.flush()
    b.flush()
    expect(onDevice(storage).preparations.x.evaluation.agreements ?? '').toBe(fromB || expected)
  })

  test('a write that fails keeps the change waiting, and it is written with the next one', () => {
    const storage = new MemoryStorage()
    const saver = tab(storage)
    saver.apply(ops.create('x', { buddy: 'none' }))
    storage.quota = 0
    expect(saver.flush()).toBe(false)
    storage.quota = Number.POSITIVE_INFINITY
    saver.apply(ops.setTick('x', 'during.small-talk', true))
    expect(saver.flush()).toBe(true)
    expect(onDevice(storage).preparations.x.ticks).toEqual({ 'during.small-talk': true })
  })
})

describe('two tabs and a full device, as a teacher meets them', () => {
  // A clock that moves, as it does between two saves a second apart.
  let clock = Date.parse('2026-11-29T12:00:00.000Z')
  const now = () => new Date(clock).toISOString()
  const movingOps = preparationOps(now)
  const openTab = (storage: Storage) => tab(storage, now)

  test('two saves of one tab, overwritten by another tab that read the device before them, are both written again', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('x'), preparation('y')]))
    const b = openTab(storage)
    const readByOtherTab = storage.getItem(mainKey)!
    b.apply(movingOps.setTick('y', 'during.welcome-questions', true))
    b.flush()
    clock += 1000
    b.apply(movingOps.setNote('y', 'during.small-talk', 'tweede'))
    b.flush()
    storage.setItem(mainKey, readByOtherTab)
    b.refresh()
    b.flush()
    const y = onDevice(storage).preparations.y
    expect(y.ticks['during.welcome-questions']).toBe(true)
    expect(y.notes['during.small-talk']).toBe('tweede')
  })

  test('a question added in one tab appears once, also after another tab saved on top of it', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('x', { questions: [] })]))
    const a = openTab(storage)
    const b = openTab(storage)
    b.apply(movingOps.addQuestion('x', 'q-new', 'Kan er een extra leesmoment komen?'))
    b.flush()
    a.refresh()
    a.apply(movingOps.setTick('x', 'before.room-and-chairs', true))
    a.flush()
    b.refresh()
    expect(b.view().preparations.x!.questions.map((q) => q.text)).toEqual(['Kan er een extra leesmoment komen?'])
    b.apply(movingOps.setTick('x', 'during.small-talk', false))
    b.flush()
    expect(onDevice(storage).preparations.x.questions).toHaveLength(1)
  })

  test('data of a newer version found when the app opens is neither set aside nor reported as damaged', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, JSON.stringify({ version: 99, state: {} }))
    const saver = new Saver(() => storage, now)
    expect(saver.load()).toBeNull()
    expect(setAsideKeys(storage)).toEqual([])
  })

  test('device full with a bad preparation: once the teacher allows replacing it, the next tick is saved', () => {
    const storage = new MemoryStorage()
    const text = saved([preparation('good')])
    storage.setItem(mainKey, text.replace('"preparations":{', `"preparations":{"bad":"${'n'.repeat(500)}",`))
    storage.quota = storage.used() + 10
    const saver = openTab(storage)
    expect(saver.mode).toBe('blocked')
    saver.allowReplacing()
    saver.apply(movingOps.setTick('good', 'during.opening-with-buddy', true))
    expect(saver.flush()).toBe(true)
    expect(saver.mode).toBe('ok')
    expect(onDevice(storage).preparations.good.ticks['during.opening-with-buddy']).toBe(true)
  })
})

describe('a change written at once (reading a backup back)', () => {
  const big = (id: string) => preparation(id, { notes: { 'during.small-talk': 'x'.repeat(5_000) } })

  test('is written with what was waiting before it', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a')]))
    const saver = tab(storage)
    saver.apply(ops.setTick('a', 'during.opening-with-buddy', true))
    expect(saver.applyNow(ops.restore([preparation('b')], (_, file) => file))).toBe(true)
    expect(Object.keys(onDevice(storage).preparations)).toEqual(['a', 'b'])
    expect(onDevice(storage).preparations.a.ticks['during.opening-with-buddy']).toBe(true)
    expect(saver.hasPending()).toBe(false)
  })

  test('too large to store: taken back, nothing changed on the device or in the tab', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a')]))
    const saver = tab(storage)
    const before = storage.getItem(mainKey)
    storage.quota = storage.used() + 1_000
    expect(saver.applyNow(ops.restore([big('b')], (_, file) => file))).toBe(false)
    expect(storage.getItem(mainKey)).toBe(before)
    expect(Object.keys(saver.view().preparations)).toEqual(['a'])
    expect(saver.hasPending()).toBe(false)
    // A later change is written without the backup in it.
    storage.quota = Number.POSITIVE_INFINITY
    saver.apply(ops.setTick('a', 'during.opening-with-buddy', true))
    expect(saver.flush()).toBe(true)
    expect(Object.keys(onDevice(storage).preparations)).toEqual(['a'])
  })

  test('too large: what was waiting before it stays waiting, and is written once there is room', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a')]))
    const saver = tab(storage)
    storage.quota = storage.used() + 1_000
    saver.apply(ops.setTick('a', 'during.opening-with-buddy', true))
    expect(saver.applyNow(ops.restore([big('b')], (_, file) => file))).toBe(false)
    expect(saver.view().preparations.a?.ticks['during.opening-with-buddy']).toBe(true)
    expect(saver.view().preparations.b).toBeUndefined()
    expect(saver.hasPending()).toBe(true)
    storage.quota = Number.POSITIVE_INFINITY
    expect(saver.flush()).toBe(true)
    expect(onDevice(storage).preparations.a.ticks['during.opening-with-buddy']).toBe(true)
    expect(onDevice(storage).preparations.b).toBeUndefined()
  })

  test('with data from a newer version on the device: not written, taken back', () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a')]))
    const saver = tab(storage)
    const newer = JSON.stringify({ version: 99, state: {} })
    storage.setItem(mainKey, newer)
    expect(saver.applyNow(ops.restore([preparation('b')], (_, file) => file))).toBe(false)
    expect(storage.getItem(mainKey)).toBe(newer)
    expect(saver.view().preparations.b).toBeUndefined()
  })
})

describe('the device wiped while this tab holds preparations', () => {
  const wipedTab = () => {
    const storage = new MemoryStorage()
    storage.setItem(mainKey, saved([preparation('a'), preparation('b')]))
    const saver = tab(storage)
    storage.clear()
    return { storage, saver }
  }

  test('a change made after it is not written over the empty device, and nothing is forgotten', () => {
    const { storage, saver } = wipedTab()
    saver.apply(ops.setTick('a', 'during.opening-with-buddy', true))
    saver.flush()
    expect(storage.getItem(mainKey)).toBeNull()
    expect(saver.mode).toBe('blocked')
    expect(saver.problem).toEqual({ kind: 'wiped', raw: null })
    expect(Object.keys(saver.view().preparations)).toEqual(['a', 'b'])
    expect(saver.view().preparations.a?.ticks['during.opening-with-buddy']).toBe(true)
  })

  test('heard from another tab: nothing is dropped from this tab', () => {
    const { saver } = wipedTab()
    expect(saver.refresh()).toEqual([])
    expect(saver.problem?.kind).toBe('wiped')
    expect(Object.keys(saver.view().preparations)).toEqual(['a', 'b'])
  })

  test('put back: everything this tab holds is written again, with the change made since', () => {
    const { storage, saver } = wipedTab()
    saver.apply(ops.setTick('a', 'during.opening-with-buddy', true))
    saver.flush()
    expect(saver.putBackWiped()).toBe(true)
    expect(saver.mode).toBe('ok')
    expect(Object.keys(onDevice(storage).preparations)).toEqual(['a', 'b'])
    expect(onDevice(storage).preparations.a.ticks['during.opening-with-buddy']).toBe(true)
    // And saving goes on as usual.
    saver.apply(ops.setTick('b', 'during.opening-with-buddy', true))
    saver.flush()
    expect(onDevice(storage).preparations.b.ticks['during.opening-with-buddy']).toBe(true)
  })

  test('put back on a device that is full: not written, and still held', () => {
    const { storage, saver } = wipedTab()
    saver.flush()
    saver.apply(ops.setTick('a', 'during.opening-with-buddy', true))
    saver.flush()
    storage.quota = 10
    expect(saver.putBackWiped()).toBe(false)
    expect(Object.keys(saver.view().preparations)).toEqual(['a', 'b'])
  })

  test('let go: the teacher wiped on purpose; what this tab held is gone, a new preparation is kept', () => {
    const { storage, saver } = wipedTab()
    saver.apply(ops.create('c', {}))
    saver.flush()
    saver.forgetWiped()
    expect(saver.mode).toBe('ok')
    saver.flush()
    expect(Object.keys(onDevice(storage).preparations)).toEqual(['c'])
  })

  test('a tab that held nothing starts on an empty device as usual', () => {
    const storage = new MemoryStorage()
    const saver = tab(storage)
    saver.apply(ops.create('c', {}))
    saver.flush()
    expect(saver.mode).toBe('ok')
    expect(Object.keys(onDevice(storage).preparations)).toEqual(['c'])
  })
})
