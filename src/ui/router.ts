import { createContext, useContext, useMemo, useSyncExternalStore } from 'react'

/** Hash routes: each wizard step and view has its own URL, so back and forward work. */
export interface Location {
  path: string
  query: URLSearchParams
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const readHash = () => window.location.hash

/** The address now, changing as soon as it does: for the frame that picks the screen (src/app/app.tsx). */
export function useAddress(): Location {
  const hash = useSyncExternalStore(subscribe, readHash, readHash)
  return useMemo(() => parse(hash), [hash])
}

/**
 * The address of the screen on show. The frame renders a new address in the background (a
 * deferred value), so the click or key that moved there is done before the next screen is drawn;
 * the screens read that address from here, so the one on show does not render again meanwhile.
 */
const ShownLocation = createContext<Location | null>(null)
export const LocationProvider = ShownLocation.Provider

export function useLocation(): Location {
  return useContext(ShownLocation) ?? parse(readHash())
}

export function parse(hash: string): Location {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?')
  return { path: path || '/', query: new URLSearchParams(search) }
}

// Whether the teacher has moved to another screen since the page loaded (a link, Back, Continue),
// as opposed to a redirect the app made on its own, such as from the start to the first question.
let redirecting = false
let teacherNavigated = false
window.addEventListener('hashchange', () => {
  if (!redirecting) teacherNavigated = true
})

export const hasTeacherNavigated = () => teacherNavigated

/** Goes to a route; `replace` swaps the current history entry (for redirects). */
export function navigate(to: string, { replace = false } = {}): void {
  if (replace) {
    window.history.replaceState(window.history.state, '', `#${to}`)
    redirecting = true
    try {
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    } finally {
      redirecting = false
    }
  } else {
    // Said at once: the address changes now, but its hashchange event comes after React has drawn it.
    teacherNavigated = true
    window.location.hash = to
  }
}

/**
 * Goes to a route once the browser has painted the click that asked for it: changing the address,
 * and with it the browser's history, takes a while on a slow device, and the click is answered
 * sooner without it. `from` first gives the current history entry that address without drawing
 * it, so Back returns there. In a tab in the background, which paints nothing, it goes shortly after.
 */
export function navigateAfterPaint(to: string, { from }: { from?: string } = {}): void {
  let gone = false
  waiting = true
  const go = () => {
    if (gone) return
    gone = true
    waiting = false
    if (from) window.history.replaceState(window.history.state, '', `#${from}`)
    navigate(to)
  }
  window.requestAnimationFrame(() => window.setTimeout(go, 0))
  window.setTimeout(go, 100)
}

let waiting = false

/**
 * Whether the screen at `path` is being left: a move waits for the next paint, or the address has
 * already changed and the next screen is still being drawn. A second click meanwhile is ignored.
 */
export const isLeaving = (path: string) => waiting || parse(readHash()).path !== path

export const href = (to: string) => `#${to}`
