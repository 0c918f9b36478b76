import { own, type Preparation } from '../model'
import type { SavedState } from './persistence'

/**
 * Texts the teacher types at length, each by a key: an item's note, the card's notes, and the
 * after page's texts. Two tabs typing in the same one at the same moment must lose neither text.
 */
type Place = { get: (p: Preparation) => string | undefined; set: (p: Preparation, text: string) => Preparation }

const EVALUATION_TEXTS = ['parent', 'buddy', 'teacher', 'discussed', 'agreements'] as const

function placesOf(preparations: Preparation[]): Map<string, Place> {
  const places = new Map<string, Place>()
  for (const p of preparations)
    for (const item of Object.keys(p.notes))
      places.set(`note:${item}`, {
        get: (q) => own(q.notes, item),
        set: (q, text) => ({ ...q, notes: { ...q.notes, [item]: text } }),
      })
  places.set('card', { get: (q) => q.card.notes, set: (q, text) => ({ ...q, card: { ...q.card, notes: text } }) })
  for (const field of EVALUATION_TEXTS)
    places.set(`evaluation:${field}`, {
      get: (q) => q.evaluation[field],
      set: (q, text) => ({ ...q, evaluation: { ...q.evaluation, [field]: text } }),
    })
  return places
}

/**
 * Where this tab and another tab both changed the same text since they last agreed (`ancestor`),
 * each to something else, the change that keeps this tab's text with the other tab's text after
 * it, under `mark`. Null when there is no such text.
 */
export function keepBothTexts(
  ancestor: SavedState,
  mine: SavedState,
  theirs: SavedState,
  mark: string,
): ((state: SavedState) => SavedState) | null {
  const merged: { id: string; place: Place; text: string; mine: string }[] = []
  for (const [id, my] of Object.entries(mine.preparations)) {
    const before = own(ancestor.preparations, id)
    const other = own(theirs.preparations, id)
    if (!before || !other) continue
    for (const place of placesOf([before, my, other]).values()) {
      const [a, m, t] = [place.get(before) ?? '', place.get(my) ?? '', place.get(other) ?? '']
      // Both changed it, each to something else; an emptied text gives way to the other's words.
      if (m === a || t === a || m === t || t.trim() === '' || m.includes(t)) continue
      merged.push({ id, place, text: m.trim() === '' ? t : `${m}\n\n${mark}\n${t}`, mine: m })
    }
  }
  if (merged.length === 0) return null
  return (state) => {
    let preparations = state.preparations
    for (const { id, place, text, mine: typed } of merged) {
      const p = own(preparations, id)
      // Only where this tab's text still stands: a later change of its own wins as usual.
      if (p && place.get(p) === typed) preparations = { ...preparations, [id]: place.set(p, text) }
    }
    return preparations === state.preparations ? state : { ...state, preparations }
  }
}
