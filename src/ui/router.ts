import { useSyncExternalStore } from 'react'

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

export function useLocation(): Location {
  const hash = useSyncExternalStore(subscribe, readHash, readHash)
  return parse(hash)
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
    replaceAddress(to)
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
 * Changes the current history entry's address without drawing it: for a page that goes on to
 * another address at once (`navigate`), so that Back returns to this one under its new address.
 */
export function replaceAddress(to: string): void {
  window.history.replaceState(window.history.state, '', `#${to}`)
}

export const href = (to: string) => `#${to}`
