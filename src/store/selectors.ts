import { useMemo } from 'react'
import { buildChecklist, completeAnswers, type Checklist, type DraftAnswers } from '../rules'
import { translator, type Translate } from '../i18n'
import { useStore, type StoreState } from './store'
import type { Preparation } from './persistence'

const NO_ANSWERS: DraftAnswers = {}

export const selectActive = (s: StoreState): Preparation | undefined =>
  s.activeId ? s.preparations[s.activeId] : undefined

export const useActions = () => useStore((s) => s.actions)
export const useLocale = () => useStore((s) => s.locale)
export const useActivePreparation = () => useStore(selectActive)
export const useAnswers = (): DraftAnswers => useStore((s) => selectActive(s)?.answers ?? NO_ANSWERS)
export const useSetAsideKeys = () => useStore((s) => s.setAsideKeys)

/** The translator for the chosen UI language. */
export function useT(): Translate {
  const locale = useLocale()
  return useMemo(() => translator(locale), [locale])
}

/** The checklist derived from the active answers, or null while answers are incomplete. */
export function useChecklist(): Checklist | null {
  const answers = useAnswers()
  const locale = useLocale()
  return useMemo(() => {
    const complete = completeAnswers(answers)
    return complete ? buildChecklist(complete, { locale }) : null
  }, [answers, locale])
}
