import { useEffect, useRef } from 'react'
import { guidance } from '../rules'
import { useActions, useLocale, useSaveFailed, useSetAsideKeys, useT } from '../store/selectors'
import { useLocation } from '../ui/router'
import { PAGE_HEADING_ID } from '../ui/page-heading'
import { ErrorBoundary } from './error-boundary'
import { Routes } from './routes'

/** The frame around every screen: header, notices, the routed page, and the footer. */
export function App() {
  const t = useT()
  const locale = useLocale()
  const location = useLocation()
  const { setLocale, dismissNotice } = useActions()
  const setAsideKeys = useSetAsideKeys()
  const saveFailed = useSaveFailed()
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
          <button
            type="button"
            className="link-button"
            lang={locale === 'nl' ? 'en' : 'nl'}
            aria-label={t('app.switchLanguageLabel')}
            onClick={() => setLocale(locale === 'nl' ? 'en' : 'nl')}
          >
            {t('app.switchLanguage')}
          </button>
        </div>
      </header>
      <div className="container">
        {setAsideKeys.length > 0 ? (
          <div className="notice" role="status">
            <p>{t('app.setAside')}</p>
            <button type="button" className="button button--secondary" onClick={dismissNotice}>
              {t('app.dismiss')}
            </button>
          </div>
        ) : null}
        {saveFailed ? (
          <div className="notice notice--error" role="alert">
            <p>{t('app.saveFailed')}</p>
          </div>
        ) : null}
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

/** After moving to another screen, put focus on its heading so it is read out. */
function useFocusOnNavigation(path: string) {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    window.scrollTo(0, 0)
    document.getElementById(PAGE_HEADING_ID)?.focus()
  }, [path])
}
