import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'
import { test, expect, walkWizard, ANOUK, expectNoAxeViolations, type Walk, writeNote, dayFromNow } from './fixtures'
import { flat, pdfText } from '../pdf/pdf-text'
import type { Download, Page } from '@playwright/test'

const SEM: Walk = { ...ANOUK, buddy: 'Nee, er is geen buddy', name: 'Sem', date: dayFromNow(1), time: '10:00' }

async function prepare(page: Page, walk: Walk) {
  await walkWizard(page, walk)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
}

test('two preparations keep their own answers, ticks and notes after a reload', async ({ page }) => {
  await prepare(page, ANOUK)
  await page.getByRole('checkbox', { name: 'Laat weten dat de buddy welkom is' }).check()
  await writeNote(page, 'Begin met een praatje', 'Over de verhuizing')
  await page.getByRole('link', { name: 'Begin een nieuwe voorbereiding' }).click()
  await prepare(page, SEM)
  await page.getByRole('checkbox', { name: 'Begin met een praatje' }).check()
  await writeNote(page, 'Begin met een praatje', 'Over voetbal')

  await page.reload()
  await page.getByRole('link', { name: 'Alle voorbereidingen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw voorbereidingen' })).toBeVisible()
  await expectNoAxeViolations(page)
  await expect(page.getByRole('listitem').getByRole('heading', { level: 3 })).toHaveText(['Anouk', 'Sem'])

  await page.getByRole('button', { name: 'Open de voorbereiding voor Anouk' }).click()
  await expect(page.getByText('Voor het gesprek over Anouk')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Laat weten dat de buddy welkom is' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Begin met een praatje' })).not.toBeChecked()
  await expect(page.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' })).toHaveValue(
    'Over de verhuizing',
  )

  await page.getByRole('link', { name: 'Alle voorbereidingen' }).click()
  await page.getByRole('button', { name: 'Open de voorbereiding voor Sem' }).click()
  await expect(page.getByText('Voor het gesprek over Sem')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /buddy/ })).toHaveCount(0)
  await expect(page.getByRole('checkbox', { name: 'Begin met een praatje' })).toBeChecked()
  await expect(page.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' })).toHaveValue('Over voetbal')
})

test('a follow-up remembers the open question, the agreements and the date; the list shows the series; undo brings a deleted one back', async ({
  page,
}) => {
  await prepare(page, ANOUK)
  await page.getByRole('checkbox', { name: 'Laat weten dat de buddy welkom is' }).check()
  await page.getByRole('textbox', { name: 'Nieuwe vraag' }).fill('Kan er een extra leesmoment komen?')
  await page.getByRole('button', { name: 'Vraag toevoegen' }).click()
  await page.getByRole('button', { name: 'Het gesprek is geweest' }).click()
  await page.getByRole('textbox', { name: 'Wat is er afgesproken?' }).fill('Anouk leest elke dag voor.')
  await page.getByRole('textbox', { name: 'Datum' }).fill(dayFromNow(19))
  await page.getByRole('textbox', { name: 'Tijd' }).fill('14:30')
  // Saved as it is typed: no button to press, and there after a reload.
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Datum' })).toHaveValue(dayFromNow(19))
  await expect(page.getByText('Het vervolggesprek staat gepland op zaterdag 19 december 2026 om 14:30.')).toBeVisible()
  await page.getByRole('link', { name: 'Alle voorbereidingen' }).click()

  await page.getByRole('button', { name: 'Vervolggesprek voorbereiden na het gesprek over Anouk' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' })).toBeVisible()
  await expect(page.getByText('zaterdag 19 december 2026 om 14:30')).toBeVisible()
  await page.getByRole('link', { name: 'Wijzig of er een ouderbuddy meekomt' }).click()
  await page.getByRole('radio', { name: 'Ja, de buddy komt mee' }).check()
  await page.getByRole('button', { name: 'Doorgaan' }).click()
  await page.getByRole('link', { name: 'Wijzig of je gevoelig nieuws gaat vertellen' }).click()
  await page.getByRole('radio', { name: 'Nee', exact: true }).check()
  await page.getByRole('button', { name: 'Doorgaan' }).click()
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await expect(page.getByRole('region', { name: 'Van het vorige gesprek' })).toContainText('Anouk leest elke dag voor.')
  await expect(page.getByRole('checkbox', { name: 'Kan er een extra leesmoment komen?' })).not.toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Laat weten dat de buddy welkom is' })).not.toBeChecked()

  await page.getByRole('link', { name: 'Alle voorbereidingen' }).click()
  const series = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Anouk' }) })
  await expect(series.getByRole('heading', { level: 4 })).toHaveText(['Eerste gesprek', 'Vervolggesprek 1'])
  await series.getByRole('button', { name: 'Verwijder de voorbereiding voor Anouk (Eerste gesprek)' }).click()
  await series.getByRole('button', { name: 'Ja, verwijderen' }).click()
  await expect(page.getByRole('listitem').getByRole('heading', { level: 4 })).toHaveCount(0)
  await page.getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(series.getByRole('heading', { level: 4 })).toHaveText(['Eerste gesprek', 'Vervolggesprek 1'])
  await series.getByRole('button', { name: 'Na het gesprek over Anouk (Eerste gesprek)', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Na het gesprek' })).toBeVisible()
})

/** The one event in a downloaded calendar file, read with the zone the file describes. */
async function calendarEvent(download: Promise<Download>) {
  const text = readFileSync(await (await download).path(), 'utf8')
  const calendar = new ICAL.Component(ICAL.parse(text))
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!)
  return { text, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) }
}

test('after a difficult conversation: highlight, open questions in the PDF, both conversations in the calendar', async ({
  page,
}) => {
  await prepare(page, { ...ANOUK, room: 'lokaal 12' })
  const plan = page.getByRole('region', { name: 'Jouw plan' })
  const first = page.waitForEvent('download')
  await plan.getByRole('button', { name: 'Zet in je agenda' }).click()
  expect((await first).suggestedFilename()).toBe('oudergesprek-2026-12-12.ics')
  const conversation = await calendarEvent(first)
  expect(conversation.text).toContain('\r\nDTSTART;TZID=Europe/Amsterdam:20261212T153000\r\n')
  expect(conversation.text).toContain('\r\nLOCATION:lokaal 12\r\n')
  expect(conversation.event.startDate.toJSDate().toISOString()).toBe('2026-12-12T14:30:00.000Z')
  expect(conversation.event.summary).toBe('Oudergesprek over A. (met ouderbuddy)')
  await expect(plan.getByText('Het agendabestand is gedownload: oudergesprek-2026-12-12.ics')).toBeVisible()

  await page.getByRole('textbox', { name: 'Nieuwe vraag' }).fill('Kan Anouk extra leesles krijgen?')
  await page.getByRole('button', { name: 'Vraag toevoegen' }).click()
  await page.getByRole('button', { name: 'Het gesprek is geweest' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Na het gesprek' })).toBeVisible()

  await page.getByRole('radio', { name: 'Moeizaam' }).check()
  const talkLater = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: 'Ging het niet zo prettig? Praat er later over' }) })
  await expect(talkLater).toContainText('Let op: het gesprek ging moeizaam.')
  await page.getByRole('textbox', { name: 'Hoe heeft de buddy het gesprek ervaren?' }).fill('De buddy was tevreden')
  await page.getByRole('textbox', { name: 'Nieuwe vraag' }).fill('Wanneer is de volgende toets?')
  await page.getByRole('button', { name: 'Vraag toevoegen' }).click()

  await page.reload()
  await expect(page.getByRole('checkbox', { name: 'Kan Anouk extra leesles krijgen?' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: 'Wanneer is de volgende toets?' })).toBeVisible()
  await expectNoAxeViolations(page)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download als PDF' }).click()
  const pdf = flat((await pdfText(readFileSync(await (await download).path()))).text)
  expect(pdf).toContain('Vragen voor later')
  expect(pdf).toContain('Kan Anouk extra leesles krijgen?')
  expect(pdf).toContain('Wanneer is de volgende toets?')
  expect(pdf).toContain('Moeizaam')

  await page.getByRole('textbox', { name: 'Datum' }).fill(dayFromNow(19))
  await page.getByRole('textbox', { name: 'Tijd' }).fill('14:30')
  await page.getByRole('checkbox', { name: 'De buddy komt ook' }).check()
  const ics = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Zet in je agenda' }).click()
  const { text, event } = await calendarEvent(ics)
  // On the school's clock: 14:30 in Amsterdam in December is 13:30 UTC.
  expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-19T13:30:00.000Z')
  expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-19T14:00:00.000Z')
  expect(event.summary).toBe('Vervolggesprek over A. (met ouderbuddy)')
  // The follow-up is in the room of the first conversation, as its invitation says.
  expect(event.location).toBe('lokaal 12')
  expect(event.uid).not.toBe(conversation.event.uid)
  expect(text).not.toContain('tevreden')
})

test('no buddy came: no buddy evaluation; the invitation and report copy in one click', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await prepare(page, { ...SEM, address: 'Met ‘je’' })
  await page.getByText('Uitnodiging voor de ouder').click()
  await page.getByRole('button', { name: 'Kopieer de uitnodiging' }).click()
  await expect(page.getByRole('main').getByText('De uitnodiging staat klaar om te plakken.')).toBeVisible()
  const invitation = await page.evaluate(() => navigator.clipboard.readText())
  expect(invitation).toContain('Ik wil graag met je praten over Sem.')
  expect(invitation).toContain('\nWanneer: dinsdag 1 december om 10.00 uur\n')
  expect(invitation).not.toMatch(/buddy/i)

  await page.getByRole('button', { name: 'Het gesprek is geweest' }).click()
  await expect(page.getByRole('textbox', { name: 'Hoe heeft de ouder het gesprek ervaren?' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Hoe heeft de buddy het gesprek ervaren?' })).toHaveCount(0)
  await page.getByRole('textbox', { name: 'Wat is er afgesproken?' }).fill('Over een maand weer praten.')
  await page.getByRole('button', { name: 'Kopieer als gespreksverslag' }).click()
  const report = await page.evaluate(() => navigator.clipboard.readText())
  expect(report).toContain('Over een maand weer praten.')
  expect(report).not.toMatch(/buddy/i)
})

test('a note written on the card is offered on the after page and, taken over, is in the copied report; the experiences and the checklist notes never are', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await prepare(page, ANOUK)
  await writeNote(page, 'Begin met een praatje', 'Privé: vader is ziek')
  await page.getByRole('link', { name: 'Gesprekskaart' }).click()
  await page.getByRole('textbox', { name: 'Aantekeningen' }).fill('Moeder wil een vervolg in januari.')
  await page.getByRole('link', { name: 'Naar de checklist' }).click()
  await page.getByRole('button', { name: 'Het gesprek is geweest' }).click()

  const cardNotes = page.getByRole('region', { name: 'Je aantekeningen op de gesprekskaart' })
  await expect(cardNotes).toContainText('Moeder wil een vervolg in januari.')
  await page.getByRole('textbox', { name: 'Hoe heeft de ouder het gesprek ervaren?' }).fill('Moeder was boos')
  await page.getByRole('textbox', { name: 'Hoe heb jij het gesprek ervaren?' }).fill('Ik was gehaast')
  await page.getByRole('radio', { name: 'Moeizaam' }).check()
  await cardNotes.getByRole('button', { name: 'Neem over in ‘Wat is er besproken?’' }).click()
  await expect(page.getByRole('textbox', { name: 'Wat is er besproken?' })).toBeFocused()
  await expect(page.getByRole('textbox', { name: 'Wat is er besproken?' })).toHaveValue(
    'Moeder wil een vervolg in januari.',
  )
  await expect(cardNotes).toContainText('Deze aantekeningen staan al bij ‘Wat is er besproken?’.')
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Kopieer als gespreksverslag' }).click()
  const report = await page.evaluate(() => navigator.clipboard.readText())
  expect(report).toContain('\nBesproken:\nMoeder wil een vervolg in januari.')
  for (const own of ['vader is ziek', 'Moeder was boos', 'Ik was gehaast', 'Moeizaam'])
    expect(report).not.toContain(own)
})
