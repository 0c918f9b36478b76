import { createContext, useContext, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import {
  buildCard,
  buildChecklist,
  completeAnswers,
  type Card,
  type Checklist,
  type DraftAnswers,
  type Locale,
} from '../rules'
import { byNewestConversation, statusOf, type Preparation, type Status } from '../model'
import { translator, type Translate } from '../i18n'
import { localDateTime } from '../i18n/dates'
import { useStore, type StoreState } from './store'

const NO_ANSWERS: DraftAnswers = {}
const NO_TICKS: Record<string, true> = {}

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

const select = (s: StoreState, id: string | null): Preparation | undefined => (id ? s.preparations[id] : undefined)

export const useActions = () => useStore((s) => s.actions)
export const useLocale = () => useStore((s) => s.settings.locale)
export const useDutchScripts = () => useStore((s) => s.settings.dutchScripts)
/** The teacher's own settings: name, school, default room, language choices. */
export const useSettings = () => useStore((s) => s.settings)
export const usePreparation = (id: string | null) => useStore((s) => select(s, id))
export const useActivePreparation = () => usePreparation(useActiveId())
export const useAnswers = (): DraftAnswers => {
  const id = useActiveId()
  return useStore((s) => select(s, id)?.answers ?? NO_ANSWERS)
}
export const useNotice = () => useStore((s) => s.notice)
export const useRemoved = () => useStore((s) => s.removed)
/** Whether this tab deleted the preparation, or another tab deleted it while this tab had it. */
export const useDeleted = (id: string) =>
  useStore(
    useShallow((s) => ({
      here: s.removed.some((r) => r.preparations.some((p) => p.id === id)),
      elsewhere: s.removedElsewhere[id] !== undefined,
    })),
  )
export const useStorageMode = () => useStore(useShallow((s) => ({ mode: s.mode, problem: s.problem })))
export const useSaveFailed = () => useStore((s) => s.saveFailed)
/** Changes are not being written now: the last write failed, or saving is stopped until the teacher decides. */
export const useNotSaving = () => useStore((s) => s.saveFailed || s.mode !== 'ok')
export const useLastUsedId = () =>
  useStore((s) => {
    if (s.lastUsedId && s.preparations[s.lastUsedId]) return s.lastUsedId
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
/** When the card's timer was started (an ISO instant), or null when it is not running. */
export const useTimerStart = () => {
  const id = useActiveId()
  return useStore((s) => select(s, id)?.card.timerStartedAt ?? null)
}
/** Where the preparation on screen stands now: preparing, held or finished. */
export const useActiveStatus = (): Status => {
  const id = useActiveId()
  return useStore((s) => {
    const active = select(s, id)
    return active ? statusOf(active, localDateTime(new Date())) : 'preparing'
  })
}

/** Every saved preparation with answers, newest conversation first. */
export function usePreparationList(): Preparation[] {
  const all = useStore(useShallow((s) => Object.values(s.preparations)))
  return useMemo(() => all.filter((p) => Object.keys(p.answers).length > 0).sort(byNewestConversation), [all])
}

/** The translator for the chosen UI language. */
export function useT(): Translate {
  const locale = useLocale()
  return useMemo(() => translator(locale), [locale])
}

/** A preparation's checklist, or null while its answers are incomplete. */
export function checklistOf(answers: DraftAnswers, locale: Locale, scriptLocale: Locale = locale): Checklist | null {
  const complete = completeAnswers(answers)
  return complete ? buildChecklist(complete, { locale, scriptLocale }) : null
}

/** The checklist derived from the answers on screen, or null while answers are incomplete. */
export function useChecklist(): Checklist | null {
  const answers = useAnswers()
  const locale = useLocale()
  const scriptLocale = useDutchScripts() ? 'nl' : locale
  return useMemo(() => checklistOf(answers, locale, scriptLocale), [answers, locale, scriptLocale])
}

/** The conversation card derived from the answers on screen, or null while answers are incomplete. */
export function useCard(): Card | null {
  const answers = useAnswers()
  const locale = useLocale()
  const scriptLocale = useDutchScripts() ? 'nl' : locale
  return useMemo(() => {
    const complete = completeAnswers(answers)
    return complete ? buildCard(complete, { locale, scriptLocale }) : null
  }, [answers, locale, scriptLocale])
}
