import type { Locator, Page } from '@playwright/test'
import { test, expect, walkWizard, writeNote, expectNoAxeViolations, ANOUK, type Walk } from './fixtures'

const PHONE = { width: 390, height: 844 }
/** Planned for Saturday 12 December 2026 at 15:15, with the mother's name as the teacher greets her. */
const EL_AMRANI: Walk = { ...ANOUK, parentNames: 'mevrouw El Amrani', time: '15:15' }
const at = (time: string) => new Date(`2026-12-12T${time}:00+01:00`)

const agenda = (page: Page) => page.getByRole('region', { name: 'Agenda' }).getByRole('listitem')
const currentRow = (page: Page) => agenda(page).and(page.locator('[aria-current="step"]'))
const firstOpening = (page: Page) =>
  page.getByRole('region', { name: 'Zo kun je beginnen' }).getByRole('listitem').first()
const who = (page: Page) => page.getByRole('definition').filter({ hasText: /^Jij, / })
/** An item's "Zet op de gesprekskaart", found by the item it is on. */
const onCardBox = (page: Page, title: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: title, exact: true }) })
    .getByRole('checkbox', { name: 'Zet op de gesprekskaart' })

/** Whether the whole element is inside the phone's screen as it is scrolled now. */
async function expectOnScreen(element: Locator, what: string) {
  const box = await element.boundingBox()
  expect(box, what).not.toBeNull()
  expect(box!.y, `${what}: top`).toBeGreaterThanOrEqual(0)
  expect(box!.y + box!.height, `${what}: bottom`).toBeLessThanOrEqual(PHONE.height)
}

/** What the teacher needs at a glance, on the card's first screen: who, the first sentence, the row that is on. */
async function expectFirstScreen(page: Page, row: Locator) {
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  await expect(who(page)).toHaveText('Jij, mevrouw El Amrani en de ouderbuddy')
  await expectOnScreen(page.getByText('zaterdag 12 december 2026 om 15:15'), 'when')
  await expectOnScreen(who(page), 'who')
  await expectOnScreen(firstOpening(page), 'the first sentence')
  await expectOnScreen(row, 'the row on now')
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(PHONE)
  // A browser that keeps the screen on when asked: the card asks while its timer runs.
  await page.addInitScript(() => {
    const log: string[] = []
    Object.assign(window, { wakeLocks: log })
    const request = () => {
      log.push('request')
      const sentinel = {
        released: false,
        release: () => {
          sentinel.released = true
          log.push('release')
          return Promise.resolve()
        },
      }
      return Promise.resolve(sentinel)
    }
    Object.defineProperty(Navigator.prototype, 'wakeLock', { value: { request }, configurable: true })
  })
})

const wakeLocks = (page: Page) => page.evaluate(() => (window as unknown as { wakeLocks: string[] }).wakeLocks)

test('on a phone the card is one glance: who by name, the first sentence and the row on now, a timer that stays in view and counts from a late start', async ({
  page,
}) => {
  await page.clock.install({ time: at('14:50') })
  await walkWizard(page, EL_AMRANI)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  // The teacher takes the suggested 45 minutes for the usual 30, as the buddy comes.
  await page.getByRole('radio', { name: '45 minuten: de suggestie' }).check()
  await page.getByRole('link', { name: 'Gesprekskaart' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Gesprekskaart' })).toBeVisible()

  // Before the start: the planned times, and the first row is the one to begin with.
  await page.reload()
  await expect(agenda(page)).toHaveText([
    '15:15–15:20 Kort welkom · 5 min',
    '15:20–15:35 Het nieuws, eerst alleen met de ouder · 15 min',
    '15:35–15:40 De buddy komt erbij · 5 min',
    '15:40–15:45 Wat we op school doen voor Anouk · 5 min',
    '15:45–15:50 Vragen en zorgen · 5 min',
    '15:50–15:55 Afspraken maken · 5 min',
    '15:55–16:00 Samen terugkijken · 5 min',
  ])
  await expect(firstOpening(page)).toContainText('Ik wil eerst graag even alleen met u praten.')
  await expectFirstScreen(page, agenda(page).first())
  await expectOnScreen(page.getByRole('button', { name: 'Start de timer' }), 'the start button')
  expect(await wakeLocks(page)).toEqual([])

  // Ten minutes late: every row moves with the start.
  await page.clock.pauseAt(at('15:25'))
  await page.getByRole('button', { name: 'Start de timer' }).click()
  await page.clock.runFor('07:00')
  await expect(page.getByRole('timer')).toHaveText(
    'Nu: Het nieuws, eerst alleen met de ouder Nog 13 min voor dit onderdeel. Nog 38 min in totaal.',
  )
  await expect(agenda(page)).toHaveText([
    '15:25–15:30 Kort welkom · 5 min',
    '15:30–15:45 Het nieuws, eerst alleen met de ouder · 15 min (nu)',
    '15:45–15:50 De buddy komt erbij · 5 min',
    '15:50–15:55 Wat we op school doen voor Anouk · 5 min',
    '15:55–16:00 Vragen en zorgen · 5 min',
    '16:00–16:05 Afspraken maken · 5 min',
    '16:05–16:10 Samen terugkijken · 5 min',
  ])
  await expect(currentRow(page)).toHaveText('15:30–15:45 Het nieuws, eerst alleen met de ouder · 15 min (nu)')
  expect(await wakeLocks(page)).toEqual(['request'])

  // Down at the notes, and at the foot of the card, the timer line is still in view.
  const notes = page.getByRole('textbox', { name: 'Aantekeningen' })
  await notes.fill('Moeder wil een vervolg in januari.')
  await expectOnScreen(notes, 'the notes')
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(PHONE.height / 2)
  await expectOnScreen(page.getByRole('timer'), 'the timer, at the notes')
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(PHONE.height)
  await expectOnScreen(page.getByRole('timer'), 'the timer, at the foot')
  await expectOnScreen(page.getByRole('button', { name: 'Stop de timer' }), 'the stop button, at the foot')
  // A field reached with the keyboard while the timer line covers its top scrolls out from under it.
  const barHeight = await page.locator('.timer').evaluate((line) => line.getBoundingClientRect().height)
  const notesTop = await notes.evaluate((field) => field.getBoundingClientRect().top + window.scrollY)
  await page.evaluate((y) => window.scrollTo(0, y), notesTop - barHeight + 20)
  await page.getByRole('textbox', { name: 'Vraag voor later' }).focus()
  await page.keyboard.press('Shift+Tab')
  await expect(notes).toBeFocused()
  expect((await notes.boundingBox())!.y, 'the notes, out from under the timer line').toBeGreaterThanOrEqual(barHeight)

  // Opened again later in the conversation: the row on now is on the first screen, at its moved times.
  await page.clock.runFor('20:00')
  await page.getByRole('link', { name: 'Naar de checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
  // Off the card, the screen may go dark again.
  expect(await wakeLocks(page)).toEqual(['request', 'release'])
  await page.getByRole('link', { name: 'Gesprekskaart' }).click()
  await expect(currentRow(page)).toHaveText('15:50–15:55 Wat we op school doen voor Anouk · 5 min (nu)')
  await expectFirstScreen(page, currentRow(page))
  // axe needs the clock to run; the timer goes on meanwhile.
  await page.clock.resume()
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Stop de timer' }).click()
  await expect(agenda(page).first()).toHaveText('15:15–15:20 Kort welkom · 5 min')
  expect(await wakeLocks(page)).toEqual(['request', 'release', 'request', 'release'])
})

test('the note the teacher puts on the card from the checklist is on the card with its item; one at a time', async ({
  page,
}) => {
  await walkWizard(page, EL_AMRANI)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await writeNote(page, 'Begin met een praatje', 'Vraag naar de nieuwe baby.')
  await writeNote(page, 'Laat de regie bij de ouder', 'Zij beslist over het onderzoek.')
  // The item's own checkbox keeps its name; the new one is described by the note it puts on the card.
  await expect(page.getByRole('checkbox', { name: 'Begin met een praatje' })).toHaveCount(1)
  await expect(onCardBox(page, 'Begin met een praatje')).toHaveAccessibleDescription(
    'Notitie bij ‘Begin met een praatje’',
  )
  await expect(page.getByRole('checkbox', { name: 'Zet op de gesprekskaart' })).toHaveCount(2)

  await onCardBox(page, 'Laat de regie bij de ouder').check()
  await onCardBox(page, 'Begin met een praatje').check()
  await expect(onCardBox(page, 'Laat de regie bij de ouder')).not.toBeChecked()
  await onCardBox(page, 'Laat de regie bij de ouder').check()
  await expect(onCardBox(page, 'Begin met een praatje')).not.toBeChecked()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Gesprekskaart' }).click()
  const keyNote = page.getByRole('region', { name: 'Jouw belangrijkste notitie' })
  await expect(keyNote.getByRole('paragraph')).toHaveText([
    'Bij ‘Laat de regie bij de ouder’',
    'Zij beslist over het onderzoek.',
  ])

  // Taken off again: the first note in the checklist shows; the mark survives a reload.
  await page.getByRole('link', { name: 'Naar de checklist' }).click()
  await onCardBox(page, 'Laat de regie bij de ouder').uncheck()
  await page.getByRole('link', { name: 'Gesprekskaart' }).click()
  await expect(keyNote.getByRole('paragraph')).toHaveText(['Bij ‘Begin met een praatje’', 'Vraag naar de nieuwe baby.'])
  await page.getByRole('link', { name: 'Naar de checklist' }).click()
  await onCardBox(page, 'Laat de regie bij de ouder').check()
  await page.reload()
  await expect(onCardBox(page, 'Laat de regie bij de ouder')).toBeChecked()

  // Not on paper: the printed card, like its PDF, has no room for it.
  await page.getByRole('link', { name: 'Gesprekskaart' }).click()
  await expect(keyNote).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(keyNote).toBeHidden()
})
