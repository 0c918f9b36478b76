import type { Page } from '@playwright/test'
import { test, expect, ANOUK, walkWizard } from './fixtures'

/**
 * A name pasted with a character that turns the text around (U+202E, RIGHT-TO-LEFT OVERRIDE):
 * "Sem\u202Efdp.exe" shows as "Semexe.pdf". The teacher is told where it was typed, and nothing
 * the app writes holds it.
 */
const TURNED = 'Sem\u202Efdp.exe'
const TURNS = /[\u202A-\u202E\u2066-\u2069]/u

test('a child’s name with a character that turns the text: said where it is typed, left out of everything written', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  let warned = false
  await walkWizard(page, {
    ...ANOUK,
    name: TURNED,
    onEachStep: async (step: Page) => {
      const name = step.getByRole('textbox', { name: /Hoe heet het kind/ })
      if ((await name.count()) === 0) return
      await expect(name).toHaveAccessibleDescription(
        /onzichtbaar teken in\. Het draait de volgorde van de letters om\./,
      )
      warned = true
    },
  })
  expect(warned).toBe(true)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await expect(page.getByText('Voor het gesprek over Semfdp.exe')).toBeVisible()

  await page.getByText('Uitnodiging voor de ouder').click()
  await page.getByRole('button', { name: 'Kopieer de uitnodiging' }).click()
  const invitation = await page.evaluate(() => navigator.clipboard.readText())
  expect(invitation).toContain('Semfdp.exe')
  expect(invitation).not.toMatch(TURNS)

  // Saved without it: the list shows the name as typed, less the character.
  await page.getByRole('link', { name: 'Alle voorbereidingen' }).click()
  await expect(page.getByRole('heading', { level: 3, name: 'Semfdp.exe' })).toBeVisible()
  const saved = await page.evaluate(() => localStorage.getItem('oudergesprek') ?? '')
  expect(saved).toContain('Semfdp.exe')
  expect(saved).not.toMatch(/\\u202e|\u202E/iu)
})
