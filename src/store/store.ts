import { createStore, type StoreApi } from 'zustand/vanilla'
import { translator } from '../i18n'
import type { DraftAnswers, Locale } from '../rules'
import { own, type EditableText, type EditedText, type Evaluation, type FollowUp, type Preparation } from '../model'
import {
  DRAFT_PREFIX,
  emptyState,
  parseSaved,
  STORAGE_KEY,
  TEACHER_DETAILS,
  teacherDetails,
  type SavedSchoolGuidance,
  type SavedState,
  type Settings,
  type TeacherDetails,
} from './persistence'
import { Saver, type LoadNotice, type Op, type StorageMode, type StorageProblem } from './saver'
import { preparationOps } from './preparation-ops'
import { listSetAside, setAside, type SetAsideEntry } from './set-aside'
import { deviceStorage } from './device-storage'

/** A preparation from a file merged with the copy here; null when that changes nothing. */
export type Merge = (here: Preparation, file: Preparation) => Preparation | null

/** What a restore changed, for undo: the copies it replaced, the ones it added, the details it replaced. */
export interface Restored {
  previous: Preparation[]
  added: string[]
  details?: TeacherDetails
  /** The school's version of the guidance a restore replaced (null: there was none), when it took one. */
  school?: { previous: SavedSchoolGuidance | null }
}

/** Changes to a record of optional fields; `undefined` clears a field. */
export type Changes<T> = { [K in keyof T]?: T[K] | undefined }
export type AnswerChanges = Changes<DraftAnswers>

/** What one delete took away, for undo: preparations, and with "delete everything" the set-aside copies. */
export interface Removal {
  preparations: Preparation[]
  setAside: SetAsideEntry[]
}

export interface Actions {
  /** Starts a preparation with its first answers; returns its id. */
  create(answers: AnswerChanges): string
  saveAnswers(id: string, changes: AnswerChanges): void
  setTick(id: string, itemId: string, ticked: boolean): void
  setNote(id: string, itemId: string, note: string): void
  addQuestion(id: string, text: string): void
  setQuestionDone(id: string, questionId: string, done: boolean): void
  removeQuestion(id: string, questionId: string): void
  saveEvaluation(id: string, changes: Changes<Evaluation>): void
  saveFollowUp(id: string, changes: Changes<FollowUp>): void
  /** The notes taken on the conversation card. */
  setCardNotes(id: string, notes: string): void
  /** The checklist item whose note goes on the conversation card; null: the first note instead. */
  setKeyNote(id: string, itemId: string | null): void
  /** An invitation as the teacher changed it; null goes back to the suggested text. */
  setText(id: string, which: EditableText, edited: EditedText | null): void
  /** Starts the card's timer now; it keeps running across reloads until stopped. */
  startTimer(id: string): void
  stopTimer(id: string): void
  markHeld(id: string, held: boolean): void
  markFinished(id: string, finished: boolean): void
  /** Remembers the preparation as the one used last, for addresses without an id. */
  touch(id: string): void
  /** The next conversation in the series (see `followUp` in preparation-ops); returns its id. */
  prepareFollowUp(id: string): string | null
  remove(id: string): void
  /** Deletes every preparation and every set-aside copy on this device. */
  removeAll(): void
  /** Brings back what the last delete took away, or the last delete that took this id. */
  undoRemove(id?: string): void
  restoreRemovedElsewhere(id: string): void
  /**
   * Reads preparations back from a file, and the teacher's details when given, and writes them at
   * once: a new one is added, one this device has too is merged with it (`merge`, null when it
   * changes nothing), and the copy it replaces is first set aside on this device. Returns what
   * undo needs, or null, changing nothing, when the device would not store it.
   */
  restorePreparations(
    incoming: Preparation[],
    merge: Merge,
    details?: TeacherDetails,
    school?: SavedSchoolGuidance,
  ): Restored | null
  /** Puts back what a restore replaced and takes out what it added. */
  undoRestore(restored: Restored): void
  setLocale(locale: Locale): void
  setDutchScripts(dutchScripts: boolean): void
  saveSettings(changes: Changes<Omit<Settings, 'locale' | 'dutchScripts'>>): void
  /**
   * Makes every checklist, card and PDF with this school's version of the guidance, checked by
   * `readSchoolGuidance` first; null goes back to the guidance as the sheet has it.
   */
  setSchoolGuidance(school: SavedSchoolGuidance | null): void
  dismissNotice(): void
  /** The teacher decided the data that could not be read may be replaced. */
  allowReplacing(): void
  /** Tries to read the device again, keeping this tab's changes. */
  retryReading(): void
  /** After the device was wiped: write back everything this tab still holds. */
  putBackWiped(): void
  /** After the device was wiped on purpose: let go of what this tab held. */
  forgetWiped(): void
}

export interface StoreState extends SavedState {
  mode: StorageMode
  problem: StorageProblem | null
  /** What the last load had to set aside or mend, shown until dismissed. */
  notice: LoadNotice | null
  /** What was deleted in this tab, newest last, for undo until the page closes. */
  removed: Removal[]
  /** Preparations this tab had that another tab deleted, by id, so they can be brought back. */
  removedElsewhere: Record<string, Preparation>
  /** The last write failed (storage full or blocked): the teacher is told, changes are kept. */
  saveFailed: boolean
  actions: Actions
}

/** How long changes wait for a pause to be written together: never on the keystroke itself. */
export const SAVE_DELAY_MS = 300
/**
 * How long changes wait at most while the teacher keeps typing. A write of years of
 * conversations takes a moment: it is kept out of the way of the keys, not put off for good.
 */
export const SAVE_AT_MOST_MS = 2000

/**
 * The app's state and actions (a zustand store), with what reads and writes the device for it.
 * Made by `createAppStore`, which touches nothing; `start` reads the device and listens.
 */
export interface AppStore extends StoreApi<StoreState> {
  /**
   * Reads the device as a page load does, takes in what older tabs kept aside, and from then on
   * takes in other tabs' changes and writes at once when the page is hidden. Returns how to stop.
   */
  start(): () => void
  /** Writes what is waiting now (also called when the page is hidden or closed). */
  flushSaves(): void
  /** Reads the device again, as a page load does: what was waiting is written first, as on closing. */
  reloadFromStorage(): void
  takeInDrafts(): Promise<void>
}

/** A store with nothing read yet: importing or making it reads no storage and adds no listener. */
export function createAppStore(): AppStore {
  const now = () => new Date().toISOString()
  const storage = () => deviceStorage()
  // Between this tab's text and another tab's typed in the same place at once, in the teacher's language.
  const saver = new Saver(storage, now, (state) => translator(state.settings.locale)('storage.bothTexts'))

  const ops = preparationOps(now)
  /** The teacher's details taken whole: a field left empty is emptied here too. */
  const takingDetails = (details: TeacherDetails) =>
    ops.settings(Object.fromEntries(TEACHER_DETAILS.map((name) => [name, details[name]])))

  /** An op, then the teacher's details and the school's version when given (null: none); undefined leaves them. */
  function alsoTaking(op: Op, details?: TeacherDetails, school?: SavedSchoolGuidance | null): Op {
    const taking = details && takingDetails(details)
    const schooling = school === undefined ? undefined : ops.schoolGuidance(school)
    return (state) => {
      const restored = op(state)
      const withDetails = taking ? taking(restored) : restored
      return schooling ? schooling(withDetails) : withDetails
    }
  }

  let timer: ReturnType<typeof setTimeout> | null = null
  /** When the oldest change not yet written was made (`Date.now()`). */
  let waitingSince = 0

  /** Writes what is waiting once typing pauses, or once the oldest change has waited long enough. */
  function saveSoon() {
    const at = Date.now()
    if (timer === null) waitingSince = at
    else clearTimeout(timer)
    timer = setTimeout(flushSaves, Math.min(SAVE_DELAY_MS, waitingSince + SAVE_AT_MOST_MS - at))
  }

  function cancelSave() {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  const store = createStore<StoreState>()((set, get) => {
    const apply = (op: Op) => {
      set(saver.apply(op))
      saveSoon()
    }
    return {
      ...emptyState(),
      mode: 'ok',
      problem: null,
      notice: null,
      removed: [],
      removedElsewhere: {},
      saveFailed: false,
      actions: {
        create: (answers) => {
          const id = globalThis.crypto.randomUUID()
          apply(ops.create(id, answers))
          return id
        },
        saveAnswers: (id, changes) => apply(ops.saveAnswers(id, changes)),
        setTick: (id, itemId, ticked) => apply(ops.setTick(id, itemId, ticked)),
        setNote: (id, itemId, note) => apply(ops.setNote(id, itemId, note)),
        addQuestion: (id, text) => apply(ops.addQuestion(id, globalThis.crypto.randomUUID(), text)),
        setQuestionDone: (id, questionId, done) => apply(ops.setQuestionDone(id, questionId, done)),
        removeQuestion: (id, questionId) => apply(ops.removeQuestion(id, questionId)),
        saveEvaluation: (id, changes) => apply(ops.saveEvaluation(id, changes)),
        saveFollowUp: (id, changes) => apply(ops.saveFollowUp(id, changes)),
        setCardNotes: (id, notes) => apply(ops.setCardNotes(id, notes)),
        setKeyNote: (id, itemId) => apply(ops.setKeyNote(id, itemId)),
        setText: (id, which, edited) => apply(ops.setText(id, which, edited)),
        startTimer: (id) => apply(ops.setTimer(id, now())),
        stopTimer: (id) => apply(ops.setTimer(id, null)),
        markHeld: (id, held) => apply(ops.markHeld(id, held)),
        markFinished: (id, finished) => apply(ops.markFinished(id, finished)),
        touch: (id) => {
          if (get().lastUsedId !== id && own(get().preparations, id)) apply(ops.touch(id))
        },
        prepareFollowUp: (id) => {
          if (!own(get().preparations, id)) return null
          const copy = globalThis.crypto.randomUUID()
          apply(ops.followUp(id, copy))
          return copy
        },
        remove: (id) => {
          const removed = own(get().preparations, id)
          if (!removed) return
          apply(ops.remove([id]))
          set({ removed: [...get().removed, { preparations: [removed], setAside: [] }] })
        },
        removeAll: () => {
          const preparations = Object.values(get().preparations)
          const setAside = setAsideEntries()
          for (const entry of setAside) deleteSetAside(entry.key)
          apply(ops.remove(preparations.map((p) => p.id)))
          set({ removed: [...get().removed, { preparations, setAside }], notice: null })
        },
        undoRemove: (id) => {
          const { removed } = get()
          const index =
            id === undefined
              ? removed.length - 1
              : removed.findLastIndex((r) => r.preparations.some((p) => p.id === id))
          const removal = removed[index]
          if (!removal) return
          for (const entry of removal.setAside) restoreSetAside(entry)
          apply(ops.putBack(removal.preparations))
          set({ removed: removed.filter((_, i) => i !== index) })
        },
        restoreRemovedElsewhere: (id) => {
          const copy = own(get().removedElsewhere, id)
          if (!copy) return
          apply(ops.putBack([copy]))
          set({
            removedElsewhere: Object.fromEntries(Object.entries(get().removedElsewhere).filter(([key]) => key !== id)),
          })
        },
        restorePreparations: (incoming, merge, details, school) => {
          cancelSave()
          const here = get().preparations
          const previous = incoming.flatMap((p) => {
            const mine = own(here, p.id)
            return mine && merge(mine, p) ? [mine] : []
          })
          const restored: Restored = {
            previous,
            added: incoming.filter((p) => !own(here, p.id)).map((p) => p.id),
            ...(details ? { details: teacherDetails(get().settings) } : {}),
            ...(school ? { school: { previous: get().schoolGuidance } } : {}),
          }
          // What is replaced is kept on this device first; when even that cannot be stored, nothing changes.
          try {
            for (const p of previous) setAside(storage(), JSON.stringify(p), 'replaced', now())
          } catch {
            return null
          }
          const stored = saver.applyNow(alsoTaking(ops.restore(incoming, merge), details, school))
          set({
            ...saver.view(),
            mode: saver.mode,
            problem: saver.problem,
            saveFailed: saver.mode === 'ok' && saver.hasPending(),
          })
          return stored ? restored : null
        },
        undoRestore: (restored) => {
          apply(alsoTaking(ops.replace(restored.previous, restored.added), restored.details, restored.school?.previous))
        },
        setLocale: (locale) => apply(ops.settings({ locale })),
        setDutchScripts: (dutchScripts) => apply(ops.settings({ dutchScripts })),
        saveSettings: (changes) => apply(ops.settings(changes)),
        setSchoolGuidance: (school) => apply(ops.schoolGuidance(school)),
        dismissNotice: () => set({ notice: null }),
        allowReplacing: () => {
          saver.allowReplacing()
          set({ mode: saver.mode, problem: saver.problem })
          flushSaves()
        },
        putBackWiped: () => {
          cancelSave()
          const written = saver.putBackWiped()
          set({ ...saver.view(), mode: saver.mode, problem: saver.problem, saveFailed: !written })
        },
        forgetWiped: () => {
          saver.forgetWiped()
          set({ ...saver.view(), mode: saver.mode, problem: saver.problem })
          flushSaves()
        },
        retryReading: () => {
          const notice = saver.load({ keepPending: true })
          set({ ...saver.view(), mode: saver.mode, problem: saver.problem, notice })
          flushSaves()
        },
      },
    }
  })

  function restoreSetAside(entry: SetAsideEntry) {
    try {
      const { key, reason, at, data } = entry
      // Copies from the first versions held the data itself; later ones a small record around it.
      storage().setItem(key, reason ? JSON.stringify({ format: 'oudergesprek-set-aside', reason, at, data }) : data)
    } catch {
      // Storage full: the copy stays in memory until the page closes; the teacher was told saving failed.
    }
  }

  function flushSaves(): void {
    cancelSave()
    const written = saver.flush()
    store.setState({ ...saver.view(), saveFailed: !written, mode: saver.mode, problem: saver.problem })
  }

  function reloadFromStorage(): void {
    flushSaves()
    const notice = saver.load()
    store.setState({
      ...saver.view(),
      mode: saver.mode,
      problem: saver.problem,
      notice,
      removed: [],
      removedElsewhere: {},
      saveFailed: false,
    })
  }

  /**
   * What tabs of an older version kept aside while this version's data was on the device (see
   * `Saver.writeDraft`): migrated, merged into the preparations here (a text both changed keeps
   * both), written, and then the draft is removed. A draft this version cannot read (a newer one's)
   * stays for the version that can.
   */
  async function takeInDrafts(): Promise<void> {
    if (saver.mode !== 'ok') return
    const drafts: { key: string; preparations: Preparation[] }[] = []
    try {
      for (let i = 0; i < storage().length; i++) {
        const key = storage().key(i)
        const text = key?.startsWith(DRAFT_PREFIX) && key !== saver.draftKey ? storage().getItem(key) : null
        const outcome = text === null ? null : parseSaved(text, now())
        if (key && outcome?.kind === 'ok') drafts.push({ key, preparations: Object.values(outcome.state.preparations) })
      }
    } catch {
      return
    }
    if (drafts.length === 0) return
    const { mergeWith } = await import('./merge')
    const merge = mergeWith(translator(store.getState().settings.locale)('storage.bothTexts'))
    for (const { key, preparations } of drafts) {
      const stored = saver.applyNow(ops.restore(preparations, merge))
      store.setState({ ...saver.view(), mode: saver.mode, problem: saver.problem })
      if (stored) storage().removeItem(key)
    }
  }

  function takeInOtherTabsChanges() {
    const gone = saver.refresh()
    const removedElsewhere = { ...store.getState().removedElsewhere }
    for (const preparation of gone) removedElsewhere[preparation.id] = preparation
    store.setState({ ...saver.view(), mode: saver.mode, problem: saver.problem, removedElsewhere })
    // This tab's changes the other tab's write overwrote, or both texts of one note: written again.
    if (saver.hasPending()) saveSoon()
  }

  function start(): () => void {
    reloadFromStorage()
    void takeInDrafts()
    const listening = new AbortController()
    const { signal } = listening
    // With the app open in two tabs, a change in one is taken into the other, never overwritten.
    window.addEventListener(
      'storage',
      (event) => {
        if (event.key === STORAGE_KEY || event.key === null) takeInOtherTabsChanges()
        if (event.key?.startsWith(DRAFT_PREFIX) && event.newValue !== null) void takeInDrafts()
      },
      { signal },
    )
    // Nothing typed is lost when the page is hidden or closed before the batch is written.
    window.addEventListener('pagehide', flushSaves, { signal })
    const whenHidden = () => {
      if (document.visibilityState === 'hidden') flushSaves()
    }
    document.addEventListener('visibilitychange', whenHidden, { signal })
    return () => {
      listening.abort()
      // What was waiting is let go: a stopped store writes nothing later.
      cancelSave()
    }
  }

  return Object.assign(store, {
    start,
    flushSaves,
    reloadFromStorage,
    takeInDrafts,
  })
}

/** Everything set aside on this device, newest first. */
export function setAsideEntries(): SetAsideEntry[] {
  try {
    return listSetAside(deviceStorage())
  } catch {
    return []
  }
}

export function deleteSetAside(key: string): void {
  try {
    deviceStorage().removeItem(key)
  } catch {
    // Storage the browser refuses holds nothing to delete.
  }
}

export type Persistence = 'persisted' | 'not-persisted' | 'unknown'

/**
 * Asks the browser to keep this site's data even when the disk runs low. Browsers decide for
 * themselves (some ask the teacher); the answer is shown where the teacher thinks about backups.
 */
export async function requestPersistence(): Promise<Persistence> {
  const manager = (navigator as Partial<Navigator>).storage
  if (!manager?.persist || !manager.persisted) return 'unknown'
  try {
    return (await manager.persisted()) || (await manager.persist()) ? 'persisted' : 'not-persisted'
  } catch {
    return 'unknown'
  }
}
