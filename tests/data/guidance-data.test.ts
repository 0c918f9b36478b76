import { describe, expect, test } from 'vitest'
import raw from '../../guidance-data/guidance.json'
import { guidance, guidanceSchema, parseGuidance } from '../../src/rules'

/** The sheet's 19 items, and three we add in its spirit: a tolk before and during, and telling the news. */
const ITEM_IDS = [
  'before.ask-buddy-along',
  'before.questions-with-buddy',
  'before.talk-to-parent-directly',
  'before.room-and-chairs',
  'before.plan-extra-time',
  'before.brief-interpreter',
  'during.small-talk',
  'during.tell-sensitive-news',
  'during.opening-with-buddy',
  'during.no-direct-buddy-contact',
  'during.sensitive-parent-alone',
  'during.explain-what-school-does',
  'during.parent-in-charge',
  'during.work-with-interpreter',
  'during.welcome-questions',
  'during.answer-later',
  'during.buddy-suggestions-to-parent',
  'during.honest-about-feasibility',
  'during.empathic-listening',
  'after.evaluate-together',
  'after.talk-again-later',
  'after.next-appointment',
]

type Data = typeof raw
type Item = Data['items'][number]
type Script = Record<string, string>

/** A deep copy of the shipped data to break in one place. */
function broken(mutate: (data: Data) => void): unknown {
  const copy = structuredClone(raw)
  mutate(copy)
  return copy
}

const at = (id: string) => ITEM_IDS.indexOf(id)
const itemOf = (d: Data, id: string): Item => d.items.find((item) => item.id === id)!
const scriptOf = (d: Data, id: string, n = 0) => (itemOf(d, id) as { scripts: Script[] }).scripts[n]!
const scriptsOf = (item: (typeof guidance.items)[number]) => [
  ...item.scripts,
  ...(item.variants ?? []).flatMap((v) => v.scripts ?? []),
]
const sheetScripts = guidance.items.flatMap(scriptsOf).filter((s) => s.origin === 'sheet')

describe('the shipped guidance data', () => {
  test('passes the schema', () => {
    expect(guidanceSchema.safeParse(raw).success).toBe(true)
  })

  test('holds the 19 items of the design and our three, in their order', () => {
    expect(guidance.items.map((item) => item.id)).toEqual(ITEM_IDS)
  })

  test('marks the three items we add as suggestions, and the sheet’s own as the sheet’s', () => {
    const ours = ['before.brief-interpreter', 'during.tell-sensitive-news', 'during.work-with-interpreter']
    for (const item of guidance.items)
      expect(item.origin, item.id).toBe(ours.includes(item.id) ? 'suggestion' : 'sheet')
  })

  test('quotes the sheet word for word where the sheet uses u', () => {
    const u = sheetScripts.map((s) => s.u)
    expect(u).toContain('Hoe ziet u dit?')
    expect(u).toContain('Het gaat u echt om het goede voor uw kind. Dat merk ik.')
    expect(u).toContain('Ik voel de zorg voor uw kind.')
  })

  test('quotes the sheet word for word where the sheet uses je or jullie', () => {
    expect(sheetScripts.map((s) => s.je)).toEqual(
      expect.arrayContaining([
        'Hoe is dit voor jou om te horen?',
        'Ben je het ermee eens wat de buddy voorstelt? Het is jouw kind, jij bent degene die besluit.',
        'We zijn hier met {peopleWord} mensen aanwezig, wat mooi om te zien dat jij als ouderbuddy ook aanwezig bent in het belang van {child}…',
        'We zijn hier allemaal om te zorgen dat het met {child} goed gaat. Jij als ouder bent de belangrijkste, het gaat om jouw kind.',
      ]),
    )
    // The sheet's one long sentence, in three to read aloud (review 3, #26): the same words.
    const welcome = sheetScripts.find((s) => s.jullie?.startsWith('Wat fijn'))!.jullie!
    expect(welcome).toBe(
      'Wat fijn dat jullie hierover na hebben gedacht. Wat een goede vraag! Jullie hebben je goed voorbereid.',
    )
    const words = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\s]/gu, '')
        .split(/\s+/)
    expect(words(welcome)).toEqual(
      words('Wat fijn dat jullie hierover na hebben gedacht, wat een goede vraag, jullie hebben je goed voorbereid.'),
    )
  })

  test('marks only the sheet’s own sentences as coming from the sheet', () => {
    // A variant may repeat a sentence of its item: the sheet has eight.
    expect(new Set(sheetScripts.map((s) => s.u))).toHaveProperty('size', 8)
    const suggestions = guidance.items.flatMap(scriptsOf).filter((s) => s.origin === 'suggestion')
    expect(suggestions.map((s) => s.je)).toContain(
      'Dat weet ik nu niet. Ik zoek het voor je uit en laat het je deze week weten.',
    )
  })

  test('keeps the je and jullie forms free of u and uw', () => {
    const je = guidance.items.flatMap(scriptsOf).flatMap((s) => [s.je, s.jullie ?? ''])
    expect(je.join(' ')).not.toMatch(/(?<!\p{L})(u|uw)(?!\p{L})/iu)
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

  test('a condition whose answer has no reason text to show under “Waarom staat dit hier?”', () => {
    const data = broken((d) => {
      delete (d.reasons.facts.sensitiveNews as { true?: unknown }).true
    })
    expect(() => parseGuidance(data)).toThrow(/no reason text for sensitiveNews = true/)
  })

  test('a number test whose answer has no reason text to show', () => {
    const data = broken((d) => {
      ;(itemOf(d, 'before.plan-extra-time') as { when: unknown }).when = { fact: 'peoplePresent', atLeast: 4 }
      delete (d.reasons.facts as { peoplePresent?: unknown }).peoplePresent
    })
    expect(() => parseGuidance(data)).toThrow(/no reason text for peoplePresent[\s\S]*items\[4\]\.when/)
  })

  test.each(['before.Ask-buddy-along', 'before.ask buddy', 'before.', 'before.ask2', 'before-ask'])(
    'an id that is not its phase and a lowercase name: %j',
    (id) => {
      const data = broken((d) => {
        d.items[0]!.id = id
      })
      expect(() => parseGuidance(data)).toThrow(/items\[0\]\.id/)
    },
  )

  test('a duplicate id', () => {
    const data = broken((d) => {
      d.items.push(structuredClone(d.items[0]!))
    })
    expect(() => parseGuidance(data)).toThrow(/duplicate id before.ask-buddy-along/)
  })

  test('items out of phase order', () => {
    const data = broken((d) => {
      d.items.unshift(d.items.pop()!)
    })
    expect(() => parseGuidance(data)).toThrow(/before.ask-buddy-along is out of phase order/)
  })

  test('a script to the parents without its jullie form, naming the field', () => {
    const data = broken((d) => {
      delete scriptOf(d, 'during.answer-later').jullie
    })
    expect(() => parseGuidance(data)).toThrow(/needs a jullie form[\s\S]*items\[15\]\.scripts\[0\]\.jullie/)
  })

  test('a plural form in a script to the buddy, naming the field', () => {
    const data = broken((d) => {
      scriptOf(d, 'during.opening-with-buddy', 1).jullie = 'Jullie als ouderbuddy’s…'
    })
    expect(() => parseGuidance(data)).toThrow(
      new RegExp(
        `speaks to one person: remove jullie[\\s\\S]*items\\[${at('during.opening-with-buddy')}\\]\\.scripts\\[1\\]\\.jullie`,
      ),
    )
  })

  test('a script without its English sentence, naming the field', () => {
    const data = broken((d) => {
      delete scriptOf(d, 'during.parent-in-charge').en
    })
    expect(() => parseGuidance(data)).toThrow(/items\[12\]\.scripts\[0\]\.en/)
  })

  test('a script that does not say where it comes from', () => {
    const data = broken((d) => {
      scriptOf(d, 'during.parent-in-charge').origin = 'internet'
    })
    expect(() => parseGuidance(data)).toThrow(/items\[12\]\.scripts\[0\]\.origin/)
  })

  test('a missing English text, naming the field', () => {
    const data = broken((d) => {
      delete (d.items[3]!.text as { en?: string }).en
    })
    expect(() => parseGuidance(data)).toThrow(/items\[3\]\.text\.en/)
  })

  test('an unknown placeholder, which would reach the teacher as braces', () => {
    const data = broken((d) => {
      scriptOf(d, 'during.parent-in-charge').je = 'Hoe is dit voor {name} om te horen?'
    })
    expect(() => parseGuidance(data)).toThrow(/unknown placeholder \{name\}/)
  })

  test('extra time tied to an item that does not exist', () => {
    const data = broken((d) => {
      d.timeBuffer.item = 'before.plan-more-time'
    })
    expect(() => parseGuidance(data)).toThrow(
      /timeBuffer\.item before.plan-more-time is not an item[\s\S]*timeBuffer\.item/,
    )
  })

  test.each([['roundUpTo'], ['minimum']] as const)('extra time in part minutes (%s)', (field) => {
    const data = broken((d) => {
      d.timeBuffer[field] = 7.5
    })
    expect(() => parseGuidance(data)).toThrow(new RegExp(`timeBuffer\\.${field}`))
  })

  test('an order rule that moves an unknown item or crosses phases', () => {
    const unknown = broken((d) => {
      d.reorder[0]!.move = 'during.no-such-item'
    })
    expect(() => parseGuidance(unknown)).toThrow(/during.no-such-item is not an item[\s\S]*reorder\[0\]\.move/)
    const crossing = broken((d) => {
      d.reorder[0]!.before = 'after.evaluate-together'
    })
    expect(() => parseGuidance(crossing)).toThrow(/are in different phases/)
  })

  test('a variant with a bad title, text, script or condition, naming the field', () => {
    type Variant = { when: unknown; title: { nl: string }; text: { en: string }; scripts: Script[] }
    const variant = (d: Data) => (itemOf(d, 'before.ask-buddy-along') as { variants: Variant[] }).variants[1]!
    const cases: [(v: Variant) => void, RegExp][] = [
      [(v) => void (v.title.nl = 'Vraag {name}'), /unknown placeholder \{name\}[\s\S]*items\[0\]\.variants\[1\]/],
      [(v) => void (v.text.en = 'Ask {name}'), /unknown placeholder \{name\}[\s\S]*items\[0\]\.variants\[1\]/],
      [(v) => void delete v.scripts[0]!.jullie, /jullie form[\s\S]*items\[0\]\.variants\[1\]\.scripts\[0\]\.jullie/],
      [
        (v) => void (v.when = { fact: 'buddy', in: ['maybe'] }),
        /buddy is never maybe[\s\S]*items\[0\]\.variants\[1\]\.when/,
      ],
    ]
    for (const [mutate, error] of cases) expect(() => parseGuidance(broken((d) => mutate(variant(d))))).toThrow(error)
  })

  test('an item title with an unknown placeholder, naming the item', () => {
    const data = broken((d) => {
      d.items[3]!.title.en = 'Chairs for {people}'
    })
    expect(() => parseGuidance(data)).toThrow(/unknown placeholder \{people\}[\s\S]*items\[3\]/)
  })

  test('a variant that changes nothing', () => {
    const data = broken((d) => {
      const variant = (itemOf(d, 'during.small-talk') as { variants: Record<string, unknown>[] }).variants[0]!
      delete variant.text
    })
    expect(() => parseGuidance(data)).toThrow(/a variant of during.small-talk changes nothing/)
  })
})
