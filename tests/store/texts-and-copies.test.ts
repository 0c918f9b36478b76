import { describe, expect, test } from 'vitest'
import { keepBothTexts } from '../../src/store/both-texts'
import { fingerprint, listSetAside, setAside, SET_ASIDE_PREFIX } from '../../src/store/set-aside'
import { emptyState, type SavedState } from '../../src/store/persistence'
import type { Preparation } from '../../src/model'
import { MemoryStorage } from './memory-storage'
import { preparation } from './fixtures'

/*
 * Two tabs typing in the same text at once keep both texts; data that cannot be used is copied
 * aside, once, and listed newest first for the teacher to download.
 */

const NOW = '2026-11-29T12:00:00.000Z'
const MARK = '--- andere tab ---'
const base = preparation('a', {
  notes: { 'during.close': 'Begin' },
  card: { notes: 'Kaart' },
  evaluation: { agreements: 'Afspraak' },
})
const state = (...preparations: Preparation[]): SavedState => ({
  ...emptyState(),
  preparations: Object.fromEntries(preparations.map((p) => [p.id, p])),
})
const withNote = (text: string, p = base) => ({ ...p, notes: { ...p.notes, 'during.close': text } })
/**
 * This tab's and the other tab's version of `a`, both made from `base`, merged as this tab writes:
 * its own changes replayed on the other tab's data, then the change that keeps both texts.
 */
function merged(mine: Preparation, theirs: Preparation) {
  const change = keepBothTexts(state(base), state(mine), state(theirs), MARK)
  return change && change(state(mine, preparation('b'))).preparations.a
}

describe('two tabs typing in the same text at once', () => {
  test("both texts are kept, this tab's first, the other's under the line", () => {
    expect(merged(withNote('Mijn tekst'), withNote('Hun tekst'))?.notes['during.close']).toBe(
      `Mijn tekst\n\n${MARK}\nHun tekst`,
    )
  })

  test('in the card notes and in each text after the conversation, too', () => {
    const mine = { ...base, card: { notes: 'Mijn kaart' }, evaluation: { agreements: 'Mijn afspraak', parent: 'Blij' } }
    const theirs = {
      ...base,
      card: { notes: 'Hun kaart' },
      evaluation: { agreements: 'Hun afspraak', parent: 'Tevreden' },
    }
    expect(merged(mine, theirs)).toMatchObject({
      card: { notes: `Mijn kaart\n\n${MARK}\nHun kaart` },
      evaluation: { agreements: `Mijn afspraak\n\n${MARK}\nHun afspraak`, parent: `Blij\n\n${MARK}\nTevreden` },
    })
    for (const field of ['buddy', 'teacher', 'discussed'] as const)
      expect(
        merged({ ...base, evaluation: { [field]: 'Mijn' } }, { ...base, evaluation: { [field]: 'Hun' } })?.evaluation[
          field
        ],
      ).toBe(`Mijn\n\n${MARK}\nHun`)
  })

  test('a note only one tab has so far is kept from either side', () => {
    const mine = { ...base, notes: { ...base.notes, 'during.agenda': 'Mijn nieuwe' } }
    const theirs = { ...base, notes: { ...base.notes, 'during.agenda': 'Hun nieuwe' } }
    expect(merged(mine, theirs)?.notes['during.agenda']).toBe(`Mijn nieuwe\n\n${MARK}\nHun nieuwe`)
  })

  test("an emptied text gives way to the other's words; a text that already holds theirs is left", () => {
    expect(merged(withNote(''), withNote('Hun tekst'))?.notes['during.close']).toBe('Hun tekst')
    expect(merged(withNote('  '), withNote('Hun tekst'))?.notes['during.close']).toBe('Hun tekst')
    expect(keepBothTexts(state(base), state(withNote('Mijn tekst')), state(withNote(' ')), MARK)).toBeNull()
    const both = `Mijn tekst\n\n${MARK}\nHun tekst`
    expect(keepBothTexts(state(base), state(withNote(both)), state(withNote('Hun tekst')), MARK)).toBeNull()
  })

  test('nothing to keep twice: changed in one tab only, the same in both, or a preparation one side lacks', () => {
    const keep = (mine: Preparation, theirs: Preparation, ancestor = state(base)) =>
      keepBothTexts(ancestor, state(mine), state(theirs), MARK)
    expect(keep(withNote('Mijn tekst'), base)).toBeNull()
    expect(keep(base, withNote('Hun tekst'))).toBeNull()
    expect(keep(withNote('Zelfde'), withNote('Zelfde'))).toBeNull()
    expect(keep(withNote('Mijn tekst'), withNote('Hun tekst'), state())).toBeNull()
    expect(keepBothTexts(state(base), state(withNote('Mijn tekst')), state(), MARK)).toBeNull()
  })

  test("a later change of this tab's own text wins as usual; then the state stays as it was", () => {
    const change = keepBothTexts(state(base), state(withNote('Mijn tekst')), state(withNote('Hun tekst')), MARK)!
    const later = state(withNote('Nog later'))
    expect(change(later)).toBe(later)
    const gone = state()
    expect(change(gone)).toBe(gone)
  })
})

describe('data copied aside', () => {
  test('once: the same data found again keeps its first copy; other data gets a copy of its own', () => {
    const storage = new MemoryStorage()
    const key = setAside(storage, 'kapot', 'unreadable', NOW)
    expect(key).toBe(`${SET_ASIDE_PREFIX}${fingerprint('kapot')}`)
    expect(setAside(storage, 'kapot', 'unusable', '2026-12-01T00:00:00.000Z')).toBe(key)
    expect(setAside(storage, 'anders', 'unusable', NOW)).not.toBe(key)
    expect(listSetAside(storage)).toHaveLength(2)
    expect(JSON.parse(storage.getItem(key)!)).toEqual({
      format: 'oudergesprek-set-aside',
      reason: 'unreadable',
      at: NOW,
      data: 'kapot',
    })
  })

  test('under a numbered key when another text already has its key', () => {
    const storage = new MemoryStorage()
    const key = `${SET_ASIDE_PREFIX}${fingerprint('kapot')}`
    storage.setItem(key, 'iets anders')
    storage.setItem(
      `${key}-2`,
      JSON.stringify({ format: 'oudergesprek-set-aside', reason: 'unusable', at: NOW, data: 'ook anders' }),
    )
    expect(setAside(storage, 'kapot', 'unreadable', NOW)).toBe(`${key}-3`)
    expect(setAside(storage, 'kapot', 'unreadable', NOW)).toBe(`${key}-3`)
  })

  test('listed newest first, with copies of the first versions by the date in their key, and no other data', () => {
    const storage = new MemoryStorage()
    setAside(storage, 'oud', 'unusable', '2026-10-01T09:00:00.000Z')
    setAside(storage, 'nieuw', 'repaired', '2026-11-20T09:00:00.000Z')
    storage.setItem(`${SET_ASIDE_PREFIX}2026-11-01T08:00:00.000Z`, '{"eerste":"versie"}')
    storage.setItem(`${SET_ASIDE_PREFIX}zonder-datum`, 'x')
    storage.setItem('oudergesprek:state', 'niet apart gezet')
    expect(listSetAside(storage).map(({ reason, at, data }) => [reason, at, data])).toEqual([
      ['repaired', '2026-11-20T09:00:00.000Z', 'nieuw'],
      [null, '2026-11-01T08:00:00.000Z', '{"eerste":"versie"}'],
      ['unusable', '2026-10-01T09:00:00.000Z', 'oud'],
      [null, null, 'x'],
    ])
  })

  test('copies made at the same moment are listed by key, so the list does not jump', () => {
    const storage = new MemoryStorage()
    for (const text of ['c', 'a', 'b']) setAside(storage, text, 'unusable', NOW)
    const keys = listSetAside(storage).map((entry) => entry.key)
    expect(keys).toEqual([...keys].sort())
  })
})
