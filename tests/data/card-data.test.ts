import { describe, expect, test } from 'vitest'
import raw from '../../guidance-data/guidance.json'
import { guidance, parseGuidance } from '../../src/rules'

type Data = typeof raw

/** A deep copy of the shipped data to break in one place. */
function broken(mutate: (card: Data['card']) => void): unknown {
  const copy = structuredClone(raw)
  mutate(copy.card)
  return copy
}

describe('the shipped card data', () => {
  test('opens in the agenda’s order: the tolk, talking alone first, the news, then the sheet’s sentences for a buddy', () => {
    expect(guidance.card.openings.map((o) => [o.item, o.heading?.nl ?? null])).toEqual([
      ['during.work-with-interpreter', null],
      ['during.sensitive-parent-alone', null],
      ['during.tell-sensitive-news', null],
      ['during.opening-with-buddy', 'Als de buddy erbij komt:'],
      ['during.opening-with-buddy', null],
    ])
  })

  test('has a reminder for every item of the conversation itself, short enough to take in at a glance', () => {
    const during = guidance.items.filter((i) => i.phase === 'during').map((i) => i.id)
    const reminded = guidance.card.reminders.map((r) => r.item)
    expect([...reminded, 'during.opening-with-buddy'].sort()).toEqual([...during].sort())
    for (const { text } of guidance.card.reminders) {
      // As the teacher reads it, for two parents and a long name: one line on a phone, two at most.
      const read = text.nl.replaceAll('{parentWord}', 'de ouders').replaceAll('{child}', 'Maximiliaan')
      expect(read.length, read).toBeLessThanOrEqual(70)
      expect(text.nl, 'an imperative or a question, ending with a full stop').toMatch(/[.?]$/)
    }
  })

  test('has the agenda segments of a conversation, in their order, with whole-number shares', () => {
    expect(guidance.card.agenda.segments.map((s) => [s.id, s.item, s.share, s.atLeast])).toEqual([
      ['introductions', 'during.small-talk', 5, undefined],
      ['welcome', 'during.small-talk', 10, undefined],
      ['welcome-short', 'during.small-talk', 5, undefined],
      ['news-alone', 'during.tell-sensitive-news', 30, [1, 3]],
      ['news', 'during.tell-sensitive-news', 30, [1, 3]],
      ['buddy-joins', 'during.opening-with-buddy', 5, undefined],
      ['school', 'during.explain-what-school-does', 25, undefined],
      ['questions', 'during.welcome-questions', 25, undefined],
      ['agreements', 'during.honest-about-feasibility', 15, undefined],
      ['evaluate', 'after.evaluate-together', 10, undefined],
    ])
    expect(guidance.card.agenda.step).toBe(5)
  })
})

describe('the guidance schema rejects in the card', () => {
  test('a reminder for an item that does not exist, naming the field', () => {
    const data = broken((card) => {
      card.reminders[0]!.item = 'during.no-such-item'
    })
    expect(() => parseGuidance(data)).toThrow(/during.no-such-item is not an item[\s\S]*card\.reminders\[0\]\.item/)
  })

  test('a reminder for an item before or after the conversation', () => {
    const data = broken((card) => {
      card.reminders[1]!.item = 'before.room-and-chairs'
    })
    expect(() => parseGuidance(data)).toThrow(
      /before.room-and-chairs is not an item for during the conversation[\s\S]*card\.reminders\[1\]\.item/,
    )
  })

  test('two reminders for one item', () => {
    const data = broken((card) => {
      card.reminders[3]!.item = card.reminders[0]!.item
    })
    expect(() => parseGuidance(data)).toThrow(
      /during.sensitive-parent-alone has more than one reminder[\s\S]*card\.reminders\[3\]\.item/,
    )
  })

  test('a reminder too long to glance at', () => {
    const data = broken((card) => {
      card.reminders[2]!.text.en = 'x'.repeat(81)
    })
    expect(() => parseGuidance(data)).toThrow(/card\.reminders\[2\]\.text\.en/)
  })

  test('an unknown placeholder in a reminder or a segment title', () => {
    const reminder = broken((card) => {
      card.reminders[0]!.text.nl = 'Noem {name}.'
    })
    expect(() => parseGuidance(reminder)).toThrow(/unknown placeholder \{name\}[\s\S]*card\.reminders\[0\]\.text/)
    const title = broken((card) => {
      card.agenda.segments[2]!.title.en = 'About {kid}'
    })
    expect(() => parseGuidance(title)).toThrow(/unknown placeholder \{kid\}[\s\S]*card\.agenda\.segments\[2\]\.title/)
  })

  test('an opening from an item that does not exist, or from after the conversation', () => {
    const unknown = broken((card) => {
      card.openings[1]!.item = 'during.opening'
    })
    expect(() => parseGuidance(unknown)).toThrow(/during.opening is not an item[\s\S]*card\.openings\[1\]\.item/)
    const after = broken((card) => {
      card.openings[1]!.item = 'after.evaluate-together'
    })
    expect(() => parseGuidance(after)).toThrow(/not an item for during the conversation[\s\S]*card\.openings\[1\]/)
  })

  test('a condition on a value the answer never takes', () => {
    const opening = broken((card) => {
      card.openings[1]!.when = { fact: 'buddy', in: ['sometimes'] }
    })
    expect(() => parseGuidance(opening)).toThrow(/buddy is never sometimes[\s\S]*card\.openings\[1\]\.when/)
    const segment = broken((card) => {
      Object.assign(card.agenda.segments[1]!, { when: { all: [{ fact: 'parentsAttending', in: [3] }] } })
    })
    expect(() => parseGuidance(segment)).toThrow(/parentsAttending is never 3[\s\S]*card\.agenda\.segments\[1\]\.when/)
  })

  test('a segment that asks for more than half the time', () => {
    const data = broken((card) => {
      card.agenda.segments[3]!.atLeast = [2, 3]
    })
    expect(() => parseGuidance(data)).toThrow(
      /news-alone asks for more than half the time[\s\S]*segments\[3\]\.atLeast/,
    )
    const half = broken((card) => {
      card.agenda.segments[3]!.atLeast = [1, 2]
    })
    expect(() => parseGuidance(half)).not.toThrow()
  })

  test('a segment for an item that does not exist, and a segment id used twice', () => {
    const unknown = broken((card) => {
      card.agenda.segments[4]!.item = 'during.agreements'
    })
    expect(() => parseGuidance(unknown)).toThrow(
      /during.agreements is not an item[\s\S]*card\.agenda\.segments\[4\]\.item/,
    )
    const twice = broken((card) => {
      card.agenda.segments[5]!.id = 'welcome'
    })
    expect(() => parseGuidance(twice)).toThrow(/duplicate segment id welcome[\s\S]*card\.agenda\.segments\[5\]\.id/)
  })

  test.each([
    ['a share of nothing', (card: Data['card']) => void (card.agenda.segments[0]!.share = 0), /segments\[0\]\.share/],
    ['a share in part numbers', (card: Data['card']) => void (card.agenda.segments[3]!.share = 2.5), /\[3\]\.share/],
    ['a step of no minutes', (card: Data['card']) => void (card.agenda.step = 0), /card\.agenda\.step/],
    ['an empty agenda', (card: Data['card']) => void (card.agenda.segments = []), /card\.agenda\.segments/],
    [
      'a segment id that is not a word',
      (card: Data['card']) => void (card.agenda.segments[2]!.id = 'Talk alone'),
      /\[2\]\.id/,
    ],
    ['an empty segment id', (card: Data['card']) => void (card.agenda.segments[2]!.id = ''), /\[2\]\.id/],
  ])('%s', (_, mutate, field) => {
    expect(() => parseGuidance(broken(mutate))).toThrow(field)
  })

  test('an agenda in which no segment applies to every conversation', () => {
    const data = broken((card) => {
      for (const segment of card.agenda.segments)
        Object.assign(segment, { when: { fact: 'buddy', in: ['attending', 'preparing', 'unknown', 'none'] } })
    })
    expect(() => parseGuidance(data)).toThrow(/no agenda segment applies to every conversation/)
    const onlyBuddyItems = broken((card) => {
      const alone: Record<string, unknown> = { ...card.agenda.segments.find((s) => s.id === 'buddy-joins')! }
      delete alone.when
      card.agenda.segments = [alone as Data['card']['agenda']['segments'][number]]
    })
    expect(() => parseGuidance(onlyBuddyItems)).toThrow(/no agenda segment applies to every conversation/)
  })
})
