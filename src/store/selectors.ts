import { createContext, useCallback, useContext, useMemo, useState } from 'react'
import { useStore as useStoreApi } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { DraftAnswers } from '../rules'
import { byNewestConversation } from '../model/series'
import { own, type Preparation } from '../model'
import type { AppStore, StoreState } from './store'
import { schoolNameOf } from './persistence'

const NO_ANSWERS: DraftAnswers = {}
const NO_TICKS: Record<string, true> = {}
const NO_QUESTIONS: Preparation['questions'] = []

/** The store the screens read and change: made and started where the app starts (src/main.tsx). */
export const StoreContext = createContext<AppStore | null>(null)

export function useAppStore(): AppStore {
  const store = useContext(StoreContext)
  if (store === null) throw new Error('The app needs its store: render it inside a StoreContext')
  return store
}

/** A value picked from the store's state: the screen draws again when it changes. */
export function useStore<T>(pick: (state: StoreState) => T): T {
  return useStoreApi(useAppStore(), pick)
}

/** The preparation this screen shows: its id comes from the address, so each tab has its own. */
export const ActiveId = createContext<string | null>(null)

export function useActiveId(): string | null {
  return useContext(ActiveId)
}

/** The id of the preparation on screen, for screens that only exist for one. */
export function useRequiredId(): string {
  const id = useActiveId()
  if (id === null) throw new Error('This screen needs a preparation')
  return id
}

const select = (s: StoreState, id: string | null): Preparation | undefined => (id ? own(s.preparations, id) : undefined)

export const useActions = () => useStore((s) => s.actions)
export const useLocale = () => useStore((s) => s.settings.locale)
export const useDutchScripts = () => useStore((s) => s.settings.dutchScripts)
/** The teacher's own settings: name, school, default room, language choices. */
export const useSettings = () => useStore((s) => s.settings)
export const usePreparation = (id: string | null) => useStore((s) => select(s, id))
export const useActivePreparation = () => usePreparation(useActiveId())
/**
 * One part of the preparation on screen, as stored (or a plain value made from it): a screen
 * that shows only that part re-renders when it changes, not on every keystroke elsewhere.
 */
export function useActivePart<T>(pick: (preparation: Preparation) => T): T | undefined {
  const id = useActiveId()
  return useStore((s) => {
    const preparation = select(s, id)
    return preparation === undefined ? undefined : pick(preparation)
  })
}
/** The open questions of the preparation on screen. */
export const useActiveQuestions = () => useActivePart((p) => p.questions) ?? NO_QUESTIONS
/** Reads the preparation on screen when called (on a click), without re-rendering as it changes. */
export function useReadActivePreparation(): () => Preparation | undefined {
  const id = useActiveId()
  const store = useAppStore()
  return useCallback(() => select(store.getState(), id), [store, id])
}
export const useAnswers = (): DraftAnswers => {
  const id = useActiveId()
  return useStore((s) => select(s, id)?.answers ?? NO_ANSWERS)
}
/**
 * The answers and the settings as they are when a form opens, read once: the form's starting
 * values. Saving the form's answers does not draw it again on its way to the next page.
 */
export function useStartingAnswers(): { answers: DraftAnswers; settings: StoreState['settings'] } {
  const id = useActiveId()
  const store = useAppStore()
  const [start] = useState(() => {
    const state = store.getState()
    return { answers: select(state, id)?.answers ?? NO_ANSWERS, settings: state.settings }
  })
  return start
}
/** The name of the school whose own version of the guidance is in use, for the credit line; null: the sheet's. */
export const useSchoolName = () => useStore((s) => schoolNameOf(s.schoolGuidance))
export const useNotice = () => useStore((s) => s.notice)
export const useRemoved = () => useStore((s) => s.removed)
/** Whether this tab deleted the preparation, or another tab deleted it while this tab had it. */
export const useDeleted = (id: string) =>
  useStore(
    useShallow((s) => ({
      here: s.removed.some((r) => r.preparations.some((p) => p.id === id)),
      elsewhere: own(s.removedElsewhere, id) !== undefined,
    })),
  )
export const useStorageMode = () => useStore(useShallow((s) => ({ mode: s.mode, problem: s.problem })))
export const useSaveFailed = () => useStore((s) => s.saveFailed)
/** Changes are not being written now: the last write failed, or saving is stopped until the teacher decides. */
export const useNotSaving = () => useStore((s) => s.saveFailed || s.mode !== 'ok')
export const useLastUsedId = () =>
  useStore((s) => {
    if (s.lastUsedId && own(s.preparations, s.lastUsedId)) return s.lastUsedId
    return Object.values(s.preparations).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.id ?? null
  })
// Narrow selectors, so typing a note re-renders that one item, not the whole checklist.
export const useTicks = () => {
  const id = useActiveId()
  return useStore((s) => select(s, id)?.ticks ?? NO_TICKS)
}
export const useTick = (itemId: string) => {
  const id = useActiveId()
  return useStore((s) => select(s, id)?.ticks[itemId] === true)
}
export const useNote = (itemId: string) => {
  const id = useActiveId()
  return useStore((s) => select(s, id)?.notes[itemId] ?? '')
}
/** The notes taken on the conversation card of the preparation on screen. */
export const useCardNotes = () => {
  const id = useActiveId()
  return useStore((s) => select(s, id)?.card.notes ?? '')
}
/** The checklist item whose note the teacher put on the conversation card, or null. */
export const useKeyNote = () => {
  const id = useActiveId()
  return useStore((s) => select(s, id)?.card.keyNote ?? null)
}
/** When the card's timer was started (an ISO instant), or null when it is not running. */
export const useTimerStart = () => {
  const id = useActiveId()
  return useStore((s) => select(s, id)?.card.timerStartedAt ?? null)
}
const hasAnswers = (p: Preparation) => Object.keys(p.answers).length > 0
/**
 * How many saved preparations have answers: a number, so a screen that shows only that is not
 * drawn again, and nothing is sorted, at each change to one of them.
 */
export const usePreparationCount = () => useStore((s) => Object.values(s.preparations).filter(hasAnswers).length)
/** Every saved preparation with answers, newest conversation first. */
export function usePreparationList(): Preparation[] {
  const all = useStore(useShallow((s) => Object.values(s.preparations)))
  return useMemo(() => all.filter(hasAnswers).sort(byNewestConversation), [all])
}
