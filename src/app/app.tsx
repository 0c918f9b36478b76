import { Suspense, useEffect, useRef } from 'react'
import { acknowledgement, title } from 'virtual:guidance-sheet'
import { useActions, useLocale, useT } from '../store/selectors'
import { hasTeacherNavigated, href, useLocation } from '../ui/router'
import { SETTINGS_PATH } from '../ui/paths'
import { PAGE_HEADING_ID } from '../ui/page-heading'
import { hasMessages, loadMessages } from '../i18n'
import type { Locale } from '../rules'
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
  // The other language's messages may still have to be loaded: switch once they are there.
  const switchTo = (next: Locale) => {
    if (hasMessages(next)) setLocale(next)
    else
      loadMessages(next).then(
        () => setLocale(next),
        () => {},
      )
  }
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
              onClick={() => switchTo(locale === 'nl' ? 'en' : 'nl')}
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
          {/* A screen from the lazily loaded chunk shows nothing here until its code is there. */}
          <Suspense fallback={null}>
            <ErrorBoundary key={location.path} message={t('app.crashed')} reload={t('app.reload')}>
              <Routes location={location} />
            </ErrorBoundary>
            <FocusOnNavigation path={location.path} />
          </Suspense>
        </main>
      </div>
      <footer className="footer no-print">
        <div className="container">
          <p>{t('app.privacy')}</p>
          <p>
            {t('app.source', { title: title[locale] })} {acknowledgement[locale]}
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
 * It sits beside the screen, inside the same Suspense boundary, so it runs once the screen is
 * there, also when the screen's code had to be loaded first.
 */
function FocusOnNavigation({ path }: { path: string }) {
  const first = useRef(true)
  useEffect(() => {
    if (first.current || !hasTeacherNavigated()) {
      first.current = false
      return
    }
    window.scrollTo(0, 0)
    document.getElementById(PAGE_HEADING_ID)?.focus()
  }, [path])
  return null
}
