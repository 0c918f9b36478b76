import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect, expectNoAxeViolations, walkWizard, ANOUK } from './fixtures'
import { flat, pdfText } from '../pdf/pdf-text'
import type { Answers } from '../../src/rules'

const ANSWERS: Answers = {
  buddy: 'attending',
  sensitiveNews: false,
  expectedMinutes: 30,
  parentsAttending: 1,
  otherAttendees: 1,
  others: [{ role: 'ib', name: 'mevrouw Jansen' }],
  childName: 'Anouk',
  address: 'u',
  meetingAt: '2027-03-10T14:15',
  purpose: 'hoe het gaat met lezen',
}

/** Opens the checklist of one saved preparation, with the teacher's name and school in the settings. */
async function openChecklist(page: Page, answers: Answers, extra: Record<string, unknown> = {}) {
  const preparation = {
    id: 'p1',
    createdAt: '2027-03-01T09:00:00.000Z',
    updatedAt: '2027-03-01T09:00:00.000Z',
    answers,
    ticks: { 'during.small-talk': true },
    notes: { 'during.small-talk': 'Vader is ziek' },
    questions: [],
    evaluation: { rating: 'difficult', teacher: 'Ik was gehaast' },
    followUp: {},
    held: false,
    finished: false,
    ...extra,
  }
  const saved = {
    version: 4,
    state: {
      preparations: { p1: preparation },
      settings: { locale: 'nl', dutchScripts: false, teacherName: 'Sanne de Vries', schoolName: 'De Regenboog' },
      lastUsedId: null,
      writes: [],
    },
  }
  await page.addInitScript((data) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('oudergesprek', data)
      sessionStorage.setItem('seeded', '1')
    }
  }, JSON.stringify(saved))
  await page.goto('/#/p/p1/checklist')
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
}

async function download(page: Page) {
  const downloaded = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download als PDF' }).click()
  const file = await downloaded
  return { name: file.suggestedFilename(), text: flat((await pdfText(readFileSync(await file.path()))).text) }
}

test('the version for the parent holds the date and purpose and nothing of the teacher’s own; the colleague’s is named so', async ({
  page,
}) => {
  await openChecklist(page, ANSWERS)
  // Every item of the checklist on screen: its title (the box's label) and its text (the box's description).
  const items = await page
    .locator('main ul.items > li input[type=checkbox]')
    .evaluateAll((boxes) =>
      boxes.map((box) => [
        (box as HTMLInputElement).labels![0]!.textContent!,
        document.getElementById(box.getAttribute('aria-describedby')!)!.textContent!,
      ]),
    )
  expect(items.length).toBeGreaterThan(15)
  await page.getByRole('radio', { name: 'Voor de ouder' }).check()
  const parent = await download(page)
  expect(parent.name).toBe('oudergesprek-voor-ouder-anouk-2027-03-10.pdf')
  await expect(
    page.getByRole('main').getByText('De PDF is klaar: oudergesprek-voor-ouder-anouk-2027-03-10.pdf'),
  ).toBeVisible()
  expect(parent.text).toContain('Wanneer? Woensdag 10 maart om 14.15 uur')
  expect(parent.text).toContain('Waar gaat het over? Hoe het gaat met lezen')
  expect(parent.text).toContain('de intern begeleider (mevrouw Jansen)')
  for (const [title, text] of items) {
    expect(parent.text).not.toContain(title)
    expect(parent.text).not.toContain(text)
  }
  for (const never of ['gevoelig', 'Gevoelig', 'Wat je kunt zeggen', 'Vader is ziek', 'Moeizaam', 'Ik was gehaast'])
    expect(parent.text).not.toContain(never)

  await page.getByRole('radio', { name: /^Voor een collega/ }).check()
  await expect(page.getByRole('checkbox', { name: /Met mijn notities/ })).not.toBeChecked()
  await expectNoAxeViolations(page)
  const colleague = await download(page)
  expect(colleague.name).toBe('oudergesprek-collega-anouk-2027-03-10.pdf')
  expect(colleague.text).toContain('Voor een collega, niet voor de ouder.')
  expect(colleague.text).not.toContain('Vader is ziek')
  expect(colleague.text).not.toContain('Moeizaam')
})

test('the invitation to two parents opens with a plural salutation, is signed by the teacher, and never says buddy without one', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openChecklist(page, { ...ANSWERS, buddy: 'none', parentsAttending: 2, address: 'je' })
  await page.getByText('Uitnodiging voor de ouders').click()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Kopieer de uitnodiging' }).click()
  await expect(page.getByRole('main').getByText('De uitnodiging staat klaar om te plakken.')).toBeVisible()
  const invitation = await page.evaluate(() => navigator.clipboard.readText())
  expect(invitation).toMatch(/^Beste ouders,\n\nIk wil graag met jullie praten over Anouk\.\n/)
  expect(invitation).toContain('\nWaarover: hoe het gaat met lezen\n')
  expect(invitation).toContain('\nWanneer: woensdag 10 maart om 14.15 uur\n')
  expect(invitation).toContain(
    'Bij het gesprek is ook de intern begeleider (mevrouw Jansen). De intern begeleider denkt mee over hoe kinderen op school het best leren.',
  )
  expect(invitation).toMatch(/\n\nHartelijke groet,\nSanne de Vries\nDe Regenboog$/)
  expect(invitation).not.toMatch(/buddy/i)
})

/**
 * A sensitive conversation with a buddy who comes, walked as a teacher does it: the settings say
 * how parents reach the teacher, the subject page asks a general subject for the parent. What the
 * family gets never holds the teacher's own subject, is never addressed to the buddy, and says
 * the first part is with the parent alone. Without sensitive news the subject is there.
 */
for (const sensitive of [true, false])
  test(`what the family receives ${sensitive ? 'with sensitive news and a buddy who comes: no subject of the teacher’s own, the first part alone' : 'without sensitive news: the subject'}, and how to reach the teacher`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/#/settings')
    await page.getByRole('textbox', { name: 'Jouw naam (niet verplicht)' }).fill('juf Sanne')
    await page.getByRole('textbox', { name: 'Telefoonnummer (niet verplicht)' }).fill('06-12345678')
    await page.getByRole('textbox', { name: 'Op een andere manier (niet verplicht)' }).fill('de Parro-app')
    await expect(page.getByRole('main').getByText('Bewaard')).toBeVisible()
    await walkWizard(page, {
      ...ANOUK,
      sensitive: sensitive ? 'Ja' : 'Nee',
      purpose: 'mogelijke dyslexie',
      ...(sensitive ? { parentSubject: 'hoe het gaat met lezen' } : {}),
    })
    await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()

    await page.getByText('Uitnodiging voor de ouder').click()
    await page.getByRole('button', { name: 'Kopieer de uitnodiging' }).click()
    const invitation = await page.evaluate(() => navigator.clipboard.readText())
    await page.getByRole('radio', { name: 'Voor de ouder' }).check()
    const pdf = await download(page)
    // 30 minutes from 15:30: the buddy's row starts at 15:41, said to the nearest five minutes.
    const alone = 'alleen met u. Om ongeveer 15.40 uur kan uw buddy erbij komen.'
    for (const text of [invitation, pdf.text]) {
      expect(text).toContain('Past deze tijd niet, of hebt u een vraag?')
      expect(text).not.toMatch(/ouderbuddy,|buddy,\n|^Beste buddy/)
      if (sensitive) {
        expect(text).not.toContain('dyslexie')
        expect(text).toMatch(/[hH]oe het gaat met lezen/)
        expect(text).toContain(alone)
        expect(text).not.toContain('bespreek ze met uw buddy')
      } else {
        expect(text).toMatch(/[mM]ogelijke dyslexie/)
        expect(text).not.toContain(alone)
      }
    }
    expect(invitation).toMatch(/^Beste ouder,\n/)
    if (sensitive) expect(invitation).toContain(`Eerst praat ik ${alone}`)
    if (sensitive) expect(pdf.text).toContain(`Eerst praat juf Sanne ${alone}`)
    expect(invitation).toContain('Laat het me dan weten via 06-12345678 of de Parro-app.')
    expect(pdf.text).toContain('Gesprek over Anouk Voor de ouder ')
    expect(pdf.text).toContain('Laat het juf Sanne dan weten via 06-12345678 of de Parro-app.')
    expect(pdf.text).not.toContain('Afke Persoon')
  })
