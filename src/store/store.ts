import { create } from 'zustand'
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware'
import type { DraftAnswers, Locale } from '../rules'
import {
  emptyState,
  migrate,
  restore,
  setAside,
  STORAGE_KEY,
  STORAGE_VERSION,
  type PersistedState,
} from './persistence'
import type { Evaluation, FollowUp, Preparation } from '../model'

/** Changes to a record of optional fields; `undefined` clears a field. */
export type Changes<T> = { [K in keyof T]?: T[K] | undefined }
export type AnswerChanges = Changes<DraftAnswers>

export interface Actions {
  /** Merges answers into the active preparation, starting one when there is none. */
  saveAnswers(changes: AnswerChanges): void
  setTick(itemId: string, ticked: boolean): void
  setNote(itemId: string, note: string): void
  addQuestion(text: string): void
  setQuestionDone(questionId: string, done: boolean): void
  removeQuestion(questionId: string): void
  saveEvaluation(changes: Changes<Evaluation>): void
  saveFollowUp(changes: Changes<FollowUp>): void
  markHeld(held: boolean): void
  markFinished(finished: boolean): void
  /** Clears the active preparation; the next answer starts a new one. */
  startNew(): void
  open(id: string): void
  /** A follow-up conversation: the same answers, no ticks, notes or date. Becomes active. */
  duplicate(id: string): void
  remove(id: string): void
  undoRemove(): void
  setLocale(locale: Locale): void
  setDutchScripts(dutchScripts: boolean): void
  dismissNotice(): void
}

export interface StoreState extends PersistedState {
  /** Keys of data set aside while reading, shown to the teacher until dismissed. */
  setAsideKeys: string[]
  /** The preparation last deleted, for undo; kept in memory only. */
  removed: Preparation | null
  /** The last save to localStorage failed (storage full or blocked): the teacher is told. */
  saveFailed: boolean
  actions: Actions
}

// Set aside by the storage reader when saved text is not even JSON; reported by merge.
let unreadable: string[] = []
// Whether the last save failed; kept here too, since saving can happen while the store is made.
let lastSaveFailed = false

const storage: PersistStorage<PersistedState> = {
  getItem(name) {
    const raw = window.localStorage.getItem(name)
    if (raw === null) return null
    try {
      const value: unknown = JSON.parse(raw)
      if (value && typeof value === 'object' && 'state' in value) return value as StorageValue<PersistedState>
    } catch {
      // not JSON: set aside below
    }
    unreadable.push(setAside(window.localStorage, raw))
    return null
  },
  setItem(name, value) {
    let failed = false
    try {
      window.localStorage.setItem(name, JSON.stringify(value))
    } catch {
      failed = true
    }
    // Reported after the save, outside the store update that caused it; saving again only on a change.
    if (failed !== lastSaveFailed) {
      lastSaveFailed = failed
      queueMicrotask(() => useStore.setState({ saveFailed: failed }))
    }
  },
  removeItem: (name) => window.localStorage.removeItem(name),
}

/** A copy without the keys whose value is undefined. */
function withoutUndefined<T>(record: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Record<string, T>
}

const now = () => new Date().toISOString()
const newId = () => globalThis.crypto.randomUUID()

function newPreparation(answers: DraftAnswers = {}): Preparation {
  const at = now()
  return {
    id: newId(),
    createdAt: at,
    updatedAt: at,
    answers,
    ticks: {},
    notes: {},
    questions: [],
    evaluation: {},
    followUp: {},
    held: false,
    finished: false,
  }
}

export const useStore = create<StoreState>()(
  persist<StoreState, [], [], PersistedState>(
    (set, get) => {
      /** Applies a change to the active preparation (made first when missing). */
      const updateActive = (change: (p: Preparation) => Preparation) => {
        const { activeId, preparations } = get()
        const current = (activeId && preparations[activeId]) || newPreparation()
        const next = { ...change(current), updatedAt: now() }
        set({ activeId: next.id, preparations: { ...preparations, [next.id]: next } })
      }
      const add = (preparation: Preparation) =>
        set({ activeId: preparation.id, preparations: { ...get().preparations, [preparation.id]: preparation } })
      return {
        ...emptyState(),
        setAsideKeys: [],
        removed: null,
        saveFailed: false,
        actions: {
          saveAnswers: (changes) =>
            updateActive((p) => ({ ...p, answers: withoutUndefined({ ...p.answers, ...changes }) as DraftAnswers })),
          setTick: (itemId, ticked) =>
            updateActive((p) => ({
              ...p,
              ticks: ticked ? { ...p.ticks, [itemId]: true } : withoutUndefined({ ...p.ticks, [itemId]: undefined }),
            })),
          setNote: (itemId, note) => updateActive((p) => ({ ...p, notes: { ...p.notes, [itemId]: note } })),
          addQuestion: (text) =>
            updateActive((p) => ({
              ...p,
              questions: [...p.questions, { id: newId(), text: text.trim(), done: false }],
            })),
          setQuestionDone: (questionId, done) =>
            updateActive((p) => ({
              ...p,
              questions: p.questions.map((q) => (q.id === questionId ? { ...q, done } : q)),
            })),
          removeQuestion: (questionId) =>
            updateActive((p) => ({ ...p, questions: p.questions.filter((q) => q.id !== questionId) })),
          saveEvaluation: (changes) =>
            updateActive((p) => ({
              ...p,
              evaluation: withoutUndefined({ ...p.evaluation, ...changes }) as Evaluation,
            })),
          saveFollowUp: (changes) =>
            updateActive((p) => ({ ...p, followUp: withoutUndefined({ ...p.followUp, ...changes }) as FollowUp })),
          markHeld: (held) => updateActive((p) => ({ ...p, held })),
          markFinished: (finished) => updateActive((p) => ({ ...p, finished, held: finished || p.held })),
          startNew: () => set({ activeId: null }),
          open: (id) => {
            if (get().preparations[id]) set({ activeId: id })
          },
          duplicate: (id) => {
            const source = get().preparations[id]
            if (!source) return
            const answers: DraftAnswers = { ...source.answers }
            delete answers.meetingAt
            add(newPreparation(answers))
          },
          remove: (id) => {
            const { preparations, activeId } = get()
            const removed = preparations[id]
            if (!removed) return
            const rest = withoutUndefined({ ...preparations, [id]: undefined })
            set({ preparations: rest, removed, activeId: activeId === id ? null : activeId })
          },
          undoRemove: () => {
            const { removed, preparations } = get()
            if (removed) set({ preparations: { ...preparations, [removed.id]: removed }, removed: null })
          },
          setLocale: (locale) => set({ locale }),
          setDutchScripts: (dutchScripts) => set({ dutchScripts }),
          dismissNotice: () => set({ setAsideKeys: [] }),
        },
      }
    },
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage,
      partialize: ({ preparations, activeId, locale, dutchScripts }) => ({
        preparations,
        activeId,
        locale,
        dutchScripts,
      }),
      // Migrated data is still untrusted: merge validates it before it is used.
      migrate: (saved, version) => migrate(saved, version) as PersistedState,
      merge(saved, current) {
        const restored = restore(saved, window.localStorage)
        const setAsideKeys = [...unreadable, ...(restored?.setAside ?? [])]
        unreadable = []
        return { ...current, ...(restored?.state ?? emptyState()), setAsideKeys, removed: null }
      },
    },
  ),
)

/** Reads localStorage again, as on a page load; for tests and for other tabs' changes. */
export function reloadFromStorage(): void {
  void useStore.persist.rehydrate()
}

// With the app open in two tabs, a change in one must not be overwritten by the other's next save.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY) reloadFromStorage()
})
