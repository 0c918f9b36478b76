import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { buildChecklist, completeAnswers, type Checklist, type DraftAnswers, type Locale } from '../rules'
import { translator, type Translate } from '../i18n'
import { useStore, type StoreState } from './store'
import type { Preparation } from './persistence'
import { byNewestConversation } from './status'

const NO_ANSWERS: DraftAnswers = {}

export const selectActive = (s: StoreState): Preparation | undefined =>
  s.activeId ? s.preparations[s.activeId] : undefined

export const useActions = () => useStore((s) => s.actions)
export const useLocale = () => useStore((s) => s.locale)
export const useActivePreparation = () => useStore(selectActive)
export const useAnswers = (): DraftAnswers => useStore((s) => selectActive(s)?.answers ?? NO_ANSWERS)
export const useSetAsideKeys = () => useStore((s) => s.setAsideKeys)
export const useRemoved = () => useStore((s) => s.removed)
export const useSaveFailed = () => useStore((s) => s.saveFailed)

/** Every saved preparation with answers, newest conversation first. */
export function usePreparationList(): Preparation[] {
  const all = useStore(useShallow((s) => Object.values(s.preparations)))
  return useMemo(
    () => all.filter((p) => Object.keys(p.answers).length > 0).sort(byNewestConversation),
    [all],
  )
}

/** The translator for the chosen UI language. */
export function useT(): Translate {
  const locale = useLocale()
  return useMemo(() => translator(locale), [locale])
}

/** A preparation's checklist, or null while its answers are incomplete. */
export function checklistOf(answers: DraftAnswers, locale: Locale): Checklist | null {
  const complete = completeAnswers(answers)
  return complete ? buildChecklist(complete, { locale }) : null
}

/** The checklist derived from the active answers, or null while answers are incomplete. */
export function useChecklist(): Checklist | null {
  const answers = useAnswers()
  const locale = useLocale()
  return useMemo(() => checklistOf(answers, locale), [answers, locale])
}
