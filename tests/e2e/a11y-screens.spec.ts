import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { checkScreen } from './a11y-checks'
import { BACKUP, EMPTY, NOOR, SEM, openDevice } from './a11y-data'
import { loadWizard, type Locale, type Question, type Translate } from './a11y-wizard'

/**
 * Every screen of the app, in Dutch and in English, in each state a teacher can bring it into
 * (errors, open boxes, confirmations): nothing scrolls sideways at 320 px, nothing is cut off with
 * the text at 200 %, and axe finds nothing (WCAG 2.2 AA and best practice).
 */

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })
/** Text as it shows on the screen, not as the live regions say it. */
const shown = (page: Page, text: string) => page.getByRole('main').getByText(text)

async function open(page: Page, path: string, title: string) {
  await page.goto(`/#${path}`)
  await expect(heading(page, title)).toBeVisible()
}

/** Makes every field of a question wrong in its own way, from the table: then Continue. */
async function answerWrongly(page: Page, question: Question, t: Translate) {
  for (const field of question.fields) {
    // A field asked only for some answers is not on the page of a preparation without answers.
    if (field.shownWhen && !field.shownWhen({})) continue
    const box = page.locator(`[id="${field.name}"]`)
    if (field.kind === 'number') await box.fill('een half uur')
    if (field.kind === 'text') await box.fill('x'.repeat(field.max + 1))
    if (field.kind === 'date-time') await page.locator('[id="date"]').fill('31-02-2026')
    if (field.kind === 'people') await page.getByRole('button', { name: t('q.others.add') }).click()
    // A choice is left open: the preparation has no answers yet.
  }
  await page.getByRole('button', { name: t('wizard.continue') }).click()
  await expect(page.getByRole('region', { name: t('wizard.errorSummary') })).toBeFocused()
}

for (const locale of ['nl', 'en'] as const satisfies Locale[]) {
  test.describe(`in ${locale === 'nl' ? 'Dutch' : 'English'}`, () => {
    let t: Translate
    test.beforeAll(async () => {
      t = (await loadWizard()).t[locale]
    })

    test('every question of the wizard, unanswered and with its errors', async ({ page }) => {
      const { questions } = await loadWizard()
      await openDevice(page, locale, 'preparations')
      for (const question of questions) {
        await page.goto(`/#/p/${EMPTY}/step/${question.step}`)
        await expect(page.getByRole('heading', { level: 1 })).toContainText(t(question.title))
        await checkScreen(page, `question ${question.step}`)
        await answerWrongly(page, question, t)
        await checkScreen(page, `question ${question.step} with errors`)
      }
    })

    test('check-your-answers, the checklist with its boxes open, the card and the after page', async ({ page }) => {
      await openDevice(page, locale, 'preparations')
      await open(page, `/p/${EMPTY}/check`, t('check.title'))
      await checkScreen(page, 'check-your-answers, unfinished')
      await open(page, `/p/${NOOR}/check`, t('check.title'))
      await checkScreen(page, 'check-your-answers')

      await open(page, `/p/${NOOR}/checklist`, t('checklist.title'))
      await page.getByText(t('checklist.why')).first().click()
      await page
        .getByRole('button', { name: new RegExp(`^${t('checklist.addNote')}`) })
        .first()
        .click()
      await page.getByText(t('invite.title.2')).click()
      await checkScreen(page, 'checklist with a reason, a note box and the invitation open')

      await open(page, `/p/${NOOR}/card`, t('card.title'))
      await page.getByRole('button', { name: t('card.timer.start') }).click()
      await page.getByRole('button', { name: t('card.later.add') }).click()
      await expect(shown(page, t('error.question'))).toBeVisible()
      await checkScreen(page, 'conversation card with its timer running and an empty question')

      await open(page, `/p/${SEM}/after`, t('after.title'))
      await checkScreen(page, 'after page')
    })

    test('the home list with a series, its confirmations and the undo', async ({ page }) => {
      await openDevice(page, locale, 'preparations')
      await open(page, '/', t('home.title'))
      await checkScreen(page, 'home list')
      await page
        .getByRole('button', { name: `${t('home.delete')} ${t('home.delete.hidden', { name: 'Noor' })}` })
        .click()
      await checkScreen(page, 'home list asking to delete one preparation')
      await page.getByRole('button', { name: t('home.delete.no') }).click()
      await page.getByRole('button', { name: t('backup.deleteAll'), exact: true }).click()
      await checkScreen(page, 'home list asking to delete everything')
      await page.getByRole('button', { name: t('backup.deleteAll.yes') }).click()
      await expect(shown(page, t('home.deletedAll'))).toBeVisible()
      await checkScreen(page, 'home list after deleting everything, with undo')
    })

    test('backup with a file read back and a bad file, settings that cannot be saved, and addresses that lead nowhere', async ({
      page,
    }) => {
      await openDevice(page, locale, 'preparations')
      await open(page, '/backup', t('backup.title'))
      await checkScreen(page, 'backup')
      const file = page.getByLabel(t('backup.read'))
      await file.setInputFiles({ name: 'reservekopie.json', mimeType: 'application/json', buffer: Buffer.from(BACKUP) })
      await expect(page.getByRole('button', { name: t('backup.confirm') })).toBeVisible()
      await checkScreen(page, 'backup asking to read a file back')
      await page.getByRole('button', { name: t('backup.cancel') }).click()
      await file.setInputFiles({
        name: 'foto.json',
        mimeType: 'application/json',
        buffer: Buffer.from('niet te lezen'),
      })
      await expect(shown(page, t('backup.problem.not-json'))).toBeVisible()
      await checkScreen(page, 'backup with a bad file')

      await open(page, '/settings', t('settings.title'))
      await checkScreen(page, 'settings')
      // The browser's storage is full: the next change cannot be saved, and the teacher is told.
      await page.evaluate(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError')
        }
      })
      await page.getByLabel(t('settings.teacherName')).fill('Juf Sanne')
      await expect(shown(page, t('app.saveFailed'))).toBeVisible()
      await checkScreen(page, 'settings when a change could not be saved')
      await open(page, '/p/x/checklist', t('missing.notHere'))
      await checkScreen(page, 'a preparation that is not here')
      await open(page, '/nergens', t('app.notFound'))
      await checkScreen(page, 'an address that does not exist')
    })

    test('recovery, with saved data that cannot be read and a copy set aside', async ({ page }) => {
      await openDevice(page, locale, 'broken')
      await page.goto('/#/recovery')
      // The saved language could not be read either: the teacher switches by hand.
      if (locale === 'en') await page.getByRole('button', { name: 'Switch to English' }).click()
      await expect(heading(page, t('recovery.title'))).toBeVisible()
      await expect(shown(page, t('storage.unreadable')).first()).toBeVisible()
      await checkScreen(page, 'recovery')
      await page.getByRole('button', { name: new RegExp(`^${t('home.delete')} `) }).click()
      await expect(shown(page, t('recovery.delete.confirm'))).toBeVisible()
      await checkScreen(page, 'recovery asking to delete a copy')
      await page.getByRole('link', { name: t('app.title') }).click()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await checkScreen(page, 'the first question under the notice that the data cannot be read')
    })
  })
}
