import { describe, expect, test } from 'vitest'
import { buildCard, buildChecklist, guidance, LOCALES, type Answers, type Audience } from '../../src/rules'
import {
  addressProblems,
  COMBINATIONS,
  label,
  parentNumberProblems,
  PLACEHOLDER,
  QUOTE,
  speaksFormally,
} from './dutch-words'

/** How many people a sentence speaks to, as a Dutch reader counts them in the room. */
function peopleSpokenTo(audience: Audience, a: Answers): number {
  const buddyThere = a.buddy === 'attending' || a.buddy === 'unknown'
  if (audience === 'buddy') return 1
  if (audience === 'parents') return a.parentsAttending
  return a.parentsAttending + (buddyThere ? 1 : 0)
}

/** Who a sentence speaks to, found by matching it against every form of the given items' sentences. */
function audienceOf(itemIds: string[], text: string): Audience {
  const items = guidance.items.filter((i) => itemIds.includes(i.id))
  const scripts = items.flatMap((item) => [...item.scripts, ...(item.variants ?? []).flatMap((v) => v.scripts ?? [])])
  const matches = scripts.filter((script) =>
    [script.u, script.uPlural, script.je, script.jullie, script.en, script.enPlural].some(
      (form) => form !== undefined && templatePattern(form).test(text),
    ),
  )
  const audiences = [...new Set(matches.map((script) => script.audience))]
  if (audiences.length !== 1) throw new Error(`Cannot tell who “${text}” speaks to (${itemIds.join(', ')})`)
  return audiences[0]!
}

const templatePattern = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`)

/** Every way a sentence can be wrong for the people it speaks to, quotes inside it included. */
function sentenceProblems(text: string, audience: Audience, a: Answers): string[] {
  const problems = addressProblems(text, peopleSpokenTo(audience, a), a.address)
  if (QUOTE.test(text)) problems.push('a quote inside the quote')
  return problems
}

describe('the example sentences read as natural Dutch for every family', () => {
  test('there are 32 families to check', () => {
    expect(new Set(COMBINATIONS.map(label)).size).toBe(32)
  })

  const withInterpreter = (a: Answers): Answers => ({
    ...a,
    otherAttendees: 1,
    others: [{ role: 'interpreter', language: 'Turks' }],
  })
  test.each(
    [...COMBINATIONS, ...COMBINATIONS.map(withInterpreter)].map(
      (a) => [`${label(a)}${a.otherAttendees ? ', with a tolk' : ''}`, a] as const,
    ),
  )('%s', (_, a) => {
    const problems: string[] = []
    for (const item of buildChecklist(a).phases.flatMap((p) => p.items))
      for (const script of item.scripts) {
        const audience = audienceOf([item.id], script.text)
        if (script.audience !== audience) problems.push(`${item.id}: said to ${script.audience}, not ${audience}`)
        for (const problem of sentenceProblems(script.text, audience, a))
          problems.push(`${item.id}: ${problem}: “${script.text}”`)
      }
    expect(problems).toEqual([])
  })
})

describe('no stray words in any family, in either language', () => {
  test.each(COMBINATIONS.flatMap((a) => LOCALES.map((locale) => [label(a), locale, a] as const)))(
    '%s (%s)',
    (_, locale, a) => {
      const problems: string[] = []
      for (const item of buildChecklist(a, { locale }).phases.flatMap((p) => p.items)) {
        const texts = [item.title, item.text, ...item.scripts.map((s) => s.text), ...item.reasons]
        for (const text of texts) {
          if (a.buddy === 'none' && /buddy/i.test(text))
            problems.push(`${item.id}: a buddy where there is none: ${text}`)
          if (PLACEHOLDER.test(text)) problems.push(`${item.id}: a placeholder: ${text}`)
        }
        // Titles, texts and reasons speak to the teacher, who is always "je".
        for (const text of [item.title, item.text, ...item.reasons])
          if (locale === 'nl' && speaksFormally(text)) problems.push(`${item.id}: speaks to the teacher as u: ${text}`)
      }
      expect(problems).toEqual([])
    },
  )
})

describe('the conversation card reads right for every family', () => {
  test.each(COMBINATIONS.map((a) => [label(a), a] as const))('%s', (_, a) => {
    const card = buildCard(a)
    const problems: string[] = []
    for (const script of card.openings.flatMap((opening) => opening.scripts))
      for (const problem of sentenceProblems(script.text, script.audience, a))
        problems.push(`opening: ${problem}: “${script.text}”`)
    // An agenda row is a step of this conversation: with two parents, both are there.
    for (const row of card.agenda)
      for (const problem of parentNumberProblems(row.title, a.parentsAttending))
        problems.push(`agenda: ${problem}: ${row.title}`)
    // Reminders speak to the teacher, who is always "je".
    for (const reminder of card.reminders)
      if (speaksFormally(reminder)) problems.push(`reminder: speaks to the teacher as u: ${reminder}`)
    expect(problems).toEqual([])
  })

  test('tells the news alone first with the one parent, or with both', () => {
    const alone = (parentsAttending: 1 | 2) =>
      buildCard({ ...COMBINATIONS[0]!, parentsAttending, buddy: 'attending', sensitiveNews: true }).agenda.find(
        (row) => row.id === 'news-alone',
      )!.title
    expect(alone(1)).toBe('Het nieuws, eerst alleen met de ouder')
    expect(alone(2)).toBe('Het nieuws, eerst alleen met de ouders')
  })

  test.each(COMBINATIONS.flatMap((a) => LOCALES.map((locale) => [label(a), locale, a] as const)))(
    'no stray words on the card: %s (%s)',
    (_, locale, a) => {
      const card = buildCard(a, { locale })
      const texts = [
        ...card.openings.flatMap((opening) => [opening.heading ?? '', ...opening.scripts.map((s) => s.text)]),
        ...card.agenda.map((row) => row.title),
        ...card.reminders,
      ]
      const problems = texts.flatMap((text) => [
        ...(a.buddy === 'none' && /buddy/i.test(text) ? [`a buddy where there is none: ${text}`] : []),
        ...(PLACEHOLDER.test(text) ? [`a placeholder: ${text}`] : []),
      ])
      expect(problems).toEqual([])
    },
  )
})
