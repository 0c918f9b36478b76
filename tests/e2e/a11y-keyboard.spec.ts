import type { Locator, Page } from '@playwright/test'
import { test, expect, dayFromNow } from './fixtures'
import { EMPTY, NOOR, SEM, openDevice } from './a11y-data'
import { loadWizard, type Locale, type Question, type Translate } from './a11y-wizard'

/**
 * A teacher who uses only a keyboard: from a fresh visit through every question, the checklist
 * (a tick, a reason, a note), the conversation card and its PDF. Keys only, no clicks and no
 * `fill`. On every screen the teacher lands on, the first Tab stop is the skip link, and every
 * stop on the way shows where the focus is.
 */

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement)

/** The focused element shows a focus ring: an outline or a box shadow. */
async function expectFocusShown(page: Page) {
  const ring = await page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return 'nothing has focus'
    const style = getComputedStyle(element)
    const shown = style.outlineStyle !== 'none' && style.outlineWidth !== '0px'
    return shown || style.boxShadow !== 'none' ? 'shown' : `no focus ring on ${element.outerHTML.slice(0, 80)}`
  })
  expect(ring).toBe('shown')
}

/** Presses Tab (or Shift+Tab) until the target has focus, checking the focus ring at every stop on the way. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 60 } = {}) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    await expectFocusShown(page)
    if (await isFocused(target)) return
  }
  throw new Error(`${String(target)} not reached in ${limit} presses of Tab`)
}

/** A screen was just reached: its first Tab stop is the skip link, which leads into the content. */
async function arrive(page: Page, t: Translate, title: string) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: t('app.skipLink') }), `first Tab stop on “${title}”`).toBeFocused()
  await expectFocusShown(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
}

/** Answers a question from the table with the keyboard: the first choice, a number in range, texts, a date, a person. */
async function answer(page: Page, question: Question, t: Translate) {
  for (const field of question.fields) {
    if (field.kind === 'choice') {
      await tabTo(page, page.locator(`input[name="${field.name}"]`).first())
      await page.keyboard.press('Space')
      await expect(page.locator(`input[name="${field.name}"]`).first()).toBeChecked()
    }
    if (field.kind === 'number') {
      await tabTo(page, page.locator(`[id="${field.name}"]`))
      await page.keyboard.type(String(Math.max(field.limits.min, Math.min(30, field.limits.max))))
    }
    if (field.kind === 'text') {
      await tabTo(page, page.locator(`[id="${field.name}"]`))
      await page.keyboard.type(field.name === 'childName' ? 'Noor' : 'Proef')
    }
    if (field.kind === 'people') {
      await tabTo(page, page.getByRole('button', { name: t('q.others.add') }))
      await page.keyboard.press('Enter')
      const role = page.getByRole('combobox', { name: t('q.others.role') })
      await expect(role).toBeFocused()
      await page.keyboard.press('ArrowDown')
      await expect(role).not.toHaveValue('')
    }
    if (field.kind === 'date-time') {
      await tabTo(page, page.getByRole('textbox', { name: t('q.date.label') }))
      await page.keyboard.type(dayFromNow(3))
      await tabTo(page, page.getByRole('textbox', { name: t('q.time.label') }))
      await page.keyboard.type('14:15')
    }
  }
  await tabTo(page, page.getByRole('button', { name: t('wizard.continue') }))
  await page.keyboard.press('Enter')
}

for (const locale of ['nl', 'en'] as const satisfies Locale[]) {
  test(`with only a keyboard, from a fresh visit to the card's PDF (${locale})`, async ({ page }) => {
    const { questions, t: ts } = await loadWizard()
    const t = ts[locale]
    await openDevice(page, locale, 'fresh')
    await page.goto('/')

    // A fresh visit starts in Dutch, with nothing focused, also after the app moved on to the first
    // question by itself.
    await expect(page).toHaveURL(/#\/new$/)
    for (const [index, question] of questions.entries()) {
      if (index > 0) await arrive(page, t, t(question.title))
      else {
        await arrive(page, ts.nl, ts.nl(question.title))
        if (locale === 'en') {
          // Back from the content to the last control of the header: the language.
          await page.keyboard.press('Shift+Tab')
          await expect(
            page.getByRole('button', { name: `${ts.nl('app.switchLanguage.hidden')} ${ts.nl('app.switchLanguage')}` }),
          ).toBeFocused()
          await page.keyboard.press('Enter')
          await expect(page.getByRole('heading', { level: 1 })).toContainText(t(question.title))
        }
      }
      await answer(page, question, t)
    }

    await arrive(page, t, t('check.title'))
    await tabTo(page, page.getByRole('button', { name: t('check.submit') }))
    await page.keyboard.press('Enter')

    await arrive(page, t, t('checklist.title'))
    const tick = page.getByRole('checkbox').first()
    await tabTo(page, tick)
    await page.keyboard.press('Space')
    await expect(tick).toBeChecked()
    const why = page.locator('details.why').first()
    await tabTo(page, why.getByText(t('checklist.why')))
    await page.keyboard.press('Enter')
    await expect(why).toHaveAttribute('open')
    await tabTo(page, page.getByRole('button', { name: new RegExp(`^${t('checklist.addNote')} `) }).first())
    await page.keyboard.press('Enter')
    const note = page.getByRole('textbox', { name: new RegExp(`^${t('checklist.note')} `) })
    await expect(note).toBeFocused()
    await page.keyboard.type('Eerst vragen hoe het thuis gaat')
    await expect(note).toHaveValue('Eerst vragen hoe het thuis gaat')
    // The card's link is near the top: back up to it.
    await tabTo(page, page.getByRole('link', { name: t('checklist.toCard'), exact: true }), { backwards: true })
    await page.keyboard.press('Enter')

    await arrive(page, t, t('card.title'))
    await tabTo(page, page.getByRole('button', { name: t('card.download') }))
    const download = page.waitForEvent('download')
    await page.keyboard.press('Enter')
    expect((await download).suggestedFilename()).toBe('oudergesprek-gesprekskaart-noor-2026-12-03.pdf')
  })
}

/** A fresh visit to an address is a page load, not a move within the app. */
async function visit(page: Page, path: string, title: string) {
  await page.goto(`/#${path}`)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title)
}

for (const locale of ['nl', 'en'] as const satisfies Locale[]) {
  test(`a fresh visit to any screen starts at the skip link (${locale})`, async ({ page, context }) => {
    const { questions, t: ts } = await loadWizard()
    const t = ts[locale]
    await openDevice(page, locale, 'preparations')
    const people = questions.find((question) => question.fields.some((field) => field.kind === 'people'))!
    const screens: [path: string, title: string][] = [
      ['/', t('home.title')],
      [`/p/${EMPTY}/step/${people.step}`, t(people.title)],
      [`/p/${NOOR}/check`, t('check.title')],
      [`/p/${NOOR}/checklist`, t('checklist.title')],
      [`/p/${NOOR}/card`, t('card.title')],
      [`/p/${SEM}/after`, t('after.title')],
      ['/backup', t('backup.title')],
      ['/settings', t('settings.title')],
      ['/recovery', t('recovery.title')],
      ['/p/x/checklist', t('missing.notHere')],
      ['/nergens', t('app.notFound')],
    ]
    for (const [path, title] of screens) {
      await visit(page, path, title)
      await arrive(page, t, title)
    }

    // Saved data that cannot be read: the notice above the content comes after the skip link too.
    const broken = await context.newPage()
    await openDevice(broken, locale, 'broken')
    // The saved language could not be read either: the app speaks Dutch.
    await visit(broken, '/recovery', ts.nl('recovery.title'))
    await arrive(broken, ts.nl, ts.nl('recovery.title'))
  })
}
