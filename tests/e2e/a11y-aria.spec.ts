import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { BACKUP, EMPTY, NOOR, NOW, SEM, openDevice } from './a11y-data'
import { loadWizard, type Locale, type Translate } from './a11y-wizard'

/**
 * What a screen reader hears on the key screens, in Dutch and English: their accessibility trees
 * (roles, names, states, values), kept in a11y-aria.spec.ts-snapshots/, each whole (a node added
 * or lost is a difference). A change to what is said shows up there in review. Dates and ids are
 * fixed by the saved data, and the clock stands still at its fixed time.
 * After an intended change: `npx playwright test tests/e2e/a11y-aria.spec.ts --update-snapshots`,
 * and read the diff of the yml files.
 */

const main = (page: Page) => page.getByRole('main')

async function open(page: Page, path: string, title: string) {
  await page.goto(`/#${path}`)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

for (const locale of ['nl', 'en'] as const satisfies Locale[]) {
  test.describe(`in ${locale === 'nl' ? 'Dutch' : 'English'}`, () => {
    let t: Translate
    test.beforeEach(async ({ page }) => {
      t = (await loadWizard()).t[locale]
      await openDevice(page, locale, 'preparations')
      await page.clock.setFixedTime(NOW)
    })
    const snapshot = (name: string) => ({ name: `${locale}-${name}.aria.yml` })

    test('the frame, the first question, a question with errors and check-your-answers', async ({ page }) => {
      const { questions } = await loadWizard()
      await open(page, `/p/${EMPTY}/step/${questions[0]!.step}`, t(questions[0]!.title))
      await expect(page.getByRole('banner')).toMatchAriaSnapshot(snapshot('header'))
      await expect(page.getByRole('contentinfo')).toMatchAriaSnapshot(snapshot('footer'))
      await expect(main(page)).toMatchAriaSnapshot(snapshot('first-question'))

      await page.goto(`/#/p/${EMPTY}/step/attendees`)
      await page.getByRole('button', { name: t('q.others.add') }).click()
      await page.getByRole('button', { name: t('wizard.continue') }).click()
      await expect(page.getByRole('region', { name: t('wizard.errorSummary') })).toBeFocused()
      await expect(main(page)).toMatchAriaSnapshot(snapshot('question-with-errors'))

      await open(page, `/p/${NOOR}/check`, t('check.title'))
      await expect(main(page)).toMatchAriaSnapshot(snapshot('check-answers'))
    })

    test('the checklist with a note box open, the conversation card and the after page', async ({ page }) => {
      await open(page, `/p/${NOOR}/checklist`, t('checklist.title'))
      await page
        .getByRole('button', { name: new RegExp(`^${t('checklist.addNote')} `) })
        .first()
        .click()
      await expect(main(page)).toMatchAriaSnapshot(snapshot('checklist'))
      await open(page, `/p/${NOOR}/card`, t('card.title'))
      await expect(main(page)).toMatchAriaSnapshot(snapshot('card'))
      await open(page, `/p/${SEM}/after`, t('after.title'))
      await expect(main(page)).toMatchAriaSnapshot(snapshot('after'))
    })

    test('the home list, a confirmation, and a backup read back', async ({ page }) => {
      await open(page, '/', t('home.title'))
      await expect(main(page)).toMatchAriaSnapshot(snapshot('home'))
      await page
        .getByRole('button', { name: `${t('home.delete')} ${t('home.delete.hidden', { name: 'Noor' })}` })
        .click()
      const confirm = main(page).getByRole('group', { name: t('home.delete.confirm', { name: 'Noor' }) })
      await expect(confirm).toMatchAriaSnapshot(snapshot('home-confirm-delete'))

      await open(page, '/backup', t('backup.title'))
      await page
        .getByLabel(t('backup.read'))
        .setInputFiles({ name: 'reservekopie.json', mimeType: 'application/json', buffer: Buffer.from(BACKUP) })
      await expect(main(page).getByRole('group')).toMatchAriaSnapshot(snapshot('backup-confirm'))
    })

    test('settings, and recovery with saved data that cannot be read', async ({ page, context }) => {
      await open(page, '/settings', t('settings.title'))
      await expect(main(page)).toMatchAriaSnapshot(snapshot('settings'))

      const broken = await context.newPage()
      await openDevice(broken, locale, 'broken')
      await broken.clock.setFixedTime(NOW)
      await broken.goto('/#/recovery')
      // The saved language could not be read either: the teacher switches by hand.
      if (locale === 'en') await broken.getByRole('button', { name: 'Switch to English' }).click()
      await expect(broken.getByRole('heading', { level: 1, name: t('recovery.title') })).toBeVisible()
      await expect(main(broken)).toMatchAriaSnapshot(snapshot('recovery'))
    })
  })
}
