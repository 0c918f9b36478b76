import { describe, expect, test } from 'vitest'
import { reloadFromStorage, useStore } from '../../src/store/store'
import { SET_ASIDE_PREFIX, STORAGE_KEY } from '../../src/store/persistence'
import { answers } from '../rules/sample'

const setAsideEntries = () =>
  Object.keys(window.localStorage)
    .filter((key) => key.startsWith(SET_ASIDE_PREFIX))
    .map((key) => window.localStorage.getItem(key))

const actions = () => useStore.getState().actions
const active = () => {
  const { activeId, preparations } = useStore.getState()
  return activeId ? preparations[activeId] : undefined
}

describe('saved preparations', () => {
  test('come back after a reload with answers, ticks and notes', () => {
    actions().saveAnswers(answers())
    actions().setTick('during.small-talk', true)
    actions().setNote('during.small-talk', 'Over de vakantie')
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY)!)
    expect(saved.version).toBe(2)
    reloadFromStorage()
    expect(active()?.answers.childName).toBe('Anouk')
    expect(active()?.ticks).toEqual({ 'during.small-talk': true })
    expect(active()?.notes['during.small-talk']).toBe('Over de vakantie')
  })

  test('keep the choice to show the example sentences in Dutch', () => {
    actions().setDutchScripts(true)
    reloadFromStorage()
    expect(useStore.getState().dutchScripts).toBe(true)
  })

  test('saved before the Dutch-sentences choice existed read as not chosen, with nothing set aside', () => {
    actions().setDutchScripts(true)
    const before = { state: { preparations: {}, activeId: null, locale: 'en' }, version: 2 }
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(before))
    reloadFromStorage()
    expect(useStore.getState()).toMatchObject({ locale: 'en', dutchScripts: false })
    expect(setAsideEntries()).toEqual([])
  })

  test('that are not JSON are set aside, not overwritten, and the teacher is told', () => {
    window.localStorage.setItem(STORAGE_KEY, '{not json')
    reloadFromStorage()
    expect(setAsideEntries()).toEqual(['{not json'])
    expect(useStore.getState().setAsideKeys).toHaveLength(1)
    actions().saveAnswers({ buddy: 'none' })
    expect(setAsideEntries()).toEqual(['{not json'])
  })

  test('set aside only the preparation that is bad and keep the good one', () => {
    actions().saveAnswers(answers({ childName: 'Sem' }))
    const good = useStore.getState().activeId!
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY)!)
    saved.state.preparations.bad = { id: 'bad', answers: { buddy: 'sometimes' } }
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(saved))
    reloadFromStorage()
    expect(Object.keys(useStore.getState().preparations)).toEqual([good])
    expect(active()?.answers.childName).toBe('Sem')
    expect(JSON.parse(setAsideEntries()[0]!)).toEqual({ id: 'bad', answers: { buddy: 'sometimes' } })
  })

  test('from a newer version of the app are set aside whole', () => {
    const newer = JSON.stringify({ state: { preparations: {}, activeId: null, locale: 'nl', extra: 1 }, version: 99 })
    window.localStorage.setItem(STORAGE_KEY, newer)
    reloadFromStorage()
    expect(setAsideEntries()).toHaveLength(1)
    expect(setAsideEntries()[0]).toContain('"extra":1')
  })

  test('keep ticks of items that no longer apply, so they return with the item', () => {
    actions().saveAnswers(answers({ buddy: 'attending' }))
    actions().setTick('during.no-direct-buddy-contact', true)
    actions().saveAnswers({ buddy: 'none' })
    actions().saveAnswers({ buddy: 'attending' })
    expect(active()?.ticks['during.no-direct-buddy-contact']).toBe(true)
  })

  test('clear an optional answer when it is emptied', () => {
    actions().saveAnswers(answers({ meetingAt: '2026-12-12T15:30' }))
    actions().saveAnswers({ meetingAt: undefined })
    expect(active()?.answers).not.toHaveProperty('meetingAt')
  })

  test('from version 1 are brought up to date with nothing lost', () => {
    const v1 = {
      version: 1,
      state: {
        locale: 'nl',
        activeId: 'old',
        preparations: {
          old: {
            id: 'old',
            createdAt: 'x',
            updatedAt: 'x',
            answers: answers(),
            ticks: { 'during.small-talk': true },
            notes: { 'during.small-talk': 'Oud' },
          },
        },
      },
    }
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(v1))
    reloadFromStorage()
    expect(setAsideEntries()).toEqual([])
    expect(active()).toMatchObject({
      ticks: { 'during.small-talk': true },
      notes: { 'during.small-talk': 'Oud' },
      questions: [],
      held: false,
    })
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY)!).version).toBe(2)
  })

  test('follow a change made in another tab, so it is not overwritten', () => {
    actions().saveAnswers(answers({ childName: 'Sem' }))
    const id = useStore.getState().activeId!
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY)!)
    saved.state.preparations[id].notes['during.small-talk'] = 'Geschreven in het andere tabblad'
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(saved))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    actions().setTick('during.small-talk', true)
    const after = JSON.parse(window.localStorage.getItem(STORAGE_KEY)!).state.preparations[id]
    expect(after.notes['during.small-talk']).toBe('Geschreven in het andere tabblad')
    expect(after.ticks['during.small-talk']).toBe(true)
  })

  test('are kept per id, one of them active', () => {
    actions().saveAnswers(answers({ childName: 'Sem' }))
    const first = useStore.getState().activeId
    actions().startNew()
    actions().saveAnswers(answers({ childName: 'Noor' }))
    const { preparations, activeId } = useStore.getState()
    expect(Object.keys(preparations)).toHaveLength(2)
    expect(activeId).not.toBe(first)
    expect(preparations[first!]?.answers.childName).toBe('Sem')
  })
})
