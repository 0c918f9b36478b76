import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

/**
 * Every browser test: fails on a console error, and on any request that leaves this machine.
 */
export const test = base.extend<{ offsiteRequests: string[] }>({
  offsiteRequests: [
    async ({ page }, use) => {
      const offsite: string[] = []
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
          offsite.push(request.url())
      })
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(offsite)
      expect(offsite, 'requests to other hosts').toEqual([])
      expect(errors, 'console errors').toEqual([])
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
  /** Other people from school; left at its default (0) when not given. */
  others?: string
  name: string
  address: 'Met ‘u’' | 'Met ‘je’'
  date?: string
  time?: string
  /** Called on each page of the walk, e.g. to run axe. */
  onEachStep?: (page: Page) => Promise<void>
}

/** Answers every question as a teacher would, ending on check-your-answers. */
export async function walkWizard(page: Page, walk: Walk) {
  const each = walk.onEachStep ?? (async () => {})
  // A second preparation starts from the list's button, which already opened the first question.
  if (!page.url().includes('#/new')) await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Komt er een ouderbuddy mee naar het gesprek?' }),
  ).toBeVisible()
  await each(page)
  await page.getByRole('radio', { name: walk.buddy }).check()
  await continueButton(page).click()
  await expect(page.getByRole('heading', { level: 1, name: /Ga je iets vertellen/ })).toBeVisible()
  await each(page)
  await page.getByRole('radio', { name: walk.sensitive, exact: true }).check()
  await continueButton(page).click()
  await page.getByRole('textbox', { name: /Hoeveel minuten/ }).fill(walk.minutes)
  await each(page)
  await continueButton(page).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Wie komen er naar het gesprek?' })).toBeVisible()
  await each(page)
  await page.getByRole('radio', { name: walk.parents }).check()
  if (walk.others) await page.getByRole('textbox', { name: /Hoeveel andere mensen van school/ }).fill(walk.others)
  await continueButton(page).click()
  await page.getByRole('textbox', { name: /Hoe heet het kind/ }).fill(walk.name)
  await each(page)
  await continueButton(page).click()
  await expect(page.getByRole('heading', { level: 1, name: /Spreek je de ouder aan/ })).toBeVisible()
  await each(page)
  await page.getByRole('radio', { name: walk.address }).check()
  await continueButton(page).click()
  await expect(page.getByRole('heading', { level: 1, name: /Wanneer is het gesprek/ })).toBeVisible()
  await each(page)
  if (walk.date) await page.getByRole('textbox', { name: 'Datum' }).fill(walk.date)
  if (walk.time) await page.getByRole('textbox', { name: 'Tijd' }).fill(walk.time)
  await continueButton(page).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' })).toBeVisible()
}

export const ANOUK: Walk = {
  buddy: 'Ja, de buddy komt mee',
  sensitive: 'Ja',
  minutes: '30',
  parents: '1 ouder of verzorger',
  name: 'Anouk',
  address: 'Met ‘u’',
  date: '12-12-2026',
  time: '15:30',
}
