import { useEffect, useEffectEvent, useSyncExternalStore } from 'react'

type Politeness = 'polite' | 'assertive'
interface Message {
  text: string
  /** A new key for every announcement, so the same words said again are a new node, read again. */
  key: number
  at: number
}
type Messages = Record<Politeness, Message | null>

/**
 * The same words in the same region this soon after are the same event reported twice (a double
 * click, an effect that runs twice), not news: they are said once.
 */
export const REPEAT_MS = 1000

const EMPTY: Messages = { polite: null, assertive: null }
let messages = EMPTY
let count = 0
const listeners = new Set<() => void>()

/**
 * Says a change of status to screen-reader users, once: "Bewaard", "Gekopieerd", "De PDF is klaar".
 * Errors the teacher must hear at once go `assertive`; everything else waits for a pause. The
 * visible text, where a sighted teacher needs one, stays beside the control without a live role
 * of its own, so nothing is said twice.
 */
export function announce(text: string, { assertive = false }: { assertive?: boolean } = {}): void {
  const politeness: Politeness = assertive ? 'assertive' : 'polite'
  const last = messages[politeness]
  const now = Date.now()
  if (last && last.text === text && now - last.at < REPEAT_MS) return
  messages = { ...messages, [politeness]: { text, key: ++count, at: now } }
  listeners.forEach((listener) => listener())
}

/**
 * Announces `text` each time `cause` becomes something new (an offer, a problem, `true`): said
 * when it happens, not again on a re-render or a change of language.
 */
export function useAnnounce(cause: unknown, text: string, options?: { assertive?: boolean }): void {
  const say = useEffectEvent(() => announce(text, options))
  useEffect(() => {
    if (cause) say()
  }, [cause])
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const current = () => messages
const silent = () => EMPTY

/**
 * The app's two live regions, a polite status and an assertive alert, present from the first
 * render so that screen readers watch them before anything is said. Only the frame renders them;
 * no other element of the app has a live role.
 */
export function LiveRegions() {
  // The built page's regions are empty: hydration starts from that, and what was said before the
  // app started is said once it has (a live region that changes after it is there).
  const { polite, assertive } = useSyncExternalStore(subscribe, current, silent)
  // What was said belongs to this page: a new frame starts silent.
  useEffect(
    () => () => {
      messages = EMPTY
    },
    [],
  )
  return (
    <div className="visually-hidden">
      <div role="status">{polite ? <p key={polite.key}>{polite.text}</p> : null}</div>
      <div role="alert">{assertive ? <p key={assertive.key}>{assertive.text}</p> : null}</div>
    </div>
  )
}
