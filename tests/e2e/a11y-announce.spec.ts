import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { BACKUP, NOOR, SEM, openDevice } from './a11y-data'
import { loadWizard, type Locale, type Translate } from './a11y-wizard'
import { assertive, byRegion, listen, polite, saidSoFar, type Said } from './a11y-said'

/**
 * Every change of status is said once to a screen-reader user: politely through the app's status
 * region, an error assertively through its alert region, and never twice. The page keeps a log
 * of every text put into a live region, as a screen reader is handed it; after each action the
 * test reads what was added, and at the end that nothing else was said.
 */

/** The page's live regions: only the app's two, so no text can be said from two places. */
const liveRegions = (page: Page) =>
  page.locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]')

/** Runs the action and checks that exactly these were said, once each, in this order. */
async function expectSaid(page: Page, expected: Said[], action: () => Promise<unknown>) {
  const before = (await saidSoFar(page)).length
  await action()
  await expect.poll(async () => byRegion((await saidSoFar(page)).slice(before))).toEqual(byRegion(expected))
  await expect(liveRegions(page)).toHaveCount(2)
}

/** At the end: the whole log is what each step said, so nothing came twice or late. */
async function expectNothingElse(page: Page, all: Said[][]) {
  await page.waitForTimeout(1000)
  expect(byRegion(await saidSoFar(page))).toEqual(byRegion(all.flat()))
}

for (const locale of ['nl', 'en'] as const satisfies Locale[]) {
  test.describe(`in ${locale === 'nl' ? 'Dutch' : 'English'}`, () => {
    let t: Translate
    test.beforeEach(async ({ page }) => {
      t = (await loadWizard()).t[locale]
      await listen(page)
    })
    const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true })

    test('saved, question added and removed, copied, PDF ready, calendar file, and could not save', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await openDevice(page, locale, 'preparations')
      const steps: Said[][] = []
      const step = async (expected: Said[], action: () => Promise<unknown>) => {
        await expectSaid(page, expected, action)
        steps.push(expected)
      }

      await page.goto('/#/settings')
      await step([polite(t('app.saved'))], () =>
        page.getByLabel(t('settings.teacherName')).pressSequentially('Juf Sanne'),
      )

      await page.goto(`/#/p/${NOOR}/checklist`)
      const question = 'Kan er een extra leesmoment komen?'
      await step([polite(t('questions.added', { text: question }))], async () => {
        await page.getByRole('textbox', { name: t('questions.new') }).fill(question)
        await button(page, t('questions.add')).click()
      })
      await step([polite(t('questions.removed', { text: question }))], () =>
        page
          .getByRole('button', { name: `${t('questions.remove')} ${t('questions.remove.hidden', { text: question })}` })
          .click(),
      )
      await page.getByText(t('invite.title.2')).click()
      await step([polite(t('invite.copied'))], () => button(page, t('invite.copy')).click())
      const pdf = page.waitForEvent('download')
      await button(page, t('export.download')).click()
      const file = (await pdf).suggestedFilename()
      await expect
        .poll(async () => (await saidSoFar(page)).slice(-2))
        .toEqual([polite(t('export.busy')), polite(t('export.done', { file }))])
      steps.push([polite(t('export.busy')), polite(t('export.done', { file }))])

      await page.goto(`/#/p/${NOOR}/card`)
      await step([polite(t('questions.added', { text: question }))], async () => {
        await page.getByRole('textbox', { name: t('card.later') }).fill(question)
        await button(page, t('card.later.add')).click()
      })

      await page.goto(`/#/p/${SEM}/after`)
      await step([polite(t('app.saved'))], () => page.getByLabel(t('followUp.minutes')).fill('25'))
      await step([polite(t('followUp.calendarDone', { file: 'oudergesprek-vervolg-2026-12-07.ics' }))], () =>
        button(page, t('followUp.calendar')).click(),
      )

      // The browser's storage fills up: the next change cannot be saved.
      await page.evaluate(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError')
        }
      })
      await step([assertive(t('app.saveFailed'))], () =>
        page.getByRole('radio', { name: t('after.rating.good') }).check(),
      )
      // While saving fails, a change is not called saved, on the screen or aloud.
      await step([], () => page.getByLabel(t('followUp.minutes')).fill('35'))
      await expectNothingElse(page, steps)
      await expect(page.getByRole('main').getByText(t('app.saved'), { exact: true })).toHaveCount(0)
    })

    test('deleted and restored, backup downloaded, read, put back, and a bad file', async ({ page }) => {
      await openDevice(page, locale, 'preparations')
      const steps: Said[][] = []
      const step = async (expected: Said[], action: () => Promise<unknown>) => {
        await expectSaid(page, expected, action)
        steps.push(expected)
      }

      await page.goto('/#/')
      await button(page, `${t('home.delete')} ${t('home.delete.hidden', { name: 'Noor' })}`).click()
      await step([polite(t('home.deleted', { name: 'Noor' }))], () => button(page, t('home.delete.yes')).click())
      await step([polite(t('home.restored', { name: 'Noor' }))], () => button(page, t('home.undo')).click())

      await step([polite(t('backup.downloaded', { file: 'oudergesprek-reservekopie-2026-11-30.json' }))], () =>
        button(page, t('backup.download')).click(),
      )
      const file = page.getByLabel(t('backup.read'))
      const plan = t('backup.plan', { total: 2 })
      await step([polite(plan)], () =>
        file.setInputFiles({ name: 'reservekopie.json', mimeType: 'application/json', buffer: Buffer.from(BACKUP) }),
      )
      await step([polite(t('backup.done', { added: 1, merged: 1 }))], () => button(page, t('backup.confirm')).click())
      await step([assertive(t('backup.problem.not-json'))], () =>
        file.setInputFiles({ name: 'foto.json', mimeType: 'application/json', buffer: Buffer.from('niet te lezen') }),
      )
      await expectNothingElse(page, steps)
    })
  })
}

// The language is part of the saved data that cannot be read: the app speaks Dutch.
test('at load, saved data that cannot be read and what was set aside; then a copy deleted', async ({ page }) => {
  const t = (await loadWizard()).t.nl
  await listen(page)
  await openDevice(page, 'nl', 'broken')
  await page.goto('/#/recovery')
  const problem = [t('storage.unreadable'), t('storage.notSaving')].join(' ')
  // The copy kept aside, without "you can carry on": nothing is being saved until the teacher decides.
  const kept = t('storage.copyKept')
  await expect.poll(async () => byRegion(await saidSoFar(page))).toEqual(byRegion([assertive(problem), polite(kept)]))
  const when = '30 november 2026'
  await page.getByRole('button', { name: `${t('home.delete')} ${t('recovery.delete.hidden', { when })}` }).click()
  const deleted = polite(t('recovery.deleted', { when }))
  await expectSaid(page, [deleted], () => page.getByRole('button', { name: t('home.delete.yes') }).click())
  await expectNothingElse(page, [[assertive(problem), polite(kept)], [deleted]])
})
