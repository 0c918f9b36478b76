import { test, expect } from './fixtures'

/** A conversation on Thursday 3 December 2026 at 14:15: a buddy comes, so 30 + 15 minutes are planned. */
const SAVED = JSON.stringify({
  version: 5,
  state: {
    settings: { locale: 'nl', dutchScripts: false },
    lastUsedId: null,
    writes: [],
    preparations: {
      noor: {
        id: 'noor',
        createdAt: '2026-11-20T09:00:00.000Z',
        updatedAt: '2026-11-20T09:00:00.000Z',
        answers: {
          buddy: 'attending',
          sensitiveNews: false,
          expectedMinutes: 30,
          parentsAttending: 1,
          otherAttendees: 0,
          others: [],
          childName: 'Noor',
          address: 'u',
          meetingAt: '2026-12-03T14:15',
        },
        ticks: {},
        notes: {},
        questions: [],
        evaluation: {},
        followUp: {},
        held: false,
        finished: false,
        card: {},
      },
    },
  },
})

test('five minutes into the conversation it is not over: Open goes to the card; after 45 minutes, to the after page', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-03T14:20:00+01:00') })
  await page.addInitScript((data) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('oudergesprek', data)
      sessionStorage.setItem('seeded', '1')
    }
  }, SAVED)
  await page.goto('/')
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Noor' }) })
  await expect(card).toContainText('Vandaag')
  await expect(card).not.toContainText('Gesprek geweest')
  await card.getByRole('button', { name: 'Open de voorbereiding voor Noor' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Gesprekskaart' })).toBeVisible()

  await page.clock.setFixedTime(new Date('2026-12-03T14:59:00+01:00'))
  await page.goto('/#/')
  await expect(card).toContainText('Vandaag')

  await page.clock.setFixedTime(new Date('2026-12-03T15:00:00+01:00'))
  await page.reload()
  await expect(card).toContainText('Gesprek geweest')
  await card.getByRole('button', { name: 'Na het gesprek over Noor', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Na het gesprek' })).toBeVisible()
})
