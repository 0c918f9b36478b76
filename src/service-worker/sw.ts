/// <reference lib="webworker" />
import { clientsClaim, cacheNames } from 'workbox-core'
import { createHandlerBoundToURL, getCacheKeyForURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { CacheFirst } from 'workbox-strategies'
import { ExpirationPlugin } from 'workbox-expiration'

/**
 * The service worker: the app, its code, styles and fonts kept on the device (the list is put in
 * by the build), every address answered with index.html (hash routes), built files cached when
 * first used, and a new version waiting until the teacher chooses it.
 */
declare const self: ServiceWorkerGlobalScope

const manifest = self.__WB_MANIFEST
const urls = manifest.map((entry) => (typeof entry === 'string' ? entry : entry.url))
precacheAndRoute(manifest)
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')))
registerRoute(
  // Built files carry a content hash in their name, so a cached copy is never stale.
  ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/assets/'),
  // Room for every slice of the Chinese font; the least used goes first, and all of it when storage runs short.
  new CacheFirst({
    cacheName: 'oudergesprek-on-first-use',
    plugins: [new ExpirationPlugin({ maxEntries: 100, purgeOnQuotaError: true })],
  }),
)

// The first version controls the page it was installed from; later ones wait for the teacher.
clientsClaim()
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const type = (event.data as { type?: unknown } | null)?.type
  if (type === 'SKIP_WAITING') void self.skipWaiting()
  // Each page asks once it has loaded with a network (see src/app/service-worker.ts).
  if (type === 'REFILL')
    event.waitUntil(
      refill().catch(() => {
        // The network failed on the way: asked again on the next visit.
      }),
    )
})

/**
 * Cache Storage cleared by hand (or by the browser) while the worker stays: on the next visit
 * with a network, what is missing from the app's own files is fetched and kept again, so the app
 * works offline again without waiting for a new version. Cheap when nothing is missing: one look
 * at the cache's keys.
 */
async function refill(): Promise<void> {
  const cache = await caches.open(cacheNames.precache)
  const kept = new Set((await cache.keys()).map((request) => request.url))
  const missing = urls.flatMap((url) => {
    const key = getCacheKeyForURL(url)
    return key && !kept.has(key) ? [{ url: new URL(url, self.location.href).href, key }] : []
  })
  await Promise.all(
    missing.map(async ({ url, key }) => {
      const response = await fetch(url, { cache: 'reload' })
      if (response.ok) await cache.put(key, response)
    }),
  )
}
