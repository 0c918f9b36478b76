import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import {
  ADDRESS_VALUES,
  BUDDY_VALUES,
  OTHER_ROLES,
  buildChecklist,
  checklistItemIds,
  guidance,
  LOCALES,
  PHASES,
  type Answers,
} from '../../src/rules'

const arbitraryAnswers: fc.Arbitrary<Answers> = fc.record(
  {
    buddy: fc.constantFrom(...BUDDY_VALUES),
    sensitiveNews: fc.boolean(),
    expectedMinutes: fc.integer({ min: 5, max: 240 }),
    parentsAttending: fc.constantFrom(1 as const, 2 as const),
    otherAttendees: fc.integer({ min: 0, max: 10 }),
    childName: fc.string({ maxLength: 60 }),
    address: fc.constantFrom(...ADDRESS_VALUES),
    chosenMinutes: fc.integer({ min: 5, max: 480 }),
    others: fc.array(fc.record({ role: fc.constantFrom(...OTHER_ROLES) }), { maxLength: 10 }),
  },
  { requiredKeys: ['buddy', 'sensitiveNews', 'expectedMinutes', 'parentsAttending', 'otherAttendees', 'address'] },
)
const locale = fc.constantFrom(...LOCALES)

const allText = (answers: Answers, l: (typeof LOCALES)[number]) =>
  buildChecklist(answers, { locale: l }).phases.flatMap((p) =>
    p.items.flatMap((i) => [i.id, i.title, i.text, ...i.scripts.map((s) => s.text), ...i.reasons]),
  )

describe('buildChecklist, for any answers', () => {
  test('has the items, in order, that checklistItemIds names without making their texts', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (a) => {
        const ids = buildChecklist(a).phases.flatMap((p) => p.items.map((i) => i.id))
        expect(checklistItemIds(a)).toEqual(ids)
      }),
    )
  })

  test('gives the three phases in order', () => {
    fc.assert(
      fc.property(arbitraryAnswers, locale, (a, l) => {
        expect(buildChecklist(a, { locale: l }).phases.map((p) => p.phase)).toEqual([...PHASES])
      }),
    )
  })

  test('never repeats an item and keeps each in its own phase', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (a) => {
        const checklist = buildChecklist(a)
        const ids = checklist.phases.flatMap((p) => p.items.map((i) => i.id))
        expect(new Set(ids).size).toBe(ids.length)
        for (const phase of checklist.phases)
          for (const item of phase.items) expect(item.id.startsWith(`${phase.phase}.`)).toBe(true)
      }),
    )
  })

  test('leaves no placeholder, undefined, null or empty text', () => {
    fc.assert(
      fc.property(arbitraryAnswers, locale, (a, l) => {
        // The child's name is the teacher's own text; look for placeholders around it.
        const name = a.childName?.trim() ?? ''
        for (const text of allText(a, l)) {
          expect(text.trim()).not.toBe('')
          const outside = name ? text.split(name).join('') : text
          expect(outside).not.toMatch(/\[naam kind\]|\{\w+\}|undefined|null|NaN/)
        }
      }),
    )
  })

  test('is deterministic and does not change its input', () => {
    fc.assert(
      fc.property(arbitraryAnswers, locale, (a, l) => {
        const before = structuredClone(a)
        expect(buildChecklist(a, { locale: l })).toEqual(buildChecklist(structuredClone(a), { locale: l }))
        expect(a).toEqual(before)
      }),
    )
  })

  test('suggests more than the usual time exactly when extra time is an item, and plans what was chosen', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (a) => {
        const checklist = buildChecklist(a)
        const extra = checklist.phases[0]!.items.some((i) => i.id === 'before.plan-extra-time')
        expect(checklist.suggestedMinutes).toBeGreaterThanOrEqual(a.expectedMinutes)
        expect(checklist.suggestedMinutes > a.expectedMinutes).toBe(extra)
        expect(checklist.extraTimeFor.length > 0).toBe(extra)
        expect(checklist.suggestedMinutes % 5 === a.expectedMinutes % 5).toBe(true)
        expect(checklist.plannedMinutes).toBe(a.chosenMinutes ?? a.expectedMinutes)
      }),
    )
  })

  test('always includes every item that applies to all conversations', () => {
    const always = guidance.items.filter((item) => !item.when).map((item) => item.id)
    expect(always).toHaveLength(11)
    fc.assert(
      fc.property(arbitraryAnswers, (a) => {
        const ids = buildChecklist(a).phases.flatMap((p) => p.items.map((i) => i.id))
        expect(ids).toEqual(expect.arrayContaining(always))
      }),
    )
  })

  test('never mentions a buddy when there is none, in either language', () => {
    fc.assert(
      fc.property(arbitraryAnswers, locale, (a, l) => {
        const items = buildChecklist({ ...a, buddy: 'none', childName: 'Sem' }, { locale: l }).phases.flatMap(
          (p) => p.items,
        )
        const texts = items.flatMap((i) => [i.title, i.text, ...i.scripts.map((s) => s.text), ...i.reasons])
        expect(texts.join(' ')).not.toMatch(/buddy/i)
      }),
    )
  })

  test('puts talking with the parent alone before the buddy opening whenever both apply', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (a) => {
        const ids = buildChecklist(a).phases[1]!.items.map((i) => i.id)
        const alone = ids.indexOf('during.sensitive-parent-alone')
        const opening = ids.indexOf('during.opening-with-buddy')
        if (alone >= 0 && opening >= 0) expect(alone).toBeLessThan(opening)
        expect(alone >= 0 && opening >= 0).toBe(a.sensitiveNews && ['attending', 'unknown'].includes(a.buddy))
      }),
    )
  })
})
