import { useEffect, useRef } from 'react'
import { guidance } from '../rules'
import { useActions, useLocale, useT } from '../store/selectors'
import { hasTeacherNavigated, href, useLocation } from '../ui/router'
import { SETTINGS_PATH } from '../ui/paths'
import { PAGE_HEADING_ID } from '../ui/page-heading'
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
  useFocusOnNavigation(location.path)
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <header className="header">
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
              aria-label={t('app.switchLanguageLabel')}
              onClick={() => setLocale(locale === 'nl' ? 'en' : 'nl')}
            >
              {t('app.switchLanguage')}
            </button>
          </nav>
        </div>
      </header>
      <div className="container">
        <UpdatePrompt />
        <StorageNotices />
        <main id="main" tabIndex={-1}>
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
    </>
  )
}

/** The skip link's target is the hash route's neighbour, so move focus instead of navigating. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault()
  document.getElementById('main')?.focus()
}

/**
 * After moving to another screen, put focus on its heading so it is read out. Not on the page's
 * first screen, also when the app redirected there itself: there the skip link comes first.
 */
function useFocusOnNavigation(path: string) {
  const first = useRef(true)
  useEffect(() => {
    if (first.current || !hasTeacherNavigated()) {
      first.current = false
      return
    }
    window.scrollTo(0, 0)
    document.getElementById(PAGE_HEADING_ID)?.focus()
  }, [path])
}
