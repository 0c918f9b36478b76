import type { Page } from '@playwright/test'
import { test, expect, expectNoAxeViolations } from './fixtures'
import { savedText, yearsOfPreparations } from '../../scripts/bench-years-data.mjs'

// Seven school years of conversations, as the bench has them, around the tests' today (30 November 2026).
const PREPARATIONS = yearsOfPreparations({ today: '2026-11-30' })
const zoes = PREPARATIONS.filter((p) => p.answers.childName?.startsWith('Zoë'))
const stillToCome = zoes.filter((p) => !p.finished && !p.held && (p.answers.meetingAt ?? '9') > '2026-11-30T10:00')

/** The number found, as the list says it. */
const found = (n: number) =>
  n === 0 ? 'Geen gesprekken gevonden' : n === 1 ? '1 gesprek gevonden' : `${n} gesprekken gevonden`

async function withYears(page: Page) {
  await page.addInitScript((data) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('oudergesprek', data)
      sessionStorage.setItem('seeded', '1')
    }
  }, savedText(PREPARATIONS))
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw voorbereidingen' })).toBeVisible()
}

/** Presses Tab until the focus is on what `isTarget` picks; fails after `most` presses. */
async function tabTo(page: Page, isTarget: string, most = 40) {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, isTarget)) return
  }
  throw new Error(`Tab never reached ${isTarget}`)
}

test('a thousand conversations: found by name and by status, earlier years folded, with the keyboard alone', async ({
  page,
}) => {
  expect(zoes.length).toBeGreaterThan(5)
  await withYears(page)
  const years = page.getByRole('heading', { level: 2, name: /^Schooljaar/ })
  await expect(years.first()).toHaveText('Schooljaar 2026-2027')
  await expect(years).toHaveText([
    'Schooljaar 2026-2027',
    'Schooljaar 2025-2026',
    'Schooljaar 2024-2025',
    'Schooljaar 2023-2024',
    'Schooljaar 2022-2023',
    'Schooljaar 2021-2022',
    'Schooljaar 2020-2021',
  ])
  const lastYear = page.getByRole('region', { name: 'Schooljaar 2025-2026' })
  const fold = lastYear.getByRole('group')
  await expect(fold).toHaveCount(1)
  await expect(fold).not.toHaveAttribute('open')

  // Searching by the name without its accent, from the keyboard.
  await tabTo(page, 'input[type="search"]')
  await page.keyboard.type('zoe')
  await expect(page.getByText(found(zoes.length), { exact: true })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText(found(zoes.length))
  await expect(page.locator('main li.card h3, main li.series h3').first()).toContainText('Zoë')

  // The filter is a group of radios: the arrow keys choose.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('radio', { name: 'Alle gesprekken' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: 'Nog te komen' })).toBeChecked()
  await expect(page.getByText(found(stillToCome.length), { exact: true })).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: 'Afgerond' })).toBeChecked()
  const finished = zoes.filter((p) => p.finished).length
  await expect(page.getByText(found(finished), { exact: true })).toBeVisible()

  // Finished conversations of earlier years open and close with Enter.
  await tabTo(page, 'summary')
  const opened = page.locator('details:has(summary:focus)')
  await expect(opened).not.toHaveAttribute('open')
  await page.keyboard.press('Enter')
  await expect(opened).toHaveAttribute('open')
  await expect(opened.getByRole('heading', { name: /^Zoë/ }).first()).toBeVisible()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Enter')
  await expect(opened).not.toHaveAttribute('open')
  await expect(opened.getByRole('heading', { name: /^Zoë/ })).toHaveCount(0)
})

test('nothing found says so, and one button shows everything again', async ({ page }) => {
  await withYears(page)
  await tabTo(page, 'input[type="search"]')
  await page.keyboard.type('Xerxes')
  await expect(page.getByText('Geen gesprekken gevonden', { exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /^Schooljaar/ })).toHaveCount(0)
  await expectNoAxeViolations(page)
  await tabTo(page, 'button.button--secondary')
  await expect(page.getByRole('button', { name: 'Laat alle gesprekken zien' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('searchbox', { name: 'Zoek op naam van kind of ouder' })).toBeFocused()
  await expect(page.getByRole('searchbox', { name: 'Zoek op naam van kind of ouder' })).toHaveValue('')
  await expect(page.getByRole('radio', { name: 'Alle gesprekken' })).toBeChecked()
  await expect(page.getByRole('heading', { level: 2, name: 'Schooljaar 2026-2027' })).toBeVisible()
})
