import { describe, expect, test } from 'vitest'
import { buildChecklist, guidance, type Answers, type Checklist } from '../../src/rules'
import { answers } from './sample'

const items = (checklist: Checklist) => checklist.phases.flatMap((p) => p.items)
const item = (checklist: Checklist, id: string) => {
  const found = items(checklist).find((i) => i.id === id)
  if (!found) throw new Error(`${id} is not in the checklist`)
  return found
}
const scripts = (overrides: Partial<Answers>) => items(buildChecklist(answers(overrides))).flatMap((i) => i.scripts)
const texts = (overrides: Partial<Answers>, id: string) => item(buildChecklist(answers(overrides)), id).scripts

// The sheet's own sentences, for one parent and a buddy who comes (three people), child Anouk.
const SHEET_U = [
  'We zijn hier met drie mensen aanwezig, wat mooi om te zien dat u als ouderbuddy ook aanwezig bent in het belang van Anouk…',
  'We zijn hier allemaal om te zorgen dat het met Anouk goed gaat. U als ouder bent de belangrijkste, het gaat om uw kind.',
  'Hoe is dit voor u om te horen?',
  'Wat fijn dat u hierover na hebt gedacht. Wat een goede vraag! U hebt zich goed voorbereid.',
  'Bent u het ermee eens wat de buddy voorstelt? Het is uw kind, u bent degene die besluit.',
  'Hoe ziet u dit?',
  'Het gaat u echt om het goede voor uw kind. Dat merk ik.',
  'Ik voel de zorg voor uw kind.',
]
const SHEET_JE = [
  'We zijn hier met drie mensen aanwezig, wat mooi om te zien dat jij als ouderbuddy ook aanwezig bent in het belang van Anouk…',
  'We zijn hier allemaal om te zorgen dat het met Anouk goed gaat. Jij als ouder bent de belangrijkste, het gaat om jouw kind.',
  'Hoe is dit voor jou om te horen?',
  'Wat fijn dat jullie hierover na hebben gedacht. Wat een goede vraag! Jullie hebben je goed voorbereid.',
  'Ben je het ermee eens wat de buddy voorstelt? Het is jouw kind, jij bent degene die besluit.',
  'Hoe zie jij dit?',
  'Het gaat je echt om het goede voor je kind. Dat merk ik.',
  'Ik voel de zorg voor je kind.',
]

describe('where each sentence comes from', () => {
  test.each([
    ['u', SHEET_U],
    ['je', SHEET_JE],
  ] as const)(
    'the sheet’s own sentences come out as “sheet” in the %s form, every other one as a suggestion',
    (address, sheet) => {
      const all = scripts({ buddy: 'attending', sensitiveNews: true, address })
      expect(all.filter((s) => s.origin === 'sheet').map((s) => s.text)).toEqual(sheet)
      const suggestions = all.filter((s) => s.origin === 'suggestion')
      expect(suggestions.length).toBeGreaterThan(4)
      expect(suggestions.length + sheet.length).toBe(all.length)
    },
  )

  test('our own sentence about never contacting the buddy is a suggestion, and speaks warmly', () => {
    expect(texts({ buddy: 'attending' }, 'during.no-direct-buddy-contact')).toEqual([
      {
        text: 'Fijn dat de buddy met u meedenkt. Als ik iets met u wil bespreken, neem ik altijd rechtstreeks contact met u op, niet via de buddy.',
        origin: 'suggestion',
        audience: 'parents',
      },
    ])
  })
})

describe('who is spoken to', () => {
  test('two parents are spoken to as parents, in the plural', () => {
    const u = texts({ parentsAttending: 2, address: 'u' }, 'during.opening-with-buddy')
    expect(u[1]!.text).toContain('U bent als ouders het belangrijkst. Het gaat om uw kind.')
    const je = texts({ parentsAttending: 2, address: 'je' }, 'during.opening-with-buddy')
    expect(je[1]!.text).toContain('Jullie als ouders zijn de belangrijksten, het gaat om jullie kind.')
    expect(texts({ parentsAttending: 2, address: 'je' }, 'during.buddy-suggestions-to-parent')[1]!.text).toBe(
      'Hoe zien jullie dit?',
    )
  })

  test('the buddy is always one person, also with two parents', () => {
    expect(texts({ parentsAttending: 2, address: 'je' }, 'during.opening-with-buddy')[0]!.text).toContain(
      'dat jij als ouderbuddy ook aanwezig bent',
    )
  })

  test('one parent without a buddy is spoken to as one person, and everyone with a buddy as more', () => {
    const alone = { buddy: 'none', parentsAttending: 1, address: 'je' } as const
    expect(texts(alone, 'during.welcome-questions')[0]!.text).toBe(
      'Wat fijn dat je hierover na hebt gedacht. Wat een goede vraag! Je hebt je goed voorbereid.',
    )
    expect(texts(alone, 'after.evaluate-together')[0]!.text).toBe('Hoe vond jij dit gesprek?')
    expect(texts({ ...alone, buddy: 'attending' }, 'after.evaluate-together')[0]!.text).toBe(
      'Hoe vonden jullie dit gesprek?',
    )
    expect(texts({ ...alone, buddy: 'unknown' }, 'after.evaluate-together')[0]!.text).toBe(
      'Hoe vonden jullie dit gesprek?',
    )
    expect(texts({ ...alone, buddy: 'preparing' }, 'after.evaluate-together')[0]!.text).toBe(
      'Hoe vond jij dit gesprek?',
    )
  })

  test('a promise to come back to a question goes to the parent, not to the buddy as well', () => {
    expect(texts({ buddy: 'attending', address: 'je' }, 'during.answer-later')[0]!.text).toBe(
      'Dat weet ik nu niet. Ik zoek het voor je uit en laat het je deze week weten.',
    )
  })

  test('English follows the number where it must', () => {
    const english = (parentsAttending: 1 | 2) =>
      item(buildChecklist(answers({ parentsAttending }), { locale: 'en' }), 'during.buddy-suggestions-to-parent')
        .scripts[0]!.text
    expect(english(1)).toContain('you are the one who decides')
    expect(english(2)).toContain('you are the ones who decide')
  })
})

describe('order that can be acted on', () => {
  const during = (overrides: Partial<Answers>) => buildChecklist(answers(overrides)).phases[1]!.items.map((i) => i.id)

  test.each(['attending', 'unknown'] as const)(
    'with sensitive news and buddy %s, talking with the parent alone comes before the buddy opening',
    (buddy) => {
      const ids = during({ buddy, sensitiveNews: true })
      expect(ids.slice(0, 4)).toEqual([
        'during.small-talk',
        'during.sensitive-parent-alone',
        'during.tell-sensitive-news',
        'during.opening-with-buddy',
      ])
    },
  )

  test('without sensitive news the opening keeps its place after the small talk', () => {
    expect(during({ buddy: 'attending', sensitiveNews: false }).slice(0, 2)).toEqual([
      'during.small-talk',
      'during.opening-with-buddy',
    ])
  })

  test('with a buddy who only helps prepare, talking alone stays in its own place', () => {
    expect(during({ buddy: 'preparing', sensitiveNews: true }).slice(0, 3)).toEqual([
      'during.small-talk',
      'during.tell-sensitive-news',
      'during.sensitive-parent-alone',
    ])
  })

  test('an order rule in the data moves an item only for the answers it names', () => {
    const reorder = [
      {
        when: { fact: 'parentsAttending' as const, in: [2] },
        move: 'during.empathic-listening',
        before: 'during.small-talk',
      },
    ]
    const order = (parentsAttending: 1 | 2) =>
      buildChecklist(answers({ parentsAttending }), { guidance: { ...guidance, reorder } })
        .phases[1]!.items.map((i) => i.id)
        .slice(0, 2)
    expect(order(1)).toEqual(['during.small-talk', 'during.tell-sensitive-news'])
    expect(order(2)).toEqual(['during.empathic-listening', 'during.small-talk'])
  })

  test('before the conversation, the teacher plans the first part alone with the parent', () => {
    const ask = item(buildChecklist(answers({ buddy: 'attending', sensitiveNews: true })), 'before.ask-buddy-along')
    expect(ask.text).toContain(
      'Je kunt daarom afspreken dat je het eerste deel van het gesprek alleen met de ouder praat.',
    )
    expect(ask.scripts.map((s) => s.text)).toContain(
      'In het eerste deel van het gesprek praat ik graag alleen met u. Daarna is de buddy van harte welkom.',
    )
  })
})

describe('no stray buddy', () => {
  test('with the buddy coming, the teacher lets the parent know the buddy is welcome instead of asking', () => {
    const ask = item(buildChecklist(answers({ buddy: 'attending', sensitiveNews: false })), 'before.ask-buddy-along')
    expect(ask.title).toBe('Laat weten dat de buddy welkom is')
    expect(ask.text).not.toContain('Vraag')
    expect(ask.scripts.map((s) => s.text)).toEqual([
      'Fijn dat uw buddy ook meekomt naar het gesprek. Een ouderbuddy is altijd welkom.',
    ])
    expect(item(buildChecklist(answers({ buddy: 'unknown' })), 'before.ask-buddy-along').title).toBe(
      'Vraag of de buddy meekomt',
    )
  })

  test('without a buddy, honesty and the next appointment say nothing about a buddy', () => {
    const none = buildChecklist(answers({ buddy: 'none' }))
    expect(item(none, 'during.honest-about-feasibility').text).toMatch(/^Wees eerlijk over wat haalbaar is\./)
    expect(item(none, 'after.next-appointment').text).toBe(
      'Maak als dat nodig is een afspraak voor een volgend gesprek.',
    )
    expect(item(buildChecklist(answers({ buddy: 'attending' })), 'after.next-appointment').text).toContain(
      'kan de buddy er dan weer bij zijn',
    )
  })
})

describe('Dutch sentences in an English checklist', () => {
  test('keeps the English texts and gives the sentences in Dutch, in the chosen form', () => {
    const checklist = buildChecklist(answers({ address: 'je' }), { locale: 'en', scriptLocale: 'nl' })
    expect(checklist.scriptLocale).toBe('nl')
    const suggestions = item(checklist, 'during.buddy-suggestions-to-parent')
    expect(suggestions.title).toBe('Put the buddy’s suggestions to the parent')
    expect(suggestions.scripts[1]).toEqual({ text: 'Hoe zie jij dit?', origin: 'sheet', audience: 'parents' })
    expect(item(checklist, 'during.opening-with-buddy').scripts[1]!.text).toContain('het gaat om jouw kind')
  })

  test('fills in the Dutch neutral words for the child and the number of people', () => {
    const checklist = buildChecklist(answers({ childName: '' }), { locale: 'en', scriptLocale: 'nl' })
    const opening = item(checklist, 'during.opening-with-buddy')
    expect(opening.scripts[0]!.text).toMatch(/^We zijn hier met drie mensen .* in het belang van het kind…$/)
    expect(item(checklist, 'during.explain-what-school-does').title).toBe('Explain what you do for the child')
  })

  test('by default speaks the checklist’s own language', () => {
    const checklist = buildChecklist(answers(), { locale: 'en' })
    expect(checklist.scriptLocale).toBe('en')
    expect(item(checklist, 'during.buddy-suggestions-to-parent').scripts[1]!.text).toBe('How do you see this?')
  })
})
