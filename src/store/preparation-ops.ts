import type { DraftAnswers } from '../rules'
import {
  followUpWithBuddy,
  own,
  type SavedCard,
  type EditableText,
  type EditedText,
  type Evaluation,
  type FollowUp,
  type Preparation,
  type Texts,
} from '../model'
import type { SavedSchoolGuidance, SavedState, Settings } from './persistence'
import type { Op } from './saver'
import type { AnswerChanges, Changes } from './store'

/** Answers that may have changed since the last conversation, asked again for a follow-up. */
const ASKED_AGAIN: string[] = ['buddy', 'sensitiveNews', 'meetingAt']

/**
 * A new usual length makes the length chosen for the old one meaningless: it goes, unless the
 * same change chooses one.
 */
function lengthKept(answers: DraftAnswers, changes: AnswerChanges): AnswerChanges {
  const usualChanged = 'expectedMinutes' in changes && changes.expectedMinutes !== answers.expectedMinutes
  return usualChanged && !('chosenMinutes' in changes) ? { ...changes, chosenMinutes: undefined } : changes
}

/** A copy without the keys whose value is undefined. */
function withoutUndefined<T>(record: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Record<string, T>
}

export function newPreparation(id: string, answers: DraftAnswers, at: string): Preparation {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    answers,
    ticks: {},
    notes: {},
    questions: [],
    evaluation: {},
    followUp: {},
    card: {},
    texts: {},
    held: false,
    finished: false,
  }
}

/**
 * Every change to the saved state, as an op. Each op is replayed on top of what is on the device
 * when it is written, so it changes only what it is about: a tick sets one tick, a note one note.
 * The time of the change is taken when the op is made, not when it is replayed.
 */
export function preparationOps(now: () => string) {
  /** Changes one preparation; a preparation deleted meanwhile (in another tab) stays deleted. */
  const stamped = (id: string, change: (p: Preparation) => Preparation): Op => {
    const at = now()
    return (state) => {
      const current = own(state.preparations, id)
      if (!current) return state
      const next = { ...change(current), updatedAt: at }
      return { ...state, preparations: { ...state.preparations, [id]: next }, lastUsedId: id }
    }
  }
  const put = (state: SavedState, preparations: Preparation[]): SavedState => ({
    ...state,
    preparations: { ...state.preparations, ...Object.fromEntries(preparations.map((p) => [p.id, p])) },
  })

  return {
    create: (id: string, answers: AnswerChanges): Op => {
      const preparation = newPreparation(id, withoutUndefined(answers) as DraftAnswers, now())
      return (state) => ({ ...put(state, [preparation]), lastUsedId: id })
    },
    saveAnswers: (id: string, changes: AnswerChanges) =>
      stamped(id, (p) => ({
        ...p,
        answers: withoutUndefined({ ...p.answers, ...lengthKept(p.answers, changes) }) as DraftAnswers,
      })),
    setTick: (id: string, itemId: string, ticked: boolean) =>
      stamped(id, (p) => ({
        ...p,
        ticks: ticked ? { ...p.ticks, [itemId]: true } : withoutUndefined({ ...p.ticks, [itemId]: undefined }),
      })),
    setNote: (id: string, itemId: string, note: string) =>
      stamped(id, (p) => ({ ...p, notes: { ...p.notes, [itemId]: note } })),
    addQuestion: (id: string, questionId: string, text: string) =>
      stamped(id, (p) => ({ ...p, questions: [...p.questions, { id: questionId, text: text.trim(), done: false }] })),
    setQuestionDone: (id: string, questionId: string, done: boolean) =>
      stamped(id, (p) => ({ ...p, questions: p.questions.map((q) => (q.id === questionId ? { ...q, done } : q)) })),
    removeQuestion: (id: string, questionId: string) =>
      stamped(id, (p) => ({ ...p, questions: p.questions.filter((q) => q.id !== questionId) })),
    saveEvaluation: (id: string, changes: Changes<Evaluation>) =>
      stamped(id, (p) => ({ ...p, evaluation: withoutUndefined({ ...p.evaluation, ...changes }) as Evaluation })),
    saveFollowUp: (id: string, changes: Changes<FollowUp>) =>
      stamped(id, (p) => ({ ...p, followUp: withoutUndefined({ ...p.followUp, ...changes }) as FollowUp })),
    setCardNotes: (id: string, notes: string) => stamped(id, (p) => ({ ...p, card: { ...p.card, notes } })),
    /** Starts the card's timer at `at`, or stops it with null. */
    setTimer: (id: string, at: string | null) =>
      stamped(id, (p) => ({
        ...p,
        card: withoutUndefined({ ...p.card, timerStartedAt: at ?? undefined }) as SavedCard,
      })),
    /** Puts one item's note on the conversation card, moving the mark from any other; null takes it off. */
    setKeyNote: (id: string, itemId: string | null) =>
      stamped(id, (p) => ({
        ...p,
        card: withoutUndefined({ ...p.card, keyNote: itemId ?? undefined }) as SavedCard,
      })),
    /** The text as the teacher changed it, or null to go back to the suggested text. */
    setText: (id: string, which: EditableText, edited: EditedText | null) =>
      stamped(id, (p) => ({ ...p, texts: withoutUndefined({ ...p.texts, [which]: edited ?? undefined }) as Texts })),
    markHeld: (id: string, held: boolean) => stamped(id, (p) => ({ ...p, held })),
    markFinished: (id: string, finished: boolean) => stamped(id, (p) => ({ ...p, finished, held: finished || p.held })),
    /**
     * The next conversation in a series: the same child and family, the date and length planned
     * at the follow-up, the questions still open and what was agreed. Whether the buddy comes and
     * whether there is sensitive news may have changed: those are asked again.
     */
    followUp: (sourceId: string, id: string): Op => {
      const at = now()
      return (state) => {
        const source = own(state.preparations, sourceId)
        if (!source) return state
        const kept = Object.entries(source.answers).filter(([field]) => !ASKED_AGAIN.includes(field))
        const answers = withoutUndefined({
          ...Object.fromEntries(kept),
          meetingAt: source.followUp.at,
          expectedMinutes: source.followUp.minutes ?? source.answers.expectedMinutes,
          // The minutes set at the follow-up are the length, not a usual time to add to.
          chosenMinutes: source.followUp.minutes,
          // Asked to come again: the buddy comes. Otherwise asked again, like sensitive news.
          buddy: followUpWithBuddy(source) ? 'attending' : undefined,
        }) as DraftAnswers
        const agreements = source.evaluation.agreements?.trim()
        const preparation: Preparation = {
          ...newPreparation(id, answers, at),
          questions: source.questions.filter((q) => !q.done).map((q) => ({ ...q, id: `${id}:${q.id}` })),
          followsId: sourceId,
          ...(agreements ? { carriedAgreements: agreements } : {}),
        }
        return { ...put(state, [preparation]), lastUsedId: id }
      }
    },
    touch:
      (id: string): Op =>
      (state) =>
        own(state.preparations, id) ? { ...state, lastUsedId: id } : state,
    remove:
      (ids: string[]): Op =>
      (state) => ({
        ...state,
        preparations: withoutUndefined({
          ...state.preparations,
          ...Object.fromEntries(ids.map((id) => [id, undefined])),
        }),
        lastUsedId: state.lastUsedId && ids.includes(state.lastUsedId) ? null : state.lastUsedId,
      }),
    /** Puts deleted preparations back as they were; one changed meanwhile elsewhere is kept. */
    putBack:
      (preparations: Preparation[]): Op =>
      (state) =>
        put(
          state,
          preparations.filter((p) => !own(state.preparations, p.id)),
        ),
    /** Preparations from a file: a new one added, one this device has merged with it (null: kept as it is). */
    restore:
      (incoming: Preparation[], merge: (here: Preparation, file: Preparation) => Preparation | null): Op =>
      (state) =>
        put(
          state,
          incoming.flatMap((p) => {
            const here = own(state.preparations, p.id)
            const merged = here ? merge(here, p) : p
            return merged ? [merged] : []
          }),
        ),
    /** Undoes a restore: the copies it replaced back, the ones it added out. */
    replace:
      (previous: Preparation[], added: string[]): Op =>
      (state) => {
        const without = withoutUndefined<Preparation>({
          ...state.preparations,
          ...Object.fromEntries(added.map((id) => [id, undefined])),
        })
        const lastUsedId = state.lastUsedId && added.includes(state.lastUsedId) ? null : state.lastUsedId
        return put({ ...state, preparations: without, lastUsedId }, previous)
      },
    /** Makes checklists with this school's version of the guidance from now on; null: the sheet as it is. */
    schoolGuidance:
      (school: SavedSchoolGuidance | null): Op =>
      (state) => ({ ...state, schoolGuidance: school }),
    settings:
      (changes: Changes<Settings>): Op =>
      (state) => ({ ...state, settings: withoutUndefined({ ...state.settings, ...changes }) as Settings }),
  }
}
