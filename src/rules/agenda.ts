import { dateTimeParts } from './date-time'

/** One row of the timed agenda: what happens, for how long, and when, if the time is known. */
export interface AgendaRow {
  id: string
  /** The checklist item the row comes from. */
  item: string
  title: string
  minutes: number
  /** Minutes from the start of the conversation to the start of this row. */
  offset: number
  /** Clock times `HH:MM`, when the meeting time is known. */
  clock: { start: string; end: string } | null
}

/** A segment that applies to this conversation, before its minutes are known. */
export interface AgendaPart {
  id: string
  item: string
  title: string
  share: number
  /** The least part of the total the part gets, as [numerator, denominator]: the news gets a third. */
  atLeast?: readonly [number, number]
}

/**
 * Splits the planned minutes over the parts by their shares: whole minutes that add up exactly
 * to the total, at least one each. Rows are whole multiples of `step` when the total is and
 * there are enough steps for every part; otherwise whole minutes. When there are more parts
 * than minutes, the parts with the smallest share (the later one of equals) are left out.
 * A part with `atLeast` gets that part of the total (rounded up to whole rows) when its share
 * would give it less; the other parts share the rest.
 * The clock times start at `meetingAt` (`YYYY-MM-DDTHH:MM`) when it is given.
 */
export function timeAgenda(parts: AgendaPart[], total: number, step: number, meetingAt?: string): AgendaRow[] {
  const split = splitWithMinimums(parts, total, step)
  const start = meetingAt ? startMinute(meetingAt) : null
  let offset = 0
  return split.map(({ part, minutes: length }) => {
    const row: AgendaRow = {
      id: part.id,
      item: part.item,
      title: part.title,
      minutes: length,
      offset,
      clock: clockOf(start, offset, length),
    }
    offset += length
    return row
  })
}

/**
 * The parts kept and their minutes, in the parts' order: split by shares, then each part below
 * its `atLeast` raised to it, and the others (as many as the minutes left allow) sharing the rest.
 */
function splitWithMinimums(parts: AgendaPart[], total: number, step: number): { part: AgendaPart; minutes: number }[] {
  const kept = fewestParts(parts, total)
  const byShares = splitMinutes(
    total,
    kept.map((part) => part.share),
    step,
  )
  const unit = rowUnit(total, kept.length, step)
  const floor = (part: AgendaPart) =>
    part.atLeast ? Math.ceil((total * part.atLeast[0]) / part.atLeast[1] / unit) * unit : 0
  const raised = kept.filter((part, index) => byShares[index]! < floor(part))
  if (raised.length === 0) return kept.map((part, index) => ({ part, minutes: byShares[index]! }))
  const left = total - raised.reduce((sum, part) => sum + floor(part), 0)
  const others = fewestParts(
    kept.filter((part) => !raised.includes(part)),
    left,
  )
  const rest = splitMinutes(
    left,
    others.map((part) => part.share),
    step,
  )
  return kept.flatMap((part) => {
    if (raised.includes(part)) return [{ part, minutes: floor(part) }]
    const index = others.indexOf(part)
    return index === -1 ? [] : [{ part, minutes: rest[index]! }]
  })
}

/** The size of a row's minutes: `step` when the total is a multiple of it with a step for every row, else one. */
export function rowUnit(total: number, rows: number, step: number): number {
  return step > 1 && total % step === 0 && total / step >= rows ? step : 1
}

/**
 * The same agenda with its clock times counted from another start (`YYYY-MM-DDTHH:MM`): when the
 * conversation began, late or early, every row moves with it; its minutes stay. A start that is
 * not a date and time gives the agenda as it was.
 */
export function agendaFrom(agenda: readonly AgendaRow[], startedAt: string): AgendaRow[] {
  const start = startMinute(startedAt)
  if (start === null) return [...agenda]
  return agenda.map((row) => ({ ...row, clock: clockOf(start, row.offset, row.minutes) }))
}

function clockOf(start: number | null, offset: number, length: number): AgendaRow['clock'] {
  return start === null ? null : { start: clockTime(start + offset), end: clockTime(start + offset + length) }
}

/** As many parts as there are minutes: the smallest shares go first, the later of equals first. */
function fewestParts(parts: AgendaPart[], total: number): AgendaPart[] {
  const kept = [...parts]
  while (kept.length > Math.max(1, total)) {
    const smallest = kept.reduce((min, part, index) => (part.share <= kept[min]!.share ? index : min), 0)
    kept.splice(smallest, 1)
  }
  return kept
}

/**
 * Whole numbers that add up to `total`, each at least one unit, as close to the shares as can
 * be: every part gets the whole units of its share, and the units left go to the parts with
 * the largest remainders (the earlier of equals). A part raised to its one unit is paid for by
 * the parts furthest above their share.
 */
export function splitMinutes(total: number, shares: number[], step: number): number[] {
  if (shares.length === 0 || shares.length > total) throw new RangeError(`Cannot split ${total} over ${shares.length}`)
  const unit = rowUnit(total, shares.length, step)
  const units = total / unit
  const sum = shares.reduce((a, b) => a + b, 0)
  const ideal = shares.map((share) => (share * units) / sum)
  const given = ideal.map((value) => Math.max(1, Math.floor(value)))
  const remainder = (i: number) => ideal[i]! - given[i]!
  let left = units - given.reduce((a, b) => a + b, 0)
  for (; left > 0; left--)
    given[
      pick(
        given,
        (i) => remainder(i),
        () => true,
      )
    ]! += 1
  for (; left < 0; left++)
    given[
      pick(
        given,
        (i) => -remainder(i),
        (i) => given[i]! > 1,
      )
    ]! -= 1
  return given.map((count) => count * unit)
}

/** The index with the highest score among those allowed; the first of equals. */
function pick(values: number[], score: (i: number) => number, allowed: (i: number) => boolean): number {
  let best = -1
  values.forEach((_, i) => {
    if (allowed(i) && (best === -1 || score(i) > score(best))) best = i
  })
  return best
}

function startMinute(meetingAt: string): number | null {
  const parts = dateTimeParts(meetingAt)
  return parts ? parts[3] * 60 + parts[4] : null
}

/** Minutes since midnight as `HH:MM`, on the next day after midnight. */
export function clockTime(minute: number): string {
  const inDay = ((minute % 1440) + 1440) % 1440
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`
}

/** Where a conversation that started `elapsedSeconds` ago stands on its agenda. */
export type AgendaPosition =
  | { kind: 'row'; index: number; rowSecondsLeft: number; totalSecondsLeft: number }
  | { kind: 'over'; secondsOver: number }

/** The row of the agenda that is on now, and the time left in it and in all; a clock set back counts as the start. */
export function agendaNow(agenda: readonly AgendaRow[], elapsedSeconds: number): AgendaPosition {
  const elapsed = Math.max(0, elapsedSeconds)
  const total = agenda.reduce((sum, row) => sum + row.minutes, 0) * 60
  const index = agenda.findIndex((row) => elapsed < (row.offset + row.minutes) * 60)
  if (index === -1) return { kind: 'over', secondsOver: elapsed - total }
  const row = agenda[index]!
  return {
    kind: 'row',
    index,
    rowSecondsLeft: (row.offset + row.minutes) * 60 - elapsed,
    totalSecondsLeft: total - elapsed,
  }
}
