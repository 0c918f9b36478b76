import type { Page } from '@playwright/test'
import type { Locale } from './a11y-wizard'
import { TEST_NOW } from '../now'

/**
 * Saved data for the accessibility suite, with fixed dates and a fixed clock, so that what a
 * screen says (a status, a date, "today") never depends on the day the tests run.
 */

/** Now: Monday 30 November 2026, 10:00 in Amsterdam, as in every browser test. */
export const NOW = TEST_NOW

export const NOOR = 'noor'
export const SEM = 'sem'
/** A preparation just started: nothing answered yet, so every question can show its errors. */
export const EMPTY = 'leeg'

/** A word longer than a phone is wide, as a teacher may type it: it must wrap, not push the page sideways. */
export const LONG_WORD = 'Leerlingvolgsysteemrapportagebespreking'

const blank = {
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  ticks: {},
  notes: {},
  questions: [],
  evaluation: {},
  followUp: {},
  card: {},
  held: false,
  finished: false,
}

const noorAnswers = {
  buddy: 'attending',
  sensitiveNews: true,
  expectedMinutes: 30,
  parentsAttending: 2,
  parentNames: 'Fatima en Youssef',
  otherAttendees: 1,
  others: [{ role: 'ib', name: 'Marieke' }],
  childName: 'Noor',
  address: 'u',
  purpose: 'De overgang naar groep 6',
  meetingAt: '2026-12-03T14:15',
  room: 'Lokaal 12',
}

const semAnswers = {
  buddy: 'none',
  sensitiveNews: false,
  expectedMinutes: 20,
  parentsAttending: 1,
  otherAttendees: 0,
  others: [],
  childName: 'Sem',
  address: 'je',
  meetingAt: '2026-11-16T10:00',
}

export const PREPARATIONS = {
  [NOOR]: {
    ...blank,
    id: NOOR,
    answers: noorAnswers,
    ticks: { 'before.ask-buddy-along': true },
    notes: { 'during.small-talk': 'Vragen naar de verhuizing' },
    questions: [{ id: 'q1', text: `${LONG_WORD}?`, done: false }],
  },
  // Held two weeks ago and it went badly; the follow-up is planned: a series of two.
  [SEM]: {
    ...blank,
    id: SEM,
    answers: semAnswers,
    held: true,
    evaluation: { rating: 'difficult', parent: 'Bezorgd over het rekenen', agreements: 'Over drie weken weer' },
    followUp: { at: '2026-12-07T10:00', minutes: 20, withBuddy: false },
  },
  'sem-vervolg': {
    ...blank,
    id: 'sem-vervolg',
    followsId: SEM,
    carriedAgreements: 'Over drie weken weer',
    answers: { ...semAnswers, meetingAt: '2026-12-07T10:00' },
  },
  [EMPTY]: { ...blank, id: EMPTY, answers: {} },
}

/** The saved data of this device, as the app writes it, with the teacher's language. */
export const savedData = (locale: Locale) =>
  JSON.stringify({
    version: 5,
    state: { preparations: PREPARATIONS, settings: { locale, dutchScripts: false }, lastUsedId: null, writes: [] },
  })

/** A backup from another device: one preparation new here, one newer than the copy here. */
export const BACKUP = JSON.stringify({
  format: 'oudergesprek-backup',
  version: 5,
  exportedAt: '2026-11-29T18:00:00.000Z',
  state: {
    preparations: {
      lotte: { ...blank, id: 'lotte', answers: { ...semAnswers, childName: 'Lotte', meetingAt: '2026-12-10T09:00' } },
      [NOOR]: { ...PREPARATIONS[NOOR], updatedAt: '2026-11-29T17:00:00.000Z', card: { notes: 'Uit de reservekopie.' } },
    },
  },
})

/**
 * Opens the app on this device at the fixed time: with the preparations above, with saved data
 * that cannot be read (`broken`), or with nothing (`fresh`). Seeded once per test: a reload keeps
 * what the test changed.
 */
export async function openDevice(page: Page, locale: Locale, data: 'preparations' | 'broken' | 'fresh') {
  await page.clock.install({ time: NOW })
  if (data === 'fresh') return
  const saved = data === 'broken' ? '{"version": 5, "state": {' : savedData(locale)
  await page.addInitScript((text) => {
    if (sessionStorage.getItem('seeded')) return
    localStorage.setItem('oudergesprek', text)
    sessionStorage.setItem('seeded', '1')
  }, saved)
}
