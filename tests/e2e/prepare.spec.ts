import { STORAGE_VERSION } from '../../src/store/migrations'
import { stepTitle } from '../wizard-steps'
import { test, expect, walkWizard, ANOUK, continueButton, expectNoAxeViolations, writeNote } from './fixtures'

test('a teacher answers the questions and gets a checklist that names Anouk', async ({ page }) => {
  await walkWizard(page, ANOUK)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
  await expect(page).toHaveTitle('Jouw checklist – Oudergesprek voorbereiden')
  const opening = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: 'Begin anders als de buddy erbij is' }) })
  await expect(opening).toContainText('in het belang van Anouk…')
  await expect(opening).toContainText('We zijn hier allemaal om te zorgen dat het met Anouk goed gaat.')
  const plan = page.getByRole('region', { name: 'Jouw plan' })
  await expect(plan).toContainText('Plan 30 minuten. Je gebruikelijke tijd is 30 minuten.')
  await expect(plan).toContainText('Suggestie: 45 minuten, 15 minuten extra, omdat de buddy meekomt.')
  await expect(page.getByRole('region', { name: 'Jouw plan' })).toContainText('zaterdag 12 december 2026 om 15:30')
})

test("the browser's back button returns to the previous step with its answer still selected", async ({ page }) => {
  await page.goto('/')
  await page.getByRole('radio', { name: 'Er is een buddy, maar ik weet nog niet of die meekomt' }).check()
  await continueButton(page).click()
  await expect(page.getByRole('heading', { level: 1, name: /Ga je iets vertellen/ })).toBeVisible()
  await expect(page).toHaveTitle(stepTitle('sensitive-news'))
  await page.goBack()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Komt er een ouderbuddy mee naar het gesprek?' }),
  ).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Er is een buddy, maar ik weet nog niet of die meekomt' })).toBeChecked()
  await page.goForward()
  await expect(page.getByRole('heading', { level: 1, name: /Ga je iets vertellen/ })).toBeVisible()
})

test('ticks and a note survive a reload', async ({ page }) => {
  await walkWizard(page, ANOUK)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await page.getByRole('checkbox', { name: 'Laat weten dat de buddy welkom is' }).check()
  await page.getByRole('checkbox', { name: 'Begin met een praatje' }).check()
  await writeNote(page, 'Begin met een praatje', 'Vragen naar de verhuizing')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Laat weten dat de buddy welkom is' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Begin met een praatje' })).toBeChecked()
  await expect(page.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' })).toHaveValue(
    'Vragen naar de verhuizing',
  )
  await expect(page.getByRole('region', { name: 'Voor het gesprek' })).toContainText('1 van 5 gedaan')
})

test('changing the answer to "no buddy" removes the buddy items and keeps the other ticks', async ({ page }) => {
  await walkWizard(page, ANOUK)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await page.getByRole('checkbox', { name: 'Geen rechtstreeks contact met de buddy' }).check()
  await page.getByRole('checkbox', { name: 'Begin met een praatje' }).check()
  await page.getByRole('checkbox', { name: 'Waardeer de vragen' }).check()

  await page.getByRole('link', { name: 'Antwoorden wijzigen' }).click()
  await page.getByRole('link', { name: 'Wijzig of er een ouderbuddy meekomt' }).click()
  await page.getByRole('radio', { name: 'Nee, er is geen buddy' }).check()
  await continueButton(page).click()
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /buddy/ })).toHaveCount(0)
  await expect(page.getByRole('checkbox', { name: 'Begin met een praatje' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Waardeer de vragen' })).toBeChecked()
  await expect(page.getByText('Plan 30 minuten.')).toBeVisible()
})

test('axe finds no violations on any step, the error state, check-your-answers and the checklist', async ({ page }) => {
  // Ten full axe runs.
  test.slow()
  await page.goto('/')
  await continueButton(page).click()
  await expect(page.getByRole('region', { name: 'Er is iets niet goed ingevuld' })).toBeFocused()
  await expect(page).toHaveTitle(stepTitle('buddy', { errors: true }))
  await expectNoAxeViolations(page)

  await walkWizard(page, { ...ANOUK, onEachStep: expectNoAxeViolations })
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
  await page.getByText('Waarom staat dit hier?').first().click()
  await expectNoAxeViolations(page)
})

test('an English-speaking teacher can read the example sentences in Dutch, and axe finds nothing', async ({ page }) => {
  await walkWizard(page, ANOUK)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(page.getByText('‘How do you see this?’')).toBeVisible()
  await page.getByRole('checkbox', { name: /Show the example sentences in Dutch/ }).check()
  const sentence = page.getByText('‘Hoe ziet u dit?’')
  await expect(sentence).toBeVisible()
  await expect(sentence).toHaveAttribute('lang', 'nl')
  await expect(page.locator('li.script').filter({ has: sentence })).toContainText('(from the guidance)')
  await expectNoAxeViolations(page)
  await page.reload()
  await expect(page.getByText('‘Hoe ziet u dit?’')).toBeVisible()
})

test('the error summary links to the field and the keyboard alone can answer', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('radio', { name: 'Nee, er is geen buddy' }).check()
  await continueButton(page).click()
  await page.getByRole('radio', { name: 'Nee', exact: true }).check()
  await continueButton(page).click()
  await expect(page.getByRole('textbox', { name: /Hoeveel minuten/ })).toBeVisible()
  await continueButton(page).click()
  const summary = page.getByRole('region', { name: 'Er is iets niet goed ingevuld' })
  await expect(summary).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(summary.getByRole('link', { name: 'Vul in hoeveel minuten je normaal plant.' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: /Hoeveel minuten/ })).toBeFocused()
  await page.keyboard.type('40')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Wie komen er naar het gesprek?' })).toBeVisible()
  // The next page starts as a page load: its title is read out, and the first Tab is the skip link.
  await expect(page.getByRole('banner').locator(':focus')).toHaveText(await page.title())
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused()
})

test('a preparation saved by the first version of the app opens with nothing lost', async ({ page }) => {
  const v1 = {
    version: 1,
    state: {
      locale: 'nl',
      activeId: 'old',
      preparations: {
        old: {
          id: 'old',
          createdAt: '2026-11-01T09:00:00.000Z',
          updatedAt: '2026-11-01T09:00:00.000Z',
          answers: {
            buddy: 'attending',
            sensitiveNews: false,
            expectedMinutes: 30,
            parentsAttending: 1,
            otherAttendees: 0,
            childName: 'Anouk',
            address: 'u',
          },
          ticks: { 'during.small-talk': true },
          notes: { 'during.small-talk': 'Uit de eerste versie' },
        },
      },
    },
  }
  await page.addInitScript((data) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('oudergesprek', data)
      sessionStorage.setItem('seeded', '1')
    }
  }, JSON.stringify(v1))
  await page.goto('/#/checklist')
  await expect(page.getByRole('checkbox', { name: 'Begin met een praatje' })).toBeChecked()
  await expect(page.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' })).toHaveValue(
    'Uit de eerste versie',
  )
  await expect(page.getByText(/apart bewaard/)).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('checkbox', { name: 'Begin met een praatje' })).toBeChecked()
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('oudergesprek')))!).version).toBe(STORAGE_VERSION)
})
