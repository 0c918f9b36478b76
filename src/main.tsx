import './app/zod-config'
import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { updates } from './app/service-worker'
import { loadChunk, prefetchScreens } from './app/lazy-screens'
import { firstChunk, showsBuiltFirstScreen } from './app/first-screen'
import { hasMessages, loadMessages } from './i18n'
import { stopHoldingInput } from './app/held-input'
import { createAppStore } from './store/store'
import './ui/styles.css'

// The store reads the device and starts listening to other tabs here, before the first render.
const store = createAppStore()
store.start()

const root = document.getElementById('root')!
const app = (
  <StrictMode>
    <App store={store} />
  </StrictMode>
)

function start() {
  // The built page already shows the first question (src/app/prerender.tsx): hydrate it when this
  // load shows the same, else render. Either way once the screen's chunk is there, so the first
  // render is whole: the built page stays in view meanwhile.
  const hydrate = root.firstElementChild !== null && showsBuiltFirstScreen(store.getState())
  const render = () => {
    stopHoldingInput()
    if (hydrate) hydrateRoot(root, app)
    else createRoot(root).render(app)
    // The other screens are fetched while the teacher reads.
    prefetchScreens()
  }
  loadChunk(firstChunk()).then(render, render)
}

// A teacher who chose English gets it from the first paint on.
const { locale } = store.getState().settings
if (hasMessages(locale)) start()
else loadMessages(locale).then(start, start)

// Only the production build has a service worker; it registers once the page has loaded.
if (import.meta.env.PROD) void updates.register()
