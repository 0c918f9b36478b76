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
  type Preparation,
} from './persistence'

/** Changes to answers; `undefined` clears an optional answer. */
export type AnswerChanges = { [K in keyof DraftAnswers]?: DraftAnswers[K] | undefined }

export interface Actions {
  /** Merges answers into the active preparation, starting one when there is none. */
  saveAnswers(changes: AnswerChanges): void
  setTick(itemId: string, ticked: boolean): void
  setNote(itemId: string, note: string): void
  startNew(): void
  setLocale(locale: Locale): void
  dismissNotice(): void
}

export interface StoreState extends PersistedState {
  /** Keys of data set aside while reading, shown to the teacher until dismissed. */
  setAsideKeys: string[]
  actions: Actions
}

// Set aside by the storage reader when saved text is not even JSON; reported by merge.
let unreadable: string[] = []

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
  setItem: (name, value) => window.localStorage.setItem(name, JSON.stringify(value)),
  removeItem: (name) => window.localStorage.removeItem(name),
}

/** A copy without the keys whose value is undefined. */
function withoutUndefined<T>(record: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Record<string, T>
}

const now = () => new Date().toISOString()
const newId = () => globalThis.crypto.randomUUID()

function newPreparation(): Preparation {
  const at = now()
  return { id: newId(), createdAt: at, updatedAt: at, answers: {}, ticks: {}, notes: {} }
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
      return {
        ...emptyState(),
        setAsideKeys: [],
        actions: {
          saveAnswers: (changes) =>
            updateActive((p) => ({ ...p, answers: withoutUndefined({ ...p.answers, ...changes }) as DraftAnswers })),
          setTick: (itemId, ticked) =>
            updateActive((p) => ({
              ...p,
              ticks: ticked ? { ...p.ticks, [itemId]: true } : withoutUndefined({ ...p.ticks, [itemId]: undefined }),
            })),
          setNote: (itemId, note) => updateActive((p) => ({ ...p, notes: { ...p.notes, [itemId]: note } })),
          startNew: () => {
            const fresh = newPreparation()
            set({ activeId: fresh.id, preparations: { ...get().preparations, [fresh.id]: fresh } })
          },
          setLocale: (locale) => set({ locale }),
          dismissNotice: () => set({ setAsideKeys: [] }),
        },
      }
    },
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage,
      partialize: ({ preparations, activeId, locale }) => ({ preparations, activeId, locale }),
      // Migrated data is still untrusted: merge validates it before it is used.
      migrate: (saved, version) => migrate(saved, version) as PersistedState,
      merge(saved, current) {
        const restored = restore(saved, window.localStorage)
        const setAsideKeys = [...unreadable, ...(restored?.setAside ?? [])]
        unreadable = []
        return { ...current, ...(restored?.state ?? emptyState()), setAsideKeys }
      },
    },
  ),
)

/** Reads localStorage again, as on a page load; for tests and for other tabs' changes. */
export function reloadFromStorage(): void {
  void useStore.persist.rehydrate()
}
