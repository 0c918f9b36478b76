import { Suspense, useEffect, useRef, type ReactNode } from 'react'
import { acknowledgement, title } from 'virtual:guidance-sheet'
import { StoreContext, useActions, useLocale, useSchoolName } from '../store/selectors'
import type { AppStore } from '../store/store'
import { LocaleContext, useT } from '../i18n/use-t'
import { hasTeacherNavigated, href, useLocation } from '../ui/router'
import { SETTINGS_PATH } from '../ui/paths'
import { LiveRegions } from '../ui/announcer'
import { hasMessages, loadMessages } from '../i18n'
import type { Locale } from '../rules'
import { ErrorBoundary } from './error-boundary'
import { Routes } from './routes'
import { StorageNotices } from './storage-notices'
import { UpdatePrompt } from './update-prompt'
import { startWithHeldInput } from './held-input'

/** The app on this store (made and started by src/main.tsx), in the language its settings choose. */
export function App({ store }: { store: AppStore }) {
  return (
    <StoreContext value={store}>
      <InChosenLanguage>
        <Frame />
      </InChosenLanguage>
    </StoreContext>
  )
}

/** Texts below in the UI language of the store's settings (see `useT`). */
export function InChosenLanguage({ children }: { children: ReactNode }) {
  return <LocaleContext value={useLocale()}>{children}</LocaleContext>
}

/** The frame around every screen: header, notices, the routed page, and the footer. */
function Frame() {
  const t = useT()
  const locale = useLocale()
  const schoolName = useSchoolName()
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
      <header className="header">
        <p className="visually-hidden" tabIndex={-1} id={PAGE_START_ID} />
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
              onClick={() => switchTo(locale === 'nl' ? 'en' : 'nl')}
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
          {/* A screen from the lazily loaded chunk shows nothing here until its code is there. */}
          <Suspense fallback={null}>
            <ErrorBoundary key={location.path} message={t('app.crashed')} reload={t('app.reload')}>
              <Routes location={location} />
            </ErrorBoundary>
            <FocusOnNavigation path={location.path} />
            <Started />
          </Suspense>
        </main>
      </div>
      <footer className="footer no-print">
        <div className="container">
          <p>{t('app.privacy')}</p>
          <p>
            {t('app.source', { title: title[locale] })} {acknowledgement[locale]}
            {schoolName ? ` ${t('app.adaptedBy', { school: schoolName })}` : null}
          </p>
        </div>
      </footer>
      <LiveRegions />
    </>
  )
}

/** Where focus starts on each new screen: just before the skip link. */
const PAGE_START_ID = 'page-start'

/**
 * Inside the same Suspense boundary as the routed screen, so its effect runs once that screen has
 * been shown: the built page is hydrated (or replaced), and what the teacher did on it before the
 * app started is done again (src/app/held-input.ts).
 */
function Started() {
  useEffect(() => startWithHeldInput(), [])
  return null
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
 * It sits beside the screen, inside the same Suspense boundary, so it runs once the screen is
 * there (and has set the title), also when the screen's code had to be loaded first.
 */
function FocusOnNavigation({ path }: { path: string }) {
  const first = useRef(true)
  useEffect(() => {
    if (first.current || !hasTeacherNavigated()) {
      first.current = false
      return
    }
    const start = document.getElementById(PAGE_START_ID)
    if (start) {
      // React renders this element empty and never touches its text: it is only written here.
      start.textContent = document.title
      // The page is laid out once, by the scroll to its top, not once more for the focus.
      start.focus({ preventScroll: true })
    }
    window.scrollTo(0, 0)
  }, [path])
  return null
}
