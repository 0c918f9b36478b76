import { createServer } from 'vite'
import { JSDOM } from 'jsdom'
import { guidanceSheet } from '../../vite.config'
import type { Translate } from '../../src/i18n'
import type { Locale } from '../../src/rules'
import type { Question } from '../../src/wizard/question-types'

export type { Question, Translate, Locale }

export interface Wizard {
  /** The wizard's own table of questions, as the app asks them. */
  questions: Question[]
  /** The app's own messages, to find what a teacher reads in either language. */
  t: Record<Locale, Translate>
}

const BROWSER_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage'] as const

/**
 * Reads the wizard's table from the source, so a question added there is walked and checked here
 * too. The table's modules expect a browser (the store reads localStorage when it loads), so they
 * are loaded by Vite, as the unit tests load them, with a jsdom window lent for the moment.
 */
async function load(): Promise<Wizard> {
  const dom = new JSDOM('', { url: 'http://localhost/' })
  const lent = BROWSER_GLOBALS.filter((name) => !(name in globalThis))
  for (const name of lent)
    Object.defineProperty(globalThis, name, {
      value: name === 'window' ? dom.window : dom.window[name],
      configurable: true,
    })
  const server = await createServer({
    configFile: false,
    // The app's own module of the sheet's title and introduction, which the first question shows.
    plugins: [guidanceSheet()],
    logLevel: 'error',
    appType: 'custom',
    optimizeDeps: { noDiscovery: true },
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  })
  try {
    const { QUESTIONS } = (await server.ssrLoadModule('/src/wizard/questions.ts')) as { QUESTIONS: Question[] }
    // The Dutch words of the documents, which the app adds after the first load.
    await server.ssrLoadModule('/src/i18n/documents.ts')
    const { translator, loadMessages } = (await server.ssrLoadModule('/src/i18n/index.ts')) as {
      translator: (locale: Locale) => Translate
      loadMessages: (locale: Locale) => Promise<unknown>
    }
    // English is loaded when a teacher chooses it, as in the app.
    await loadMessages('en')
    return { questions: QUESTIONS, t: { nl: translator('nl'), en: translator('en') } }
  } finally {
    await server.close()
    for (const name of lent) Reflect.deleteProperty(globalThis, name)
    dom.window.close()
  }
}

let wizard: Promise<Wizard> | null = null

/** The wizard's table and messages, read once per test worker. */
export const loadWizard = () => (wizard ??= load())
