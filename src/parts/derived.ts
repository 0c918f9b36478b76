import { useMemo } from 'react'
import {
  buildCard,
  buildChecklist,
  completeAnswers,
  type Card,
  type Checklist,
  type DraftAnswers,
  type Locale,
} from '../rules'
import { own, statusOf, type Status } from '../model'
import { localDateTime } from '../i18n/dates'
import { useActiveId, useAnswers, useDutchScripts, useLocale, useStore } from '../store/selectors'

// Derived from the answers, never stored. Kept apart from the store's selectors so the screens
// of the first visit (the wizard) load without the guidance and the rules that build a checklist.

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

/** Where the preparation on screen stands now: preparing, held or finished. */
export const useActiveStatus = (): Status => {
  const id = useActiveId()
  return useStore((s) => {
    const active = id ? own(s.preparations, id) : undefined
    return active ? statusOf(active, localDateTime(new Date())) : 'preparing'
  })
}
