import { use, useMemo } from 'react'
import {
  buildCard,
  buildChecklist,
  completeAnswers,
  guidance as sheetGuidance,
  type Card,
  type Checklist,
  type DraftAnswers,
  type Guidance,
  type Locale,
} from '../rules'
import type * as School from '../rules/school'
import type { SavedSchoolGuidance } from '../store/persistence'
import { own, statusOf, type Status } from '../model'
import { localDateTime } from '../i18n/dates'
import { useActiveId, useAnswers, useDutchScripts, useLocale, useStore } from '../store/selectors'

// Derived from the answers, never stored. Kept apart from the store's selectors so the screens
// of the first visit (the wizard) load without the guidance and the rules that build a checklist.

/** A preparation's checklist, or null while its answers are incomplete. */
export function checklistOf(
  answers: DraftAnswers,
  locale: Locale,
  scriptLocale: Locale = locale,
  guidance: Guidance = sheetGuidance,
): Checklist | null {
  const complete = completeAnswers(answers)
  return complete ? buildChecklist(complete, { locale, scriptLocale, guidance }) : null
}

// The school's version is checked by its schema before it is used; that code loads only when a
// school's version is saved, the first time a checklist is made with it.
let schoolModule: Promise<typeof School> | undefined
const made = new WeakMap<SavedSchoolGuidance, Guidance>()

/**
 * The guidance every checklist, card and PDF is made with: the school's own version when one is
 * saved, else the sheet's. A saved version that no longer passes the checks gives the sheet's.
 * Suspends the first time, while the school's code loads.
 */
export function useGuidance(): Guidance {
  const saved = useStore((s) => s.schoolGuidance)
  if (!saved) return sheetGuidance
  const { readSchoolGuidance } = use((schoolModule ??= import('../rules/school')))
  let guidance = made.get(saved)
  if (!guidance) {
    const reading = readSchoolGuidance(saved, sheetGuidance)
    guidance = reading.ok ? reading.guidance : sheetGuidance
    made.set(saved, guidance)
  }
  return guidance
}

/** What the checklist and the card on screen are made from: the answers, the languages, the guidance. */
function useMadeFrom() {
  const locale = useLocale()
  return { answers: useAnswers(), locale, scriptLocale: useDutchScripts() ? 'nl' : locale, guidance: useGuidance() }
}

/** The checklist derived from the answers on screen, or null while answers are incomplete. */
export function useChecklist(): Checklist | null {
  const { answers, locale, scriptLocale, guidance } = useMadeFrom()
  return useMemo(() => checklistOf(answers, locale, scriptLocale, guidance), [answers, locale, scriptLocale, guidance])
}

/** The conversation card derived from the answers on screen, or null while answers are incomplete. */
export function useCard(): Card | null {
  const { answers, locale, scriptLocale, guidance } = useMadeFrom()
  return useMemo(() => {
    const complete = completeAnswers(answers)
    return complete ? buildCard(complete, { locale, scriptLocale, guidance }) : null
  }, [answers, locale, scriptLocale, guidance])
}

/** Where the preparation on screen stands now: preparing, held or finished. */
export const useActiveStatus = (): Status => {
  const id = useActiveId()
  return useStore((s) => {
    const active = id ? own(s.preparations, id) : undefined
    return active ? statusOf(active, localDateTime(new Date())) : 'preparing'
  })
}
