import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { test, expect, walkWizard, expectNoAxeViolations, ANOUK, type Walk } from './fixtures'
import { flat, pdfText } from '../pdf/pdf-text'

const PHONE = { width: 390, height: 844 }
const LONG_NAME = 'Maximiliaan-Alexander Johannes Christiaan van den Oudenhoven'
/** The checklist with the most in it: the buddy comes, sensitive news, two parents, a colleague. */
const RICHEST_CHECKLIST: Walk = { ...ANOUK, parents: '2 ouders of verzorgers', others: '1' }
/** The card with the most in it: three colleagues, 90 minutes and a name as long as allowed. */
const RICHEST_CARD: Walk = { ...RICHEST_CHECKLIST, others: '3', minutes: '90', name: LONG_NAME }

async function checklist(page: Page, walk: Walk) {
  await walkWizard(page, walk)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
}

/** The card, after the teacher took the suggested length on the checklist when `suggestion` is set. */
async function card(page: Page, walk: Walk, suggestion?: string) {
  await checklist(page, walk)
  if (suggestion) await page.getByRole('radio', { name: `${suggestion} minuten: de suggestie` }).check()
  await page.getByRole('link', { name: 'Gesprekskaart' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Gesprekskaart/ })).toBeVisible()
}

const agenda = (page: Page) => page.getByRole('region', { name: 'Agenda' }).getByRole('listitem')
const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight)

test('the checklist links to the card, whose agenda adds up to the minutes planned on the checklist', async ({
  page,
}) => {
  await checklist(page, ANOUK)
  await expect(page.getByText('Suggestie: 45 minuten, 15 minuten extra, omdat de buddy meekomt.')).toBeVisible()
  await page.getByRole('radio', { name: '45 minuten: de suggestie' }).check()
  await expect(page.getByText(/^Plan 45 minuten\./)).toBeVisible()
  await page.getByRole('link', { name: 'Gesprekskaart' }).click()
  await expect(page).toHaveURL(/#\/p\/[^/]+\/card$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gesprekskaart')
  await expect(page).toHaveTitle('Gesprekskaart – Oudergesprek voorbereiden')
  await expect(agenda(page)).toHaveText([
    '15:30–15:35 Kort welkom · 5 min',
    '15:35–15:50 Het nieuws, eerst alleen met de ouder · 15 min',
    '15:50–15:55 De buddy komt erbij · 5 min',
    '15:55–16:00 Wat we op school doen voor Anouk · 5 min',
    '16:00–16:05 Vragen en zorgen · 5 min',
    '16:05–16:10 Afspraken maken · 5 min',
    '16:10–16:15 Samen terugkijken · 5 min',
  ])
  const minutes = (await agenda(page).allTextContents()).map((row) => Number(/· (\d+) min$/.exec(row)![1]))
  expect(minutes.reduce((a, b) => a + b, 0)).toBe(45)
  await expect(page.getByRole('region', { name: 'Zo kun je beginnen' })).toContainText(
    '‘We zijn hier allemaal om te zorgen dat het met Anouk goed gaat. U als ouder bent de belangrijkste, het gaat om uw kind.’',
  )
  await expect(page.getByRole('region', { name: 'Denk aan' }).getByRole('listitem')).toHaveCount(7)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Naar de checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
})

test('a note and a question for later written on the card survive a reload, and the question goes with the open questions into the after page and its PDF', async ({
  page,
}) => {
  await card(page, ANOUK)
  await page.getByRole('textbox', { name: 'Aantekeningen' }).fill('Moeder wil een vervolg in januari.')
  await page.getByRole('textbox', { name: 'Vraag voor later' }).fill('Kan Anouk extra leesles krijgen?')
  await page.getByRole('button', { name: 'Bewaar de vraag' }).click()
  await expect(
    page.getByRole('main').getByText('De vraag staat bij je vragen voor later: ‘Kan Anouk extra leesles krijgen?’'),
  ).toBeVisible()
  await expectNoAxeViolations(page)

  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Aantekeningen' })).toHaveValue('Moeder wil een vervolg in januari.')
  await expect(page.getByRole('heading', { name: 'Vragen voor later' })).toBeVisible()
  await expect(page.getByText('Kan Anouk extra leesles krijgen?')).toBeVisible()

  await page.getByRole('link', { name: 'Naar de checklist' }).click()
  await page.getByRole('button', { name: 'Het gesprek is geweest' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Na het gesprek' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Kan Anouk extra leesles krijgen?' })).not.toBeChecked()

  const downloaded = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download als PDF' }).click()
  const text = flat((await pdfText(readFileSync(await (await downloaded).path()))).text)
  expect(text).toContain('Vragen voor later')
  expect(text).toContain('Kan Anouk extra leesles krijgen?')
  expect(text).toContain('Aantekeningen tijdens het gesprek Moeder wil een vervolg in januari.')
})

test('the quiet timer shows the agenda row that is on now, and runs on after a reload', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-12T15:20:00+01:00') })
  await card(page, ANOUK, '45')
  await expect(page.getByRole('timer')).toHaveCount(0)
  await page.clock.pauseAt(new Date('2026-12-12T15:30:00+01:00'))
  await page.getByRole('button', { name: 'Start de timer' }).click()
  await page.clock.runFor('06:00')
  await expect(page.getByRole('timer')).toHaveText(
    'Nu: Het nieuws, eerst alleen met de ouder Nog 14 min voor dit onderdeel. Nog 39 min in totaal.',
  )
  await expect(agenda(page).and(page.locator('[aria-current="step"]'))).toHaveText(
    '15:35–15:50 Het nieuws, eerst alleen met de ouder · 15 min (nu)',
  )
  // axe needs the clock to run; the timer goes on meanwhile, and is stopped again a minute on.
  await page.clock.resume()
  await expectNoAxeViolations(page)
  await page.clock.pauseAt(new Date('2026-12-12T15:37:00+01:00'))

  await page.reload()
  await expect(page.getByRole('button', { name: 'Stop de timer' })).toBeVisible()
  await page.clock.runFor('34:00')
  await expect(page.getByRole('timer')).toContainText('Nu: Samen terugkijken Nog 4 min voor dit onderdeel.')
  await expect(agenda(page).and(page.locator('[aria-current="step"]'))).toHaveText(
    '16:10–16:15 Samen terugkijken · 5 min (nu)',
  )
  await page.clock.runFor('06:00')
  await expect(page.getByRole('timer')).toHaveText('De geplande tijd is om. Je bent 2 min over de tijd.')
  await page.getByRole('button', { name: 'Stop de timer' }).click()
  await expect(page.getByRole('timer')).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('button', { name: 'Start de timer' })).toBeVisible()
})

test('the card downloads as one A4 page with the name, the agenda and the opening sentences', async ({ page }) => {
  await card(page, { ...RICHEST_CARD, name: 'Ayşe Łukasiewicz' })
  const downloaded = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download de kaart als PDF' }).click()
  const file = await downloaded
  expect(file.suggestedFilename()).toBe('oudergesprek-gesprekskaart-ayse-lukasiewicz-2026-12-12.pdf')
  const { numPages, text } = await pdfText(readFileSync(await file.path()))
  expect(numPages).toBe(1)
  expect(text.split('\n')).toContain('Kind Ayşe Łukasiewicz')
  expect(flat(text)).toContain('1. 15:30–15:35 Voorstellen: wie is wie en waarom zijn we hier · 5 min')
  expect(flat(text)).toContain('3. 15:40–16:10 Het nieuws, eerst alleen met de ouders · 30 min')
  expect(flat(text)).toContain('in het belang van Ayşe Łukasiewicz…’ (uit de handreiking)')
  await expect(page.getByRole('status').filter({ hasText: 'De PDF is klaar' })).toHaveText(
    'De PDF is klaar: oudergesprek-gesprekskaart-ayse-lukasiewicz-2026-12-12.pdf',
  )
})

test('at phone size the richest card is at most three and a quarter screens tall, with who, the whole agenda and the first sentence on its first screen; the richest checklist is at most 8,000 px', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  await checklist(page, RICHEST_CHECKLIST)
  // Three items more than the sheet's (the news, a tolk before and during) and the choice of length.
  expect(await pageHeight(page)).toBeLessThanOrEqual(8000)
  await page.getByRole('link', { name: 'Begin een nieuwe voorbereiding' }).click()
  await card(page, RICHEST_CARD)
  await expect(agenda(page)).toHaveCount(8)
  // The openings now say whom each sentence is for and when; a quarter screen more than three.
  expect(await pageHeight(page)).toBeLessThanOrEqual(3.25 * PHONE.height)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  for (const [what, element] of [
    ['who', page.getByRole('definition').filter({ hasText: /^Jij, de ouders/ })],
    ['the start button', page.getByRole('button', { name: 'Start de timer' })],
    ['the last row', agenda(page).last()],
    ['the first sentence', page.getByRole('region', { name: 'Zo kun je beginnen' }).getByRole('listitem').first()],
  ] as const) {
    const box = (await element.boundingBox())!
    expect(box.y + box.height, `${what} on the first screen`).toBeLessThanOrEqual(PHONE.height)
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
  await expectNoAxeViolations(page)
})

test('printed from the card screen, the card is one A4 page', async ({ page }) => {
  await card(page, RICHEST_CARD)
  await page.getByRole('textbox', { name: 'Aantekeningen' }).fill('Moeder wil een vervolg in januari.')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Start de timer' })).toBeHidden()
  await expect(
    page.getByRole('region', { name: 'Aantekeningen' }).getByText('Moeder wil een vervolg in januari.'),
  ).toHaveCount(2)
  await expect(page.getByRole('textbox', { name: 'Aantekeningen' })).toBeHidden()
  await expect(page.getByRole('region', { name: 'Aantekeningen' }).getByRole('paragraph')).toHaveText(
    'Moeder wil een vervolg in januari.',
  )
  const printed = await page.pdf({ format: 'A4', preferCSSPageSize: true })
  const { numPages, text } = await pdfText(printed)
  expect(numPages).toBe(1)
  expect(flat(text)).toContain('Samen terugkijken · 5 min')
  expect(flat(text)).toContain('Moeder wil een vervolg in januari.')
  // On paper as in the PDF: how to begin before the agenda (on screen the agenda comes first).
  expect(flat(text).indexOf('Zo kun je beginnen')).toBeGreaterThan(flat(text).indexOf('Wie zijn erbij'))
  expect(flat(text).indexOf('Zo kun je beginnen')).toBeLessThan(flat(text).indexOf('Agenda'))
})

test('the printed checklist has no half-empty pages', async ({ page }) => {
  await checklist(page, RICHEST_CHECKLIST)
  const printed = await page.pdf({ format: 'A4', preferCSSPageSize: true })
  const filled = await filledShare(printed)
  expect(filled.length).toBeGreaterThan(2)
  // Every page but the last is written down to its last fifth (the bottom margin is about a twentieth).
  for (const [index, share] of filled.slice(0, -1).entries()) expect(share, `page ${index + 1}`).toBeGreaterThan(0.8)
})

/** For each page, how far down its text reaches, as a share of the page's height. */
async function filledShare(bytes: Uint8Array): Promise<number[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise
  const shares: number[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const height = page.view[3]!
    const { items } = await page.getTextContent()
    const lowest = Math.min(
      ...items.flatMap((item) => ('transform' in item && item.str.trim() ? [item.transform[5] as number] : [])),
    )
    shares.push(1 - lowest / height)
  }
  return shares
}
