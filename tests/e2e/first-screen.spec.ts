import { test, expect, continueButton } from './fixtures'
import type { Page } from '@playwright/test'

const FIRST_QUESTION = 'Komt er een ouderbuddy mee naar het gesprek?'

/** Holds the app's scripts until `release` is called, as on a slow phone; the built page shows meanwhile. */
async function slowScripts(page: Page) {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/*.js', async (route) => {
    await released
    await route.continue()
  })
  return release
}

test('the first question is in the page itself: it shows before any JavaScript runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: FIRST_QUESTION })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Ja, de buddy komt mee' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Doorgaan' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeAttached()
  await context.close()
})

test('the built first question comes alive where it stands: the first Tab is the skip link, an answer goes on', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page).toHaveURL(/#\/new$/)
  await expect(page.getByRole('heading', { level: 1, name: FIRST_QUESTION })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused()
  await page.getByRole('radio', { name: 'Ja, de buddy komt mee' }).check()
  await continueButton(page).click()
  await expect(page.getByRole('heading', { level: 1, name: /Ga je iets vertellen/ })).toBeVisible()
  // A mismatch between the built page and the first render would be a console error (fixtures).
})

test('a teacher who chose English gets the first question in English, not the Dutch of the built page', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'oudergesprek',
      JSON.stringify({ version: 5, state: { preparations: {}, settings: { locale: 'en', dutchScripts: false } } }),
    ),
  )
  await page.goto('/#/new')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Is a parent buddy coming to the conversation?' }),
  ).toBeVisible()
  await expect(page.getByText(FIRST_QUESTION)).toHaveCount(0)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('an answer chosen on the built page before its JavaScript has run is kept when the form starts', async ({
  page,
}) => {
  // The scripts wait until the teacher has chosen, as on a slow phone.
  const release = await slowScripts(page)
  await page.goto('/', { waitUntil: 'commit' })
  await page.getByRole('radio', { name: 'Ja, de buddy komt mee' }).check()
  release()
  // The app starts and takes the choice over: Continue goes on without an error.
  await expect(page).toHaveURL(/#\/new$/)
  await expect(page.getByRole('radio', { name: 'Ja, de buddy komt mee' })).toBeChecked()
  await continueButton(page).click()
  await expect(page.getByRole('heading', { level: 1, name: /Ga je iets vertellen/ })).toBeVisible()
  await expect(page.getByText('Kies of er een ouderbuddy meekomt.')).toHaveCount(0)
})

test('Continue pressed on the built page before its JavaScript has run goes on once the app starts', async ({
  page,
}) => {
  const release = await slowScripts(page)
  await page.goto('/', { waitUntil: 'commit' })
  await page.getByRole('radio', { name: 'Nee, er is geen buddy' }).check()
  // Pressed twice, as a teacher does when nothing seems to happen: still one step on.
  await continueButton(page).click()
  await continueButton(page).click()
  await expect(page.getByRole('heading', { level: 1, name: FIRST_QUESTION })).toBeVisible()
  release()
  await expect(page.getByRole('heading', { level: 1, name: /Ga je iets vertellen/ })).toBeVisible()
  await page.getByRole('link', { name: 'Terug', exact: true }).click()
  await expect(page.getByRole('radio', { name: 'Nee, er is geen buddy' })).toBeChecked()
  // The form was never sent anywhere: the fixtures fail the test on a blocked form-action.
})

test('Continue pressed without a choice before the app starts says what is missing once it has', async ({ page }) => {
  const release = await slowScripts(page)
  await page.goto('/', { waitUntil: 'commit' })
  await continueButton(page).click()
  release()
  await expect(page.getByText('Kies of er een ouderbuddy meekomt.').first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: FIRST_QUESTION })).toBeVisible()
})

test('the language switch pressed before the app starts switches once it has', async ({ page }) => {
  const release = await slowScripts(page)
  await page.goto('/', { waitUntil: 'commit' })
  await page.getByRole('button', { name: /English/ }).click()
  release()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Is a parent buddy coming to the conversation?' }),
  ).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('the skip link followed before the app starts leaves the address alone, and leads into the question once it has', async ({
  page,
}) => {
  const release = await slowScripts(page)
  await page.goto('/', { waitUntil: 'commit' })
  await expect(page.getByRole('heading', { level: 1, name: FIRST_QUESTION })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused()
  await page.keyboard.press('Enter')
  release()
  await expect(page.getByRole('heading', { level: 1, name: FIRST_QUESTION })).toBeVisible()
  await expect(page).toHaveURL(/#\/new$/)
})

test('a returning teacher never sees the built first question: the page shows once the app does', async ({ page }) => {
  await page.addInitScript(() => {
    if (!localStorage.getItem('oudergesprek'))
      localStorage.setItem('oudergesprek', JSON.stringify({ version: 5, state: { preparations: {} } }))
  })
  const release = await slowScripts(page)
  await page.goto('/#/settings', { waitUntil: 'commit' })
  await expect(page.locator('#root')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Doorgaan' })).toBeHidden()
  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible()
  await expect(page.getByText(FIRST_QUESTION)).toHaveCount(0)
})
