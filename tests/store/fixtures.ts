import type { Preparation } from '../../src/model'
import { answers } from '../rules/sample'
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/store/persistence'
import { Saver } from '../../src/store/saver'

/** A whole preparation as saved, with something in every part; tests override what they are about. */
export function preparation(id: string, overrides: Partial<Preparation> = {}): Preparation {
  return {
    id,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    answers: answers({ childName: `Kind ${id}` }),
    ticks: { 'during.small-talk': true },
    notes: { 'during.small-talk': `Notitie van ${id}` },
    questions: [{ id: 'q1', text: 'Extra leesmoment?', done: false }],
    evaluation: { rating: 'good', agreements: 'Over zes weken weer' },
    followUp: { at: '2026-12-19T14:30', minutes: 30, withBuddy: false },
    card: {
      notes: `Aantekening van ${id}`,
      timerStartedAt: '2026-12-12T14:30:00.000Z',
      keyNote: 'during.small-talk',
    },
    texts: { invitation: { text: `Beste ouder van ${id}, tot zaterdag!`, basedOn: `Beste ouder van ${id},` } },
    held: false,
    finished: false,
    ...overrides,
  }
}

/** The text the current version writes for these preparations. */
export function saved(preparations: Preparation[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: STORAGE_VERSION,
    state: {
      preparations: Object.fromEntries(preparations.map((p) => [p.id, p])),
      settings: { locale: 'nl' },
      lastUsedId: null,
      ...extra,
    },
  })
}

export const mainKey = STORAGE_KEY

/** A tab of the app that has just opened on this storage, with this clock. */
export function tab(storage: Storage, now = () => '2026-11-29T12:00:00.000Z') {
  const saver = new Saver(() => storage, now)
  saver.load()
  return saver
}
