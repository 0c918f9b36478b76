import { useEffect, useRef } from 'react'
import { guidance } from '../rules'
import { useActions, useLocale, useT } from '../store/selectors'
import { hasTeacherNavigated, href, useLocation } from '../ui/router'
import { SETTINGS_PATH } from '../ui/paths'
import { LiveRegions } from '../ui/announcer'
import { ErrorBoundary } from './error-boundary'
import { Routes } from './routes'
import { StorageNotices } from './storage-notices'
import { UpdatePrompt } from './update-prompt'

/** The frame around every screen: header, notices, the routed page, and the footer. */
export function App() {
  const t = useT()
  const locale = useLocale()
  const location = useLocation()
  const { setLocale } = useActions()
  const pageStart = useFocusOnNavigation(location.path)
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  return (
    <>
      <header className="header">
        <p className="visually-hidden" tabIndex={-1} ref={pageStart} />
        <a className="skip-link" href="#main" onClick={skipToMain}>
          {t('app.skipLink')}
        </a>
        <div className="container header__inner">
          <a className="header__name" href="#/">
            {t('app.title')}
          </a>
          <nav className="header__links" aria-label={t('app.menu')}>
            <a href={href(SETTINGS_PATH)}>{t('settings.title')}</a>
            <button
              type="button"
              className="link-button"
              lang={locale === 'nl' ? 'en' : 'nl'}
              onClick={() => setLocale(locale === 'nl' ? 'en' : 'nl')}
            >
              {/* Named by its words, not a label over them: a screen reader hears what a sighted teacher reads. */}
              <span className="visually-hidden">{t('app.switchLanguage.hidden')}</span> {t('app.switchLanguage')}
            </button>
          </nav>
        </div>
      </header>
      <div className="container">
        <main id="main" tabIndex={-1}>
          <UpdatePrompt />
          <StorageNotices />
          <ErrorBoundary key={location.path} message={t('app.crashed')} reload={t('app.reload')}>
            <Routes location={location} />
          </ErrorBoundary>
        </main>
      </div>
      <footer className="footer no-print">
        <div className="container">
          <p>{t('app.privacy')}</p>
          <p>
            {t('app.source', { title: guidance.title[locale] })} {guidance.acknowledgement[locale]}
          </p>
        </div>
      </footer>
      <LiveRegions />
    </>
  )
}

/** The skip link's target is the hash route's neighbour, so move focus instead of navigating. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault()
  document.getElementById('main')?.focus()
}

/**
 * Each screen the teacher moves to starts as a page load does: at the top, its name read out (the
 * document title, set by the screen), and the skip link as the first Tab stop. Focus goes to an
 * element before the skip link that holds that name. Nothing moves on the page's first screen,
 * also when the app redirected there itself: the browser has just read out the page.
 */
function useFocusOnNavigation(path: string) {
  const pageStart = useRef<HTMLParagraphElement>(null)
  const first = useRef(true)
  useEffect(() => {
    if (first.current || !hasTeacherNavigated()) {
      first.current = false
      return
    }
    window.scrollTo(0, 0)
    const start = pageStart.current
    if (!start) return
    // React renders this element empty and never touches its text: it is only written here.
    start.textContent = document.title
    start.focus()
  }, [path])
  return pageStart
}
