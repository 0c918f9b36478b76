import { test, expect, continueButton } from './fixtures'

const FIRST_QUESTION = 'Komt er een ouderbuddy mee naar het gesprek?'

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
  let release = () => {}
  const chosen = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/*.js', async (route) => {
    await chosen
    await route.continue()
  })
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
