import './app/zod-config'
import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { updates } from './app/service-worker'
import { loadChunk, prefetchScreens } from './app/lazy-screens'
import { showsBuiltFirstScreen } from './app/first-screen'
import { hasMessages, loadMessages } from './i18n'
import { useStore } from './store/store'
import './ui/styles.css'

const root = document.getElementById('root')!
const app = (
  <StrictMode>
    <App />
  </StrictMode>
)

function start() {
  // The built page already shows the first question (prerender.tsx): hydrate it when this load
  // shows the same; the question page's own code arrives meanwhile.
  if (root.firstElementChild && showsBuiltFirstScreen()) {
    void loadChunk('wizard').catch(() => {})
    hydrateRoot(root, app)
  } else createRoot(root).render(app)
  // The other screens are fetched while the teacher reads.
  prefetchScreens()
}

// A teacher who chose English gets it from the first paint on.
const { locale } = useStore.getState().settings
if (hasMessages(locale)) start()
else loadMessages(locale).then(start, start)

// Only the production build has a service worker; it registers once the page has loaded.
if (import.meta.env.PROD) void updates.register()
