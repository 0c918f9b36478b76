import { StrictMode } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { JSDOM } from 'jsdom'

/**
 * The page as a fresh visit first sees it, the first question at #/new, as HTML for the built
 * page (see vite.config.ts), so it shows before any JavaScript has run; src/main.tsx hydrates
 * it. Runs at build time in Node, in a document made by jsdom, with the tree src/main.tsx
 * renders; the prerender waits for the lazily loaded question page.
 */
async function render(): Promise<string> {
  const { App } = await import('./app')
  const { createAppStore } = await import('../store/store')
  // A fresh visit: nothing saved yet, so the store is not started (it would read an empty device).
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App store={createAppStore()} />
    </StrictMode>,
  )
  let html = ''
  for await (const chunk of prelude) html += String(chunk)
  return html
}

/** Runs `work` with the globals the store, the router and the drafts read when they load. */
async function inDocument<T>(work: () => Promise<T>): Promise<T> {
  const { window } = new JSDOM('<!doctype html><div id="root"></div>', { url: 'http://localhost/#/new' })
  const names = ['window', 'document', 'navigator', 'location', 'history', 'HashChangeEvent'] as const
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const)
  for (const name of names)
    Object.defineProperty(globalThis, name, { value: window[name], configurable: true, writable: true })
  try {
    await import('./zod-config')
    return await work()
  } finally {
    // The build goes on in this process: it must not find a browser here.
    for (const [name, descriptor] of saved)
      if (descriptor) Object.defineProperty(globalThis, name, descriptor)
      else Reflect.deleteProperty(globalThis, name)
    window.close()
  }
}

// Rendered while the module loads: the build imports it once, in a module runner that closes after that.
export const firstScreen = await inDocument(render)
