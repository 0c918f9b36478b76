import { test, expect, walkWizard, expectNoAxeViolations, ANOUK } from './fixtures'

test('with a tolk: the tolk items on the checklist and the card, about double the time, and the language in the invitation', async ({
  page,
}) => {
  await walkWizard(page, { ...ANOUK, buddy: 'Nee, er is geen buddy', sensitive: 'Nee', interpreter: 'Turks' })
  await expect(page.getByText('Tolk (Turks)')).toBeVisible()
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()

  // The tolk items, marked as the app's own, with why they are there.
  const before = page.getByRole('region', { name: 'Voor het gesprek' })
  const brief = before.getByRole('listitem').filter({ hasText: 'Bereid het gesprek voor met de tolk' })
  await expect(brief).toContainText('De tolk houdt geheim wat er besproken wordt.')
  const during = page.getByRole('region', { name: 'Tijdens het gesprek' })
  const talk = during.getByRole('listitem').filter({ hasText: 'Praat met de ouder, niet met de tolk' })
  await expect(talk).toContainText('Gebruik korte zinnen.')
  await expect(talk).toContainText(
    '‘De tolk vertaalt alles wat we zeggen. Wat we hier bespreken, blijft binnen dit gesprek.’ (voorbeeld van de app)',
  )

  // About twice the usual time, and why; the teacher takes it.
  const plan = page.getByRole('region', { name: 'Jouw plan' })
  await expect(plan).toContainText('Suggestie: 60 minuten, 30 minuten extra, omdat er een tolk bij is.')
  await expect(plan).toContainText('Dan duurt het gesprek ongeveer twee keer zo lang.')
  await plan.getByRole('radio', { name: '60 minuten: de suggestie' }).check()
  await expect(plan).toContainText('Plan 60 minuten.')

  // The invitation names the tolk with the language, and the length chosen.
  await page.getByText(/^Uitnodiging voor de ouders?$/).click()
  const invitation = page.getByRole('textbox', { name: 'Tekst van de uitnodiging' })
  await expect(invitation).toHaveValue(/een tolk \(Turks\)/)
  await expect(invitation).toHaveValue(/Hoe lang: een uur/)
  await expectNoAxeViolations(page)

  // The card: who comes, the tolk sentence first, and the reminder.
  await page.getByRole('link', { name: 'Gesprekskaart' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Gesprekskaart' })).toBeVisible()
  await expect(page.getByText('Jij, de ouder en een tolk (Turks)')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Zo kun je beginnen' }).getByRole('listitem').first()).toHaveText(
    'Tegen iedereen: ‘De tolk vertaalt alles wat we zeggen. Wat we hier bespreken, blijft binnen dit gesprek.’ (voorbeeld van de app)',
  )
  await expect(page.getByRole('region', { name: 'Denk aan' }).getByRole('listitem').first()).toHaveText(
    'Tolk: praat tegen de ouder, niet tegen de tolk. Korte zinnen.',
  )
  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('listitem').first()).toHaveText(
    '15:30–15:35 Voorstellen: wie is wie en waarom zijn we hier · 5 min',
  )
  await expectNoAxeViolations(page)
})
