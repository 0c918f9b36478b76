import { describe, expect, test } from 'vitest'
import raw from '../../guidance-data/guidance.json'
import { guidance, guidanceSchema, parseGuidance } from '../../src/rules'

const ITEM_IDS = [
  'before.ask-buddy-along',
  'before.questions-with-buddy',
  'before.talk-to-parent-directly',
  'before.room-and-chairs',
  'before.plan-extra-time',
  'during.small-talk',
  'during.opening-with-buddy',
  'during.no-direct-buddy-contact',
  'during.sensitive-parent-alone',
  'during.explain-what-school-does',
  'during.parent-in-charge',
  'during.welcome-questions',
  'during.answer-later',
  'during.buddy-suggestions-to-parent',
  'during.honest-about-feasibility',
  'during.empathic-listening',
  'after.evaluate-together',
  'after.talk-again-later',
  'after.next-appointment',
]

/** A deep copy of the shipped data to break in one place. */
function broken(mutate: (data: typeof raw) => void): unknown {
  const copy = structuredClone(raw)
  mutate(copy)
  return copy
}

describe('the shipped guidance data', () => {
  test('passes the schema', () => {
    expect(guidanceSchema.safeParse(raw).success).toBe(true)
  })

  test('holds the 19 items of the design, in their order', () => {
    expect(guidance.items.map((item) => item.id)).toEqual(ITEM_IDS)
  })

  test('quotes the scripts of the sheet word for word in the u form', () => {
    const scripts = guidance.items.flatMap((item) => item.scripts.nl.u)
    expect(scripts).toContain('Hoe ziet u dit?')
    expect(scripts).toContain('Het gaat u echt om het goede voor uw kind. Dat merk ik.')
    expect(scripts.join(' ')).toContain('U als ouder bent de ‘belangrijkste’, het gaat om uw kind.')
  })

  test('quotes the scripts of the sheet word for word in the je form', () => {
    const scripts = guidance.items.flatMap((item) => item.scripts.nl.je)
    expect(scripts).toContain('Hoe is dit voor jou om te horen?')
    expect(scripts).toContain(
      'Wat fijn dat jullie hierover na hebben gedacht, wat een goede vraag, jullie hebben je goed voorbereid.',
    )
    expect(scripts.join(' ')).toContain('Jij als ouder bent de ‘belangrijkste’, het gaat om jouw kind.')
  })

  test('keeps the je form free of u and uw', () => {
    const je = guidance.items.flatMap((item) => item.scripts.nl.je).join(' ')
    expect(je).not.toMatch(/\b(u|uw|U|Uw)\b/)
  })

  test('has the introduction, the acknowledgement and an English text for every item', () => {
    expect(guidance.introduction.nl).toMatch(/^Als de ouders op de school waar jij leerkracht bent/)
    expect(guidance.acknowledgement.nl).toContain('Afke Persoon, orthopedagoog')
    for (const item of guidance.items) {
      expect(item.text.en.length, item.id).toBeGreaterThan(20)
      expect(item.title.en.length, item.id).toBeGreaterThan(5)
    }
  })
})

describe('the guidance schema rejects', () => {
  test('a condition on an answer that does not exist', () => {
    const data = broken((d) => {
      ;(d.items[0] as { when: unknown }).when = { fact: 'buddyy', in: ['attending'] }
    })
    expect(() => parseGuidance(data)).toThrow(/items\[0\]|items\.0/)
  })

  test('a condition on a value the answer never takes', () => {
    const data = broken((d) => {
      ;(d.items[0] as { when: unknown }).when = { fact: 'buddy', in: ['maybe'] }
    })
    expect(() => parseGuidance(data)).toThrow(/buddy is never maybe/)
  })

  test('a number test on an answer that is not a number', () => {
    const data = broken((d) => {
      ;(d.items[0] as { when: unknown }).when = { fact: 'address', atLeast: 2 }
    })
    expect(() => parseGuidance(data)).toThrow(/address is not a number/)
  })

  test('a duplicate id and items out of phase order', () => {
    const data = broken((d) => {
      d.items.push(structuredClone(d.items[0]!))
    })
    expect(() => parseGuidance(data)).toThrow(/duplicate id before.ask-buddy-along/)
  })

  test('a u form without its je form', () => {
    const data = broken((d) => {
      d.items[0]!.scripts.nl.je = []
    })
    expect(() => parseGuidance(data)).toThrow(/different number of scripts/)
  })

  test('a missing English text, naming the field', () => {
    const data = broken((d) => {
      delete (d.items[3]!.text as { en?: string }).en
    })
    expect(() => parseGuidance(data)).toThrow(/items\.3\.text\.en|items\[3\]\.text\.en/)
  })
})
