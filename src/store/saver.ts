import { own, type Preparation } from '../model'
import {
  DRAFT_PREFIX,
  emptyState,
  readNewer,
  readSaved,
  serialise,
  STORAGE_KEY,
  type ReadOutcome,
  type SavedState,
} from './persistence'
import type { RepairablePart } from './repair'
import { setAside } from './set-aside'
import { isRefused } from './device-storage'
import { keepBothTexts } from './both-texts'

/**
 * How far the app may write: `ok` writes as usual. In every other mode the main key is left
 * alone: `blocked` until the teacher has decided what to do with data that could not be read or
 * set aside, `newer` because a newer version of the app wrote it, `unavailable` because the browser
 * would not let us read it (so writing could overwrite what we cannot see), or lets the app keep
 * nothing at all (`refused`): the teacher works in memory then.
 */
export type StorageMode = 'ok' | 'blocked' | 'newer' | 'unavailable'

export interface StorageProblem {
  kind: 'unreadable' | 'set-aside-failed' | 'newer' | 'read-failed' | 'refused' | 'wiped'
  /** The saved text as found, for the teacher to download; null when it could not be read. */
  raw: string | null
}

/** What the teacher is told after a load that had to set something aside or mend it. */
export interface LoadNotice {
  setAside: string[]
  repairs: { childName: string | undefined; parts: RepairablePart[] }[]
  unusable: number
}

/** A change to the saved state. Kept until written, and replayed on top of other tabs' changes. */
export type Op = (state: SavedState) => SavedState

type Outcome<K extends ReadOutcome['kind']> = Extract<ReadOutcome, { kind: K }>

/**
 * How long a write is remembered. Tabs do not see each other's writes at once: two tabs writing
 * within moments of each other can each read the other's older data, and the last write wins.
 * Each write leaves its id in the saved data, and every write carries the ids it saw forward; a
 * tab that gets a storage event without its own write's id in it writes that change again.
 */
export const REMEMBER_WRITES_MS = 10_000
const WRITES_KEPT = 32

/**
 * Keeps the saved state in memory and on the device in step. Changes are ops: applied at once in
 * memory, written in a batch later, each time on top of what is on the device then, so a change
 * made in another tab meanwhile is kept rather than overwritten.
 */
export class Saver {
  private base: SavedState = emptyState()
  private pending: Op[] = []
  /**
   * The base with the pending changes on top, made once per change: a preparation no change
   * touched stays the same object, so screens that do not show it are not drawn again.
   */
  private current: SavedState | null = null
  /** The text this tab last wrote; while the device still holds it, it need not be read again. */
  private lastWritten: string | null = null
  /** This tab's recent writes: their changes, and the state they were made on. */
  private written: { id: string; ops: Op[]; at: number; before: SavedState }[] = []
  mode: StorageMode = 'ok'
  problem: StorageProblem | null = null
  /** Saved text the teacher allowed to be replaced, after being shown it could not be read. */
  private replaceable: string | null = null
  /** The teacher chose to put back what this tab held after the device was wiped. */
  private putBack = false
  /** This tab's draft, while the saved data belongs to a newer version. */
  readonly draftKey = `${DRAFT_PREFIX}${globalThis.crypto.randomUUID()}`

  constructor(
    private readonly storage: () => Storage,
    private readonly now: () => string,
    /** The line set between this tab's text and another tab's, typed in the same place at once. */
    private readonly bothTextsMark: (state: SavedState) => string = () => '---',
  ) {}

  /** Reads the device as on a page load; the teacher's unsaved changes can be kept on top. */
  load({ keepPending = false } = {}): LoadNotice | null {
    this.written = []
    this.replaceable = null
    this.putBack = false
    this.lastWritten = null
    this.setMode('ok', null)
    this.rebase(emptyState(), keepPending ? this.pending : [])
    const outcome = readSaved(this.storage(), this.now())
    if (outcome.kind === 'empty') return null
    if (outcome.kind !== 'ok') {
      const keys = outcome.kind === 'unreadable' ? this.trySetAside(outcome.raw) : []
      this.refuse(outcome)
      return keys.length > 0 ? { setAside: keys, repairs: [], unusable: 0 } : null
    }
    this.rebase(outcome.state)
    const keys = this.setAsideProblems(outcome)
    if (!keys) return null
    const notice = { setAside: keys, repairs: outcome.repairs, unusable: outcome.unusable.length }
    const mended = keys.length > 0 || outcome.changed
    if (mended) this.write(this.view())
    // The device holds what was just read: the first change after a page load need not read and
    // check years of conversations again.
    else this.lastWritten = outcome.raw
    return keys.length > 0 ? notice : null
  }

  view(): SavedState {
    this.current ??= this.pending.reduce((state, op) => op(state), this.base)
    return this.current
  }

  hasPending(): boolean {
    return this.pending.length > 0
  }

  apply(op: Op): SavedState {
    const next = op(this.view())
    this.pending.push(op)
    this.current = next
    return next
  }

  /**
   * Applies a change and writes it at once, with what was waiting before it. When it could not be
   * written (the device is full, or another version's data is there) the change is taken back and
   * false returned: nothing changed. Where the browser lets the app keep nothing at all, the
   * teacher works in memory and knows it, so the change is kept there.
   */
  applyNow(op: Op): boolean {
    this.apply(op)
    if (this.problem?.kind === 'refused') return true
    this.flush()
    if (!this.pending.includes(op)) return true
    this.rebase(
      this.base,
      this.pending.filter((waiting) => waiting !== op),
    )
    return false
  }

  /** Writes the pending changes on top of what is on the device now. False when it failed. */
  flush(): boolean {
    if (this.pending.length > 0 && this.mode === 'newer') return this.writeDraft()
    if (this.pending.length === 0 || this.mode !== 'ok') return true
    // Unless another tab wrote meanwhile, the device holds this tab's last write, which is the
    // base already: nothing to read, check or repair on the way.
    if (!this.deviceHoldsLastWrite()) {
      const outcome = readSaved(this.storage(), this.now())
      let base: SavedState
      if (outcome.kind === 'empty' && this.wasWiped()) return true
      if (outcome.kind === 'empty' && this.putBack) base = this.base
      else if (outcome.kind === 'empty' || (outcome.kind === 'unreadable' && outcome.raw === this.replaceable))
        base = emptyState()
      else if (outcome.kind === 'ok') {
        if (!this.setAsideProblems(outcome)) return true
        base = outcome.state
      } else {
        this.refuse(outcome)
        return true
      }
      this.takeIn(base, this.base, this.pending)
    }
    const id = globalThis.crypto.randomUUID()
    const before = this.base
    const next = { ...this.view(), writes: [...this.base.writes, id].slice(-WRITES_KEPT) }
    const text = this.write(next)
    if (text === null) return false
    const at = Date.parse(this.now())
    this.written = [
      ...this.written.filter((w) => at - w.at < REMEMBER_WRITES_MS),
      { id, ops: this.pending, at, before },
    ]
    this.rebase(next, [])
    this.lastWritten = text
    this.replaceable = null
    this.putBack = false
    return true
  }

  /**
   * The saved data belongs to a newer version: what this tab changed is not written there but
   * kept whole under a key of its own, in this version's shape, for the newer version to take in
   * (its migrations bring it up, and it merges it; see store.ts). Each preparation a change
   * touched goes in whole. False when the device refused it.
   */
  private writeDraft(): boolean {
    const view = this.view()
    const changed = Object.values(view.preparations).filter((p) => own(this.base.preparations, p.id) !== p)
    if (changed.length === 0) return true
    const preparations = Object.fromEntries(changed.map((p) => [p.id, p]))
    try {
      this.storage().setItem(this.draftKey, serialise({ ...emptyState(), preparations, settings: view.settings }))
      return true
    } catch {
      return false
    }
  }

  /**
   * The saved data is gone while this tab still holds preparations: the browser wiped the site's
   * data, or another tab cleared it. This tab writes nothing over the empty device (that would
   * keep only its latest change) and forgets nothing: the teacher chooses to put it all back, or
   * to let it go.
   */
  private wasWiped(): boolean {
    if (this.putBack || Object.keys(this.base.preparations).length === 0) return false
    this.setMode('blocked', { kind: 'wiped', raw: null })
    return true
  }

  /** The teacher puts back everything this tab held after the device was wiped; false when that failed. */
  putBackWiped(): boolean {
    if (this.problem?.kind !== 'wiped') return true
    this.setMode('ok', null)
    this.putBack = true
    // Written now, even with nothing waiting: what this tab holds is what goes back.
    this.pending.push((state) => state)
    return this.flush()
  }

  /** The teacher meant the device to be wiped: this tab lets go of what it held, keeping changes made since. */
  forgetWiped(): void {
    if (this.problem?.kind !== 'wiped') return
    this.setMode('ok', null)
    this.rebase(emptyState())
  }

  /**
   * Another tab changed the saved data: take it in, keeping this tab's unsaved changes on top,
   * and this tab's recent changes that the other tab's write overwrote. Returns the preparations
   * this tab had that are now gone.
   */
  refresh(): Preparation[] {
    const before = this.view().preparations
    const outcome = readSaved(this.storage(), this.now())
    if (outcome.kind === 'empty' && this.wasWiped()) return []
    if (outcome.kind === 'ok' || outcome.kind === 'empty') {
      if (this.mode !== 'newer') this.setMode('ok', null)
      const base = outcome.kind === 'ok' ? outcome.state : emptyState()
      const seen = new Set(base.writes)
      const lost = this.written.filter((w) => !seen.has(w.id))
      this.written = this.written.filter((w) => seen.has(w.id))
      this.takeIn(base, lost[0]?.before ?? this.base, [...lost.flatMap((w) => w.ops), ...this.pending])
    } else if (!(outcome.kind === 'unreadable' && outcome.raw === this.replaceable)) this.refuse(outcome)
    const after = this.view().preparations
    return Object.values(before).filter((p) => !own(after, p.id))
  }

  /** The teacher has seen the problem (and could download the data): writing may go on. */
  allowReplacing(): void {
    if (this.mode !== 'blocked' || !this.problem) return
    this.replaceable = this.problem.raw
    this.setMode('ok', null)
  }

  /**
   * Puts this tab's changes on top of what another tab wrote. Where both changed the same text
   * since `ancestor` (the state this tab's changes were made on), both texts are kept.
   */
  private takeIn(base: SavedState, ancestor: SavedState, ops: Op[]) {
    const mine = ops.reduce((state, op) => op(state), ancestor)
    const both = keepBothTexts(ancestor, mine, base, this.bothTextsMark(base))
    this.rebase(base, both ? [...ops, both] : ops)
  }

  private rebase(base: SavedState, pending = this.pending) {
    this.base = base
    this.pending = pending
    this.current = null
  }

  private deviceHoldsLastWrite(): boolean {
    try {
      return this.lastWritten !== null && this.storage().getItem(STORAGE_KEY) === this.lastWritten
    } catch {
      return false
    }
  }

  /** Writes the state; the text written, or null when the device refused. */
  private write(state: SavedState): string | null {
    const text = serialise(state)
    try {
      this.storage().setItem(STORAGE_KEY, text)
      return text
    } catch {
      return null
    }
  }

  /** Copies what could not be used aside; null (and blocked) when the device refused. */
  private setAsideProblems(outcome: Outcome<'ok'>): string[] | null {
    if (outcome.raw === this.replaceable) return []
    const copies = [
      ...outcome.unusable.map((u) => ({ data: JSON.stringify(u.value), reason: 'unusable' as const })),
      ...outcome.repairs.map((r) => ({ data: JSON.stringify(r.original), reason: 'repaired' as const })),
    ]
    try {
      return copies.map(({ data, reason }) => setAside(this.storage(), data, reason, this.now()))
    } catch {
      this.setMode('blocked', { kind: 'set-aside-failed', raw: outcome.raw })
      return null
    }
  }

  private trySetAside(raw: string): string[] {
    try {
      return [setAside(this.storage(), raw, 'unreadable', this.now())]
    } catch {
      return []
    }
  }

  private refuse(outcome: Outcome<'newer' | 'unreadable' | 'failed'>) {
    if (outcome.kind === 'newer') {
      this.setMode('newer', { kind: 'newer', raw: outcome.raw })
      // Shown as far as this version can read it, so nothing seems gone (with what this tab held
      // that it does not have); this tab's changes stay on top.
      const readable = readNewer(outcome.raw, this.now())
      this.rebase({ ...readable, preparations: { ...this.base.preparations, ...readable.preparations } })
    } else if (outcome.kind === 'failed')
      this.setMode('unavailable', { kind: isRefused(this.storage()) ? 'refused' : 'read-failed', raw: null })
    else this.setMode('blocked', { kind: 'unreadable', raw: outcome.raw })
  }

  private setMode(mode: StorageMode, problem: StorageProblem | null) {
    this.mode = mode
    this.problem = problem
  }
}
