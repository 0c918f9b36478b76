import { createElement, use, type ComponentType } from 'react'

/**
 * The screens come in two chunks of their own, so the first paint needs neither: the question
 * page (react-hook-form and the form schemas), hydrating the first question that the built page
 * already shows, and the screens after the wizard. The service worker keeps both for offline use.
 */
const CHUNKS = {
  wizard: () => import('../wizard/question-page'),
  screens: () => import('./screens'),
  /** The school's guidance page, with the schema of its file: opened by few, and rarely. */
  school: () => import('../settings/school-page'),
}
type Chunks = { [K in keyof typeof CHUNKS]: Awaited<ReturnType<(typeof CHUNKS)[K]>> }
export type ChunkName = keyof Chunks
type Loading<T> = Promise<T> & { status?: 'fulfilled'; value?: T }

const loading = new Map<keyof Chunks, Loading<unknown>>()

/** Loads a chunk once; a failed load is tried again the next time it is asked for. */
export function loadChunk<K extends keyof Chunks>(name: K): Promise<Chunks[K]> {
  const cached = loading.get(name) as Loading<Chunks[K]> | undefined
  if (cached) return cached
  const promise: Loading<Chunks[K]> = CHUNKS[name]() as Promise<Chunks[K]>
  loading.set(name, promise)
  promise.then(
    // Marked the way React marks a promise it has read: a chunk loaded ahead shows at once.
    (value) => Object.assign(promise, { status: 'fulfilled', value }),
    () => loading.delete(name),
  )
  return promise
}

/** Loads every chunk once the browser has nothing else to do, so the next screen shows at once. */
export function prefetchScreens(): void {
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500))
  whenIdle(() => {
    for (const name of Object.keys(CHUNKS) as (keyof Chunks)[]) void loadChunk(name).catch(() => {})
  })
}

/** A component from a chunk: it suspends until the chunk is there. */
export function lazyScreen<K extends keyof Chunks, N extends keyof Chunks[K]>(chunk: K, name: N): Chunks[K][N] {
  function LazyScreen(props: object) {
    return createElement(use(loadChunk(chunk))[name] as ComponentType<object>, props)
  }
  LazyScreen.displayName = `Lazy(${String(name)})`
  return LazyScreen as unknown as Chunks[K][N]
}
