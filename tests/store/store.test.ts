// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest'
import { DRAFT_PREFIX, STORAGE_KEY, STORAGE_VERSION } from '../../src/store/persistence'
import { fingerprint, SET_ASIDE_PREFIX, setAside } from '../../src/store/set-aside'
import { actions } from '../helpers'
import { answers } from '../rules/sample'
import { preparation, saved } from './fixtures'
import { testStore } from '../test-store'
import { SAVE_AT_MOST_MS, SAVE_DELAY_MS } from '../../src/store/store'

const setAsideEntries = () =>
  Object.keys(window.localStorage)
    .filter((key) => key.startsWith(SET_ASIDE_PREFIX))
    .map((key) => JSON.parse(window.localStorage.getItem(key)!).data as string)
const onDevice = () => JSON.parse(window.localStorage.getItem(STORAGE_KEY)!)
const state = () => testStore().getState()

afterEach(() => {
  vi.useRealTimers()
})

describe('saved preparations', () => {
  test('come back after a reload with answers, ticks and notes', () => {
    const id = actions().create(answers())
    actions().setTick(id, 'during.small-talk', true)
    actions().setNote(id, 'during.small-talk', 'Over de vakantie')
    testStore().reloadFromStorage()
    expect(onDevice().version).toBe(STORAGE_VERSION)
    expect(state().preparations[id]).toMatchObject({
      answers: { childName: 'Anouk' },
      ticks: { 'during.small-talk': true },
      notes: { 'during.small-talk': 'Over de vakantie' },
    })
  })

  test('are written in a batch after typing stops, not on each keystroke, and at once when the page is hidden', () => {
    vi.useFakeTimers()
    const id = actions().create(answers())
    testStore().flushSaves()
    actions().setNote(id, 'during.small-talk', 'O')
    actions().setNote(id, 'during.small-talk', 'Ov')
    expect(onDevice().state.preparations[id].notes).toEqual({})
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(onDevice().state.preparations[id].notes).toEqual({ 'during.small-talk': 'Ov' })
    actions().setNote(id, 'during.small-talk', 'Over')
    window.dispatchEvent(new Event('pagehide'))
    expect(onDevice().state.preparations[id].notes).toEqual({ 'during.small-talk': 'Over' })
  })

  test('wait while the teacher keeps typing, but are written at the latest after a while', () => {
    vi.useFakeTimers()
    const id = actions().create(answers())
    testStore().flushSaves()
    const typeFor = (ms: number) => {
      for (let waited = 0; waited < ms; waited += SAVE_DELAY_MS / 2) {
        actions().setNote(
          id,
          'during.small-talk',
          `${testStore().getState().preparations[id]!.notes['during.small-talk'] ?? ''}a`,
        )
        vi.advanceTimersByTime(SAVE_DELAY_MS / 2)
      }
    }
    typeFor(SAVE_AT_MOST_MS - SAVE_DELAY_MS)
    expect(onDevice().state.preparations[id].notes).toEqual({})
    typeFor(SAVE_DELAY_MS * 2)
    const written = onDevice().state.preparations[id].notes['during.small-talk']
    expect(written.length).toBeGreaterThan((SAVE_AT_MOST_MS - SAVE_DELAY_MS) / (SAVE_DELAY_MS / 2))
  })

  test('that are not JSON are set aside, not overwritten, and the teacher must decide before anything is saved', () => {
    window.localStorage.setItem(STORAGE_KEY, '{not json')
    testStore().reloadFromStorage()
    expect(setAsideEntries()).toEqual(['{not json'])
    expect(state().mode).toBe('blocked')
    actions().create({ buddy: 'none' })
    testStore().flushSaves()
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe('{not json')
    actions().allowReplacing()
    expect(Object.values(onDevice().state.preparations)).toHaveLength(1)
    expect(setAsideEntries()).toEqual(['{not json'])
  })

  test('are set aside once, however often the same bad data is loaded', () => {
    const text = saved([preparation('good')]).replace('"preparations":{', '"preparations":{"bad":"x",')
    for (let i = 0; i < 3; i++) {
      window.localStorage.setItem(STORAGE_KEY, text)
      testStore().reloadFromStorage()
    }
    expect(setAsideEntries()).toEqual(['"x"'])
  })

  test('a different copy that happens to get the same key is stored beside it, not over it', () => {
    const key = `${SET_ASIDE_PREFIX}${fingerprint('"new"')}`
    window.localStorage.setItem(
      key,
      JSON.stringify({ format: 'oudergesprek-set-aside', reason: 'unusable', at: 'x', data: '"old"' }),
    )
    // Gives up after a few reads, so a search for a free key that never moves on fails instead of hanging.
    let reads = 0
    const storage = {
      getItem: (k: string) => {
        if (++reads > 10) throw new Error('setAside keeps reading the same keys')
        return window.localStorage.getItem(k)
      },
      setItem: (k: string, value: string) => window.localStorage.setItem(k, value),
    } as Storage
    expect(setAside(storage, '"new"', 'unusable', 'now')).toBe(`${key}-2`)
    expect(setAsideEntries().sort()).toEqual(['"new"', '"old"'])
  })

  test('keep ticks of items that no longer apply, so they return with the item', () => {
    const id = actions().create(answers({ buddy: 'attending' }))
    actions().setTick(id, 'during.no-direct-buddy-contact', true)
    actions().saveAnswers(id, { buddy: 'none' })
    actions().saveAnswers(id, { buddy: 'attending' })
    expect(state().preparations[id]?.ticks['during.no-direct-buddy-contact']).toBe(true)
  })

  test('unticking removes the tick', () => {
    const id = actions().create(answers())
    actions().setTick(id, 'during.small-talk', true)
    actions().setTick(id, 'during.small-talk', false)
    testStore().reloadFromStorage()
    expect(state().preparations[id]?.ticks).toEqual({})
  })

  test('a question is kept without the spaces around it', () => {
    const id = actions().create(answers())
    actions().addQuestion(id, '  Kan er een extra leesmoment komen?  ')
    expect(state().preparations[id]?.questions.map((q) => q.text)).toEqual(['Kan er een extra leesmoment komen?'])
  })

  test('a change moves the time of the last change, so the newest copy wins a backup merge', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-29T10:00:00Z'))
    const id = actions().create(answers())
    vi.setSystemTime(new Date('2026-11-29T11:00:00Z'))
    actions().setTick(id, 'during.small-talk', true)
    expect(state().preparations[id]).toMatchObject({
      createdAt: '2026-11-29T10:00:00.000Z',
      updatedAt: '2026-11-29T11:00:00.000Z',
    })
  })

  test('a new usual length drops the length chosen for the old one, unless one is chosen with it', () => {
    const id = actions().create(answers({ expectedMinutes: 30 }))
    actions().saveAnswers(id, { chosenMinutes: 45 })
    actions().saveAnswers(id, { expectedMinutes: 30, childName: 'Sem' })
    expect(state().preparations[id]?.answers.chosenMinutes).toBe(45)
    actions().saveAnswers(id, { expectedMinutes: 20 })
    expect(state().preparations[id]?.answers).not.toHaveProperty('chosenMinutes')
    actions().saveAnswers(id, { expectedMinutes: 40, chosenMinutes: 60 })
    expect(state().preparations[id]?.answers).toMatchObject({ expectedMinutes: 40, chosenMinutes: 60 })
    testStore().reloadFromStorage()
    expect(state().preparations[id]?.answers.chosenMinutes).toBe(60)
  })

  test('a follow-up remembers the buddy asked to come again, and plans the minutes set for it', () => {
    const id = actions().create(answers({ buddy: 'unknown', expectedMinutes: 30, chosenMinutes: 45 }))
    actions().saveFollowUp(id, { at: '2027-01-19T15:00', minutes: 20, withBuddy: true })
    const next = actions().prepareFollowUp(id)!
    const followUp = state().preparations[next]!
    expect(followUp.answers).toMatchObject({ buddy: 'attending', expectedMinutes: 20, chosenMinutes: 20 })
    expect(followUp.answers).not.toHaveProperty('sensitiveNews')
    // Without the buddy asked again, or without minutes: asked again, and the usual length.
    const other = actions().create(answers({ buddy: 'attending', expectedMinutes: 30, chosenMinutes: 45 }))
    actions().saveFollowUp(other, { at: '2027-01-19T15:00', withBuddy: false })
    const plain = actions().prepareFollowUp(other)!
    expect(state().preparations[plain]!.answers).not.toHaveProperty('buddy')
    expect(state().preparations[plain]!.answers).not.toHaveProperty('chosenMinutes')
    expect(state().preparations[plain]!.answers.expectedMinutes).toBe(30)
  })

  test('clear an optional answer when it is emptied', () => {
    const id = actions().create(answers({ meetingAt: '2026-12-12T15:30' }))
    actions().saveAnswers(id, { meetingAt: undefined })
    expect(state().preparations[id]?.answers).not.toHaveProperty('meetingAt')
  })

  test('follow a change made in another tab, keeping the change made here', () => {
    const id = actions().create(answers({ childName: 'Sem' }))
    testStore().flushSaves()
    const other = onDevice()
    other.state.preparations[id].notes['during.small-talk'] = 'Geschreven in het andere tabblad'
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(other))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    expect(state().preparations[id]?.notes['during.small-talk']).toBe('Geschreven in het andere tabblad')
    actions().setTick(id, 'during.small-talk', true)
    testStore().flushSaves()
    expect(onDevice().state.preparations[id]).toMatchObject({
      notes: { 'during.small-talk': 'Geschreven in het andere tabblad' },
      ticks: { 'during.small-talk': true },
    })
  })

  test('keep the card’s notes and the timer’s start across a reload; a stopped timer is gone', () => {
    vi.useFakeTimers({ now: new Date('2026-12-12T14:30:05.000Z'), toFake: ['Date'] })
    const id = actions().create(answers())
    actions().setCardNotes(id, 'Moeder wil een vervolg')
    actions().startTimer(id)
    testStore().reloadFromStorage()
    expect(state().preparations[id]?.card).toEqual({
      notes: 'Moeder wil een vervolg',
      timerStartedAt: '2026-12-12T14:30:05.000Z',
    })
    actions().stopTimer(id)
    testStore().reloadFromStorage()
    expect(state().preparations[id]?.card).toEqual({ notes: 'Moeder wil een vervolg' })
  })

  test('keep one note on the card: marking another moves the mark, and taking it off leaves the card’s notes', () => {
    const id = actions().create(answers())
    actions().setCardNotes(id, 'Moeder wil een vervolg')
    actions().setKeyNote(id, 'during.small-talk')
    actions().setKeyNote(id, 'before.room-and-chairs')
    testStore().reloadFromStorage()
    expect(state().preparations[id]?.card).toEqual({
      notes: 'Moeder wil een vervolg',
      keyNote: 'before.room-and-chairs',
    })
    actions().setKeyNote(id, null)
    testStore().reloadFromStorage()
    expect(state().preparations[id]?.card).toEqual({ notes: 'Moeder wil een vervolg' })
  })

  test('a timer started here keeps a card note written in another tab meanwhile', () => {
    const id = actions().create(answers())
    testStore().flushSaves()
    const other = onDevice()
    other.state.preparations[id].card = { notes: 'Geschreven in het andere tabblad' }
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(other))
    actions().startTimer(id)
    testStore().flushSaves()
    expect(onDevice().state.preparations[id].card).toEqual({
      notes: 'Geschreven in het andere tabblad',
      timerStartedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    })
  })

  test('undo survives a save in another tab, and brings the preparation back whole', () => {
    const id = actions().create(answers({ childName: 'Sem' }))
    actions().setNote(id, 'during.small-talk', 'Over voetbal')
    const before = state().preparations[id]
    actions().remove(id)
    testStore().flushSaves()
    window.localStorage.setItem(STORAGE_KEY, saved([preparation('elsewhere')]))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    actions().undoRemove()
    testStore().flushSaves()
    expect(onDevice().state.preparations[id]).toEqual(before)
    expect(Object.keys(onDevice().state.preparations).sort()).toEqual([id, 'elsewhere'].sort())
  })

  test('a preparation deleted in another tab can be brought back in this one', () => {
    const id = actions().create(answers({ childName: 'Sem' }))
    testStore().flushSaves()
    const other = onDevice()
    Reflect.deleteProperty(other.state.preparations, id)
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(other))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    expect(state().preparations[id]).toBeUndefined()
    expect(state().removedElsewhere[id]?.answers.childName).toBe('Sem')
    actions().restoreRemovedElsewhere(id)
    expect(state().preparations[id]?.answers.childName).toBe('Sem')
  })

  test('deleting the preparation used last forgets it; deleting another one does not', () => {
    const other = actions().create(answers({ childName: 'Sem' }))
    const last = actions().create(answers({ childName: 'Noor' }))
    actions().remove(other)
    testStore().flushSaves()
    expect(onDevice().state.lastUsedId).toBe(last)
    actions().remove(last)
    testStore().flushSaves()
    expect(state().lastUsedId).toBeNull()
    expect(onDevice().state.lastUsedId).toBeNull()
  })

  test('deleting everything takes the set-aside copies too, and undo brings it all back', () => {
    window.localStorage.setItem(
      STORAGE_KEY,
      saved([preparation('a')]).replace('"preparations":{', '"preparations":{"bad":1,'),
    )
    testStore().reloadFromStorage()
    actions().create(answers())
    actions().removeAll()
    testStore().flushSaves()
    expect(onDevice().state.preparations).toEqual({})
    expect(setAsideEntries()).toEqual([])
    actions().undoRemove()
    testStore().flushSaves()
    expect(Object.keys(onDevice().state.preparations)).toHaveLength(2)
    expect(setAsideEntries()).toEqual(['1'])
  })

  test('keep the choice to show the example sentences in Dutch', () => {
    actions().setDutchScripts(true)
    testStore().reloadFromStorage()
    expect(state().settings.dutchScripts).toBe(true)
  })

  test('the language is kept with the settings', () => {
    actions().setLocale('en')
    testStore().reloadFromStorage()
    expect(state().settings.locale).toBe('en')
  })
})

describe('what the teacher did is kept through the moments a phone or a browser gets in the way', () => {
  test('hiding the page (switching to another app) writes what is waiting at once', () => {
    vi.useFakeTimers()
    const id = actions().create(answers())
    testStore().flushSaves()
    actions().setNote(id, 'during.small-talk', 'Over de verhuizing')
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    try {
      document.dispatchEvent(new Event('visibilitychange'))
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
    }
    expect(onDevice().state.preparations[id].notes).toEqual({ 'during.small-talk': 'Over de verhuizing' })
  })

  test('a preparation made while the device could not be read is kept when reading works again', () => {
    const blocked = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    try {
      testStore().reloadFromStorage()
      expect(state().mode).toBe('unavailable')
    } finally {
      blocked.mockRestore()
    }
    const id = actions().create(answers({ childName: 'Sem' }))
    actions().retryReading()
    expect(state().preparations[id]?.answers.childName).toBe('Sem')
    expect(onDevice().state.preparations[id]).toBeDefined()
  })

  test('undo brings a deleted preparation back once: after that, nothing is left to undo', () => {
    const id = actions().create(answers())
    actions().remove(id)
    actions().undoRemove()
    expect(state().preparations[id]).toBeDefined()
    expect(state().removed).toEqual([])
  })
})

describe('drafts kept by a tab of an older version', () => {
  test('are migrated, merged into what is here with nothing lost, written, and removed', async () => {
    window.localStorage.setItem(
      STORAGE_KEY,
      saved([preparation('a', { notes: { 'during.small-talk': 'Hier getypt' } }), preparation('b')]),
    )
    // Written by a version that knew no edited invitations yet (5): its migration adds them.
    const older = { ...preparation('a', { notes: { 'during.small-talk': 'In het oude tabblad' } }), texts: undefined }
    const draftKey = `${DRAFT_PREFIX}oud-tabblad`
    window.localStorage.setItem(
      draftKey,
      JSON.stringify({
        version: 5,
        state: {
          preparations: {
            a: { ...older, ticks: { 'before.room-and-chairs': true } },
            c: { ...preparation('c'), texts: undefined },
          },
        },
      }),
    )
    // A draft of a version newer than this one is left for that version.
    const newerDraft = `${DRAFT_PREFIX}nieuwer`
    window.localStorage.setItem(
      newerDraft,
      JSON.stringify({ version: STORAGE_VERSION + 1, state: { preparations: {} } }),
    )
    testStore().reloadFromStorage()
    await testStore().takeInDrafts()
    const { preparations } = state()
    expect(preparations.a?.notes['during.small-talk']).toBe(
      'Hier getypt\n\n— Tegelijk in een ander tabblad geschreven: —\nIn het oude tabblad',
    )
    expect(preparations.a?.ticks).toEqual({ 'during.small-talk': true, 'before.room-and-chairs': true })
    expect(preparations.b).toEqual(preparation('b'))
    // Version 6 planned the extra time it suggested: that length is kept as chosen (version 7).
    const migratedC = { ...preparation('c'), texts: {}, answers: { ...preparation('c').answers, chosenMinutes: 45 } }
    expect(preparations.c).toEqual(migratedC)
    expect(onDevice().state.preparations.c).toEqual(migratedC)
    expect(window.localStorage.getItem(draftKey)).toBeNull()
    expect(window.localStorage.getItem(newerDraft)).not.toBeNull()
    // Taken in once: a second look changes nothing.
    const before = window.localStorage.getItem(STORAGE_KEY)
    await testStore().takeInDrafts()
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe(before)
  })
})
