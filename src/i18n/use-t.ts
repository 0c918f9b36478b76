import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react'
import type { Locale } from '../rules'
import { hasMessages, loadMessages, onMessagesLoaded, translator, type Translate } from './index'

/** The UI language the teacher chose; the app's frame gives it from the settings (Dutch without one). */
export const LocaleContext = createContext<Locale>('nl')

/**
 * The translator for the chosen UI language. English is loaded when first chosen (the language
 * button waits for it); chosen in another tab, Dutch shows for the moment it takes to load.
 */
export function useT(): Translate {
  const locale = useContext(LocaleContext)
  const ready = useSyncExternalStore(
    onMessagesLoaded,
    () => hasMessages(locale),
    () => hasMessages(locale),
  )
  useEffect(() => {
    if (!ready) loadMessages(locale).catch(() => {})
  }, [ready, locale])
  return useMemo(() => translator(ready ? locale : 'nl'), [ready, locale])
}
