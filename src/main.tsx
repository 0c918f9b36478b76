import './app/zod-config'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { updates } from './app/service-worker'
import './ui/styles.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// Only the production build has a service worker; it registers once the page has loaded.
if (import.meta.env.PROD) void updates.register()
