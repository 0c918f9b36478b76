/// <reference types="vite-plugin-pwa/client" />
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'

/** vite-plugin-pwa's registerSW: starts the registration, returns the function that activates a waiting version. */
export type RegisterSW = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>

/** A new version of the app that is ready, and how to switch to it. */
export interface UpdateOffer {
  load: () => void
}

export interface UpdateChannel {
  subscribe: (listener: () => void) => () => void
  offer: () => UpdateOffer | null
  register: (options?: RegisterOptions) => Promise<void>
}

export interface RegisterOptions {
  /** Loads registerSW; the default keeps workbox-window out of the entry chunk. */
  load?: () => Promise<{ registerSW: RegisterSW }>
  /** Where the page hears that another service worker took over; absent where the browser has none. */
  workers?: Pick<ServiceWorkerContainer, 'addEventListener'> | undefined
  reload?: () => void
}

const HOUR = 60 * 60 * 1000

/**
 * The service worker that keeps the app working offline, and the news that a new version is
 * waiting. A new version never takes over by itself: the teacher may be typing. It waits until
 * the teacher chooses it, or until every tab of the app is closed.
 */
export function createUpdateChannel(): UpdateChannel {
  let offer: UpdateOffer | null = null
  const listeners = new Set<() => void>()
  const publish = (next: UpdateOffer) => {
    offer = next
    listeners.forEach((listener) => listener())
  }

  async function register({
    load = () => import('virtual:pwa-register'),
    workers = navigator.serviceWorker as ServiceWorkerContainer | undefined,
    reload = () => window.location.reload(),
  }: RegisterOptions = {}) {
    // Some browsers have no service workers, e.g. in a private window: the app then needs the network.
    if (!workers) return
    const { registerSW } = await load()
    let chosenHere = false
    let activeElsewhere = false
    // A new version took over. Reload only the tab where the teacher asked for it; a tab where
    // another tab's choice arrives keeps its notice, and its button now simply reloads. (The
    // first version taking over a fresh page comes with no notice and changes nothing.)
    workers.addEventListener('controllerchange', () => {
      if (chosenHere) reload()
      else if (offer) activeElsewhere = true
    })
    const activate = registerSW({
      onNeedRefresh: () =>
        publish({
          load: () => {
            chosenHere = true
            if (activeElsewhere) reload()
            else void activate()
          },
        }),
      // Reloading is decided above: registerSW would reload every tab, and misses the tab that
      // installed the first version.
      onNeedReload: () => {},
      onRegisteredSW: (_url, registration) => {
        if (!registration) return
        checkForUpdates(registration)
        // The worker fills its cache again when something in it was cleared (src/service-worker/sw.ts).
        if (navigator.onLine) registration.active?.postMessage({ type: 'REFILL' })
      },
      // Without a service worker the app still works, only not offline.
      onRegisterError: (error: unknown) => console.warn('Service worker not registered', error),
    })
  }

  return {
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    offer: () => offer,
    register,
  }
}

/** A tab can stay open for weeks: look for a new version hourly and when the teacher returns to it. */
function checkForUpdates(registration: ServiceWorkerRegistration) {
  const check = () => {
    if (navigator.onLine) registration.update().catch(() => {})
  }
  setInterval(check, HOUR)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check()
  })
}

/** The app's one channel, registered from main.tsx in production builds. */
export const updates = createUpdateChannel()
