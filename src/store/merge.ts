import type { DraftAnswers } from '../rules'
import { own, type Preparation, type Question } from '../model'

/**
 * Reading a preparation back from a file when this device has it too: nothing either copy holds
 * is lost. Ticks, notes, questions and answers that only one copy has are all kept. Where both
 * copies have the same text, each different, both are kept: this device's text, then the file's
 * under `mark`. Where a choice differs (an answer, a rating, a date), the copy changed last decides,
 * and the other choice is named in the preview and stays in the copy set aside.
 */
export interface MergeOutcome {
  preparation: Preparation
  /** Whether anything here changes at all. */
  changed: boolean
  /** Things the file has and this device had not: ticks, notes, questions, answers, texts. */
  added: number
  /** Texts both copies hold differently: both are kept. */
  bothKept: number
  /** Choices that differ, by field (`answers.room`, `followUp.at`), and which copy's is used. */
  chosen: { field: string; from: 'here' | 'file' }[]
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/

/**
 * An instant as a number, so "…T10:00Z" and "…T10:00:00.000Z" are the same. What is not an ISO
 * instant is oldest (the browser would read "9" as a day in 2001).
 */
export function instant(text: string): number {
  const ms = ISO_INSTANT.test(text) ? Date.parse(text) : Number.NaN
  return Number.isNaN(ms) ? -Infinity : ms
}

/** Deep equality for saved data (plain JSON: objects, arrays, strings, numbers, booleans). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined)
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined)
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  )
}

type Counts = Omit<MergeOutcome, 'preparation' | 'changed'>

/** Two texts as one: the same or one inside the other gives the fuller one; else both, marked. */
function both(here: string | undefined, file: string | undefined, mark: string, counts: Counts): string | undefined {
  if (file === undefined || file.trim() === '' || here === file || (here !== undefined && here.includes(file)))
    return here ?? file
  if (here === undefined || here.trim() === '' || file.includes(here)) {
    counts.added++
    return file
  }
  counts.bothKept++
  return `${here}\n\n${mark}\n${file}`
}

/** One choice: the one that is there; where both are and differ, the newer copy's. */
function choose<T>(field: string, here: T | undefined, file: T | undefined, fileIsNewer: boolean, counts: Counts) {
  if (file === undefined) return here
  if (here === undefined) {
    counts.added++
    return file
  }
  if (same(here, file)) return here
  counts.chosen.push({ field, from: fileIsNewer ? 'file' : 'here' })
  return fileIsNewer ? file : here
}

/** Every key either record has, in order: this device's first. */
const keysOf = (here: object, file: object) => [...new Set([...Object.keys(here), ...Object.keys(file)])]

/** Questions by id; the same id with another text keeps both, the file's as a question of its own. */
function questions(here: Question[], file: Question[], counts: Counts): Question[] {
  const result = [...here]
  const ids = new Set(here.map((question) => question.id))
  for (const question of file) {
    const index = result.findIndex((q) => q.id === question.id)
    const mine = index === -1 ? undefined : result[index]
    if (mine && mine.text === question.text) {
      if (question.done && !mine.done) result[index] = { ...mine, done: true }
      continue
    }
    if (result.some((q) => q.text === question.text && q.done === question.done)) continue
    let id = question.id
    for (let n = 2; ids.has(id); n++) id = `${question.id}-${n}`
    ids.add(id)
    counts.added++
    result.push({ ...question, id })
  }
  return result
}

export function mergePreparation(here: Preparation, file: Preparation, mark: string): MergeOutcome {
  const counts: Counts = { added: 0, bothKept: 0, chosen: [] }
  const fileIsNewer = instant(file.updatedAt) > instant(here.updatedAt)
  const pick = <T>(field: string, a: T | undefined, b: T | undefined) => choose(field, a, b, fileIsNewer, counts)
  const text = (a: string | undefined, b: string | undefined) => both(a, b, mark, counts)

  const answers: Record<string, unknown> = {}
  for (const key of keysOf(here.answers, file.answers)) {
    const value = pick(`answers.${key}`, own(here.answers, key), own(file.answers, key))
    if (value !== undefined) answers[key] = value
  }
  const ticks = { ...here.ticks }
  for (const item of Object.keys(file.ticks))
    if (!own(here.ticks, item)) {
      ticks[item] = true
      counts.added++
    }
  const notes: Record<string, string> = {}
  for (const item of keysOf(here.notes, file.notes)) {
    const note = text(own(here.notes, item), own(file.notes, item))
    if (note !== undefined) notes[item] = note
  }
  const evaluation = withoutUndefined({
    rating: pick('evaluation.rating', here.evaluation.rating, file.evaluation.rating),
    buddyCame: pick('evaluation.buddyCame', here.evaluation.buddyCame, file.evaluation.buddyCame),
    parent: text(here.evaluation.parent, file.evaluation.parent),
    buddy: text(here.evaluation.buddy, file.evaluation.buddy),
    teacher: text(here.evaluation.teacher, file.evaluation.teacher),
    discussed: text(here.evaluation.discussed, file.evaluation.discussed),
    agreements: text(here.evaluation.agreements, file.evaluation.agreements),
  })
  const followUp = withoutUndefined({
    at: pick('followUp.at', here.followUp.at, file.followUp.at),
    minutes: pick('followUp.minutes', here.followUp.minutes, file.followUp.minutes),
    withBuddy: pick('followUp.withBuddy', here.followUp.withBuddy, file.followUp.withBuddy),
  })
  const card = withoutUndefined({
    notes: text(here.card.notes, file.card.notes),
    timerStartedAt: pick('card.timerStartedAt', here.card.timerStartedAt, file.card.timerStartedAt),
    keyNote: pick('card.keyNote', here.card.keyNote, file.card.keyNote),
  })
  const texts = withoutUndefined({
    invitation: pick('texts.invitation', here.texts.invitation, file.texts.invitation),
    followUpInvitation: pick('texts.followUpInvitation', here.texts.followUpInvitation, file.texts.followUpInvitation),
  })
  const merged: Preparation = withoutUndefined({
    id: here.id,
    createdAt: instant(file.createdAt) < instant(here.createdAt) ? file.createdAt : here.createdAt,
    updatedAt: fileIsNewer ? file.updatedAt : here.updatedAt,
    answers: answers as DraftAnswers,
    ticks,
    notes,
    questions: questions(here.questions, file.questions, counts),
    evaluation,
    followUp,
    card,
    texts,
    held: here.held || file.held,
    finished: here.finished || file.finished,
    followsId: pick('followsId', here.followsId, file.followsId),
    carriedAgreements: text(here.carriedAgreements, file.carriedAgreements),
  })
  const changed = !same({ ...merged, updatedAt: '' }, { ...here, updatedAt: '' })
  return { preparation: merged, changed, ...counts }
}

/** The merge as reading back uses it: the merged preparation, or null when it changes nothing here. */
export const mergeWith =
  (mark: string) =>
  (here: Preparation, file: Preparation): Preparation | null => {
    const outcome = mergePreparation(here, file, mark)
    return outcome.changed ? outcome.preparation : null
  }

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T
}

/** What reading a file back does to each preparation in it. */
export type ImportRow =
  | { action: 'add'; incoming: Preparation }
  | { action: 'same'; incoming: Preparation; here: Preparation }
  | { action: 'merge'; incoming: Preparation; here: Preparation; outcome: MergeOutcome }

export function planImport(existing: Record<string, Preparation>, incoming: Preparation[], mark: string): ImportRow[] {
  return incoming.map((preparation) => {
    const here = own(existing, preparation.id)
    if (!here) return { action: 'add', incoming: preparation }
    const outcome = mergePreparation(here, preparation, mark)
    return outcome.changed
      ? { action: 'merge', incoming: preparation, here, outcome }
      : { action: 'same', incoming: preparation, here }
  })
}
