import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { TEST_NOW } from '../now'
import { stepCaption } from '../wizard-steps'
import { QUESTIONS } from '../../src/wizard/questions'
import type { Hosting } from './deployment'
import { startNginx } from './nginx'

/**
 * "Now" in every browser test (tests/now.ts). The dates the tests type are stated from it
 * (`dayFromNow`), so a conversation planned "in twelve days" is always still to come, on any day
 * the suite runs.
 */
export const NOW = TEST_NOW

const DAY_MS = 24 * 60 * 60 * 1000

/** The day `days` after NOW in Amsterdam, as a teacher types it: `DD-MM-YYYY`. */
export function dayFromNow(days: number): string {
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(new Date(NOW.getTime() + days * DAY_MS))
  const part = (type: string) => parts.find((p) => p.type === type)!.value
  return `${part('day')}-${part('month')}-${part('year')}`
}

/** A Content-Security-Policy violation as the page reported it. */
export interface CspViolation {
  directive: string
  blocked: string
  source: string
}

/**
 * Every browser test fails on a console error, on any request that leaves this machine, and on
 * any Content-Security-Policy violation in any page of its context (the built page's policy allows
 * no inline script, no eval, nothing from another host). Each check hands its findings to the test,
 * so a test that causes one on purpose can say so and take it off the list.
 */
export const test = base.extend<
  {
    now: Date
    clock: undefined
    offsiteRequests: string[]
    consoleErrors: string[]
    cspViolations: CspViolation[]
  },
  { hosting: Hosting; servedByNginx: string | undefined }
>({
  /** Where the app is served from: `nginx` in the project of that name (playwright.config.ts). */
  hosting: ['node', { option: true, scope: 'worker' }],
  /** dist/ served by nginx with deploy/nginx.conf, once per worker, when the tests run behind nginx. */
  servedByNginx: [
    async ({ hosting }, use) => {
      if (hosting !== 'nginx') return use(undefined)
      const nginx = await startNginx('dist')
      await use(nginx.url)
      await nginx.close()
    },
    { scope: 'worker' },
  ],
  /** `page.goto('/')` opens the app where this project serves it. */
  baseURL: [async ({ baseURL, servedByNginx }, use) => use(servedByNginx ?? baseURL), { scope: 'test' }],
  /** Where the browser's clock starts; a test may choose its own with `test.use({ now })` or `page.clock`. */
  now: [NOW, { option: true }],
  /**
   * Every page of every test sees the same day, whatever the machine's date: the browser's clock
   * starts at `now` and runs on from there, so timers and animations work as usual.
   */
  clock: [
    async ({ context, now }, use) => {
      await context.clock.install({ time: now })
      await use(undefined)
    },
    { auto: true },
  ],
  offsiteRequests: [
    async ({ page }, use) => {
      const offsite: string[] = []
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
          offsite.push(request.url())
      })
      await use(offsite)
      expect(offsite, 'requests to other hosts').toEqual([])
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const violations: CspViolation[] = []
      await context.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
        violations.push(violation)
      })
      // Registered before any page script runs, in every page and frame, on every navigation.
      await context.addInitScript(() => {
        const report = (window as unknown as { __reportCspViolation: (v: CspViolation) => void }).__reportCspViolation
        document.addEventListener(
          'securitypolicyviolation',
          (event) =>
            void report({
              directive: event.effectiveDirective,
              blocked: event.blockedURI,
              source: `${event.sourceFile}:${event.lineNumber}`,
            }),
          { capture: true },
        )
      })
      await use(violations)
      // A report still on its way from the page arrives before a round trip made after it.
      for (const page of context.pages()) await page.evaluate(() => 0).catch(() => {})
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }

/** axe over the whole page, WCAG 2.2 A and AA. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([])
}

export const continueButton = (page: Page) => page.getByRole('button', { name: 'Doorgaan' })

/** Opens an item's folded note box with “Notitie toevoegen” and writes the note. */
export async function writeNote(page: Page, title: string, text: string) {
  await page.getByRole('button', { name: `Notitie toevoegen bij ‘${title}’` }).click()
  await page.getByRole('textbox', { name: `Notitie bij ‘${title}’` }).fill(text)
}

export interface Walk {
  buddy: string
  sensitive: 'Ja' | 'Nee'
  minutes: string
  parents: string
  /** How the teacher greets the parent or parents ("mevrouw El Amrani"); not given when not said. */
  parentNames?: string
  /** How many colleagues from school come too; nobody else when not given. */
  others?: string
  /** A tolk comes too, for this language ("" when the teacher leaves the language out). */
  interpreter?: string
  name: string
  address: 'Met ‘u’' | 'Met ‘je’'
  /** The teacher's own subject; with sensitive news it is asked as "Het onderwerp voor jezelf". */
  purpose?: string
  /** With sensitive news: the subject as the parents may read it. */
  parentSubject?: string
  date?: string
  time?: string
  /** The room; the box starts with the usual room from the settings, if any. */
  room?: string
  /** Called on each page of the walk once it is answered, e.g. to run axe. */
  onEachStep?: (page: Page) => Promise<void>
}

/** Answers every question as a teacher would, ending on check-your-answers. */
/** How the walk answers each step it knows, by the step's address (see src/wizard/questions.ts). */
const ANSWER: Record<string, (page: Page, walk: Walk) => Promise<void>> = {
  buddy: (page, walk) => page.getByRole('radio', { name: walk.buddy }).check(),
  'sensitive-news': (page, walk) => page.getByRole('radio', { name: walk.sensitive, exact: true }).check(),
  minutes: (page, walk) => page.getByRole('textbox', { name: /Hoeveel minuten/ }).fill(walk.minutes),
  attendees: async (page, walk) => {
    await page.getByRole('radio', { name: walk.parents }).check()
    if (walk.parentNames) await page.getByRole('textbox', { name: /Hoe spreek je de ouder/ }).fill(walk.parentNames)
    for (let n = 1; n <= Number(walk.others ?? 0); n++) {
      await page.getByRole('button', { name: /Iemand toevoegen|Nog iemand toevoegen/ }).click()
      await page
        .getByRole('group', { name: `Persoon ${n}` })
        .getByRole('combobox')
        .selectOption('Collega van school')
    }
    if (walk.interpreter !== undefined) {
      await page.getByRole('button', { name: /Iemand toevoegen|Nog iemand toevoegen/ }).click()
      const person = page.getByRole('group', { name: `Persoon ${Number(walk.others ?? 0) + 1}` })
      await person.getByRole('combobox').selectOption('Tolk')
      await person.getByRole('textbox', { name: /Welke taal/ }).fill(walk.interpreter)
    }
  },
  'child-name': (page, walk) => page.getByRole('textbox', { name: /Hoe heet het kind/ }).fill(walk.name),
  address: (page, walk) => page.getByRole('radio', { name: walk.address }).check(),
  purpose: async (page, walk) => {
    if (walk.purpose)
      await page
        .getByRole('textbox', {
          name: walk.sensitive === 'Ja' ? /Het onderwerp voor jezelf/ : /Waar gaat het gesprek over/,
        })
        .fill(walk.purpose)
    if (walk.parentSubject)
      await page.getByRole('textbox', { name: /Het onderwerp voor de ouder/ }).fill(walk.parentSubject)
  },
  'meeting-at': async (page, walk) => {
    if (walk.date) await page.getByRole('textbox', { name: 'Datum' }).fill(walk.date)
    if (walk.time) await page.getByRole('textbox', { name: 'Tijd' }).fill(walk.time)
    if (walk.room) await page.getByRole('textbox', { name: 'Ruimte' }).fill(walk.room)
  },
}

/**
 * Walks every step of the wizard in the order of the question table, each found by its caption ("Stap 2 van 8"), to
 * check-your-answers. A step the walk does not know (a question added later) is passed by
 * unanswered, as a teacher may pass an optional question.
 */
export async function walkWizard(page: Page, walk: Walk) {
  const each = walk.onEachStep ?? (async () => {})
  // A second preparation starts from the list's button, which already opened the first question.
  if (!page.url().includes('#/new')) await page.goto('/')
  for (const { step } of QUESTIONS) {
    await expect(page.getByText(stepCaption(step), { exact: true })).toBeVisible()
    await ANSWER[step]?.(page, walk)
    // Once answered, so that what the page says about the answer is there too.
    await each(page)
    await continueButton(page).click()
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' })).toBeVisible()
}

export const ANOUK: Walk = {
  buddy: 'Ja, de buddy komt mee',
  sensitive: 'Ja',
  minutes: '30',
  parents: '1 ouder of verzorger',
  name: 'Anouk',
  address: 'Met ‘u’',
  /** Saturday 12 December 2026. */
  date: dayFromNow(12),
  time: '15:30',
}
