import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { buildChecklist, completeAnswers, type Checklist, type DraftAnswers, type Locale } from '../rules'
import { translator, type Translate } from '../i18n'
import { useStore, type StoreState } from './store'
import { byNewestConversation, statusOf, type Preparation, type Status } from '../model'
import { localDateTime } from '../i18n/dates'

const NO_ANSWERS: DraftAnswers = {}
const NO_TICKS: Record<string, true> = {}

export const selectActive = (s: StoreState): Preparation | undefined =>
  s.activeId ? s.preparations[s.activeId] : undefined

export const useActions = () => useStore((s) => s.actions)
export const useLocale = () => useStore((s) => s.locale)
export const useDutchScripts = () => useStore((s) => s.dutchScripts)
export const useActivePreparation = () => useStore(selectActive)
export const useAnswers = (): DraftAnswers => useStore((s) => selectActive(s)?.answers ?? NO_ANSWERS)
export const useSetAsideKeys = () => useStore((s) => s.setAsideKeys)
export const useRemoved = () => useStore((s) => s.removed)
// Narrow selectors, so typing a note re-renders that one item, not the whole checklist.
export const useTicks = () => useStore((s) => selectActive(s)?.ticks ?? NO_TICKS)
export const useTick = (itemId: string) => useStore((s) => selectActive(s)?.ticks[itemId] === true)
export const useNote = (itemId: string) => useStore((s) => selectActive(s)?.notes[itemId] ?? '')
/** Where the active preparation stands now: preparing, held or finished. */
export const useActiveStatus = (): Status =>
  useStore((s) => {
    const active = selectActive(s)
    return active ? statusOf(active, localDateTime(new Date())) : 'preparing'
  })
export const useSaveFailed = () => useStore((s) => s.saveFailed)

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

/** The checklist derived from the active answers, or null while answers are incomplete. */
export function useChecklist(): Checklist | null {
  const answers = useAnswers()
  const locale = useLocale()
  const scriptLocale = useDutchScripts() ? 'nl' : locale
  return useMemo(() => checklistOf(answers, locale, scriptLocale), [answers, locale, scriptLocale])
}
