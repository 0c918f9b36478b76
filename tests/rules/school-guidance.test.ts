import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { buildCard, buildChecklist, guidance, type Answers, type Checklist } from '../../src/rules'
import {
  applySchoolGuidance,
  newSchoolGuidance,
  readSchoolFile,
  readSchoolGuidance,
  schoolFileText,
  sentencesOf,
  type SchoolGuidance,
} from '../../src/rules/school'
import { COMBINATIONS } from './dutch-words'
import { answers } from './sample'

const EXAMPLE = readFileSync('guidance-data/examples/handreiking-school.json', 'utf8')
const withTolk = (a: Answers): Answers => ({
  ...a,
  otherAttendees: 1,
  others: [{ role: 'interpreter', language: 'Turks' }],
})
const itemsOf = (checklist: Checklist) => checklist.phases.flatMap((phase) => phase.items)
const version = (changes: Partial<SchoolGuidance>): SchoolGuidance => ({
  ...newSchoolGuidance('OBS De Linde', '2026-11-23'),
  ...changes,
})

/** The messages a school's version is refused with, in Dutch. */
function refusal(data: unknown): string[] {
  const reading = readSchoolGuidance(data, guidance)
  if (reading.ok) throw new Error('The version was accepted')
  return reading.problems.map((problem) => problem.message.nl)
}

function accepted(school: SchoolGuidance) {
  const reading = readSchoolGuidance(school, guidance)
  if (!reading.ok) throw new Error(reading.problems.map((p) => p.message.nl).join('\n'))
  return reading.guidance
}

describe('the example file in guidance-data/examples', () => {
  const reading = readSchoolFile(EXAMPLE, guidance)
  if (!reading.ok) throw new Error(reading.problems.map((p) => p.message.nl).join('\n'))
  const checklist = buildChecklist(withTolk(answers({ buddy: 'none' })), { guidance: reading.guidance })
  const items = itemsOf(checklist)

  test('is accepted, and the tolkdienst item shows its number when a tolk comes', () => {
    const tolk = items.find((item) => item.id === 'school.tolkdienst-bellen')
    expect(tolk).toMatchObject({
      origin: 'school',
      text: 'Bestel de tolk op tijd bij Tolkcentrum Noord: bel 050 123 45 67.',
    })
    expect(tolk?.reasons).toEqual(['Omdat er een tolk bij het gesprek is.'])
  })

  test('the school item stays away without a tolk', () => {
    const without = itemsOf(buildChecklist(answers({ buddy: 'none' }), { guidance: reading.guidance }))
    expect(without.map((item) => item.id)).not.toContain('school.tolkdienst-bellen')
  })

  test('a reworded sheet sentence is the school’s, in the chosen form of address', () => {
    const item = items.find((i) => i.id === 'during.parent-in-charge')
    expect(item?.scripts).toEqual([
      { text: 'Hoe is het voor u om dit te horen?', origin: 'school', audience: 'parents' },
    ])
    const je = buildChecklist(answers({ address: 'je', parentsAttending: 2 }), { guidance: reading.guidance })
    expect(itemsOf(je).find((i) => i.id === 'during.parent-in-charge')?.scripts[0]?.text).toBe(
      'Hoe is het voor jullie om dit te horen?',
    )
  })

  test('a hidden item is gone, a reworded title keeps its placeholders', () => {
    expect(items.map((item) => item.id)).not.toContain('after.talk-again-later')
    expect(items.find((item) => item.id === 'before.room-and-chairs')?.title).toBe(
      'Reserveer de gespreksruimte en drie stoelen',
    )
  })

  test('the guidance it makes says who adapted it', () => {
    expect(reading.guidance.adaptedBy).toEqual({ name: 'OBS De Linde', version: 2, date: '2026-11-23' })
  })

  test('written out and read back, it is the same version', () => {
    const again = readSchoolFile(schoolFileText(reading.school), guidance)
    expect(again.ok && again.school).toEqual(reading.school)
  })
})

describe('the original guidance is unchanged by a version that changes nothing', () => {
  const same = accepted(version({}))
  const families = [...COMBINATIONS, ...COMBINATIONS.map(withTolk)]
  test.each(families.map((a, n) => [n, a] as const))('family %i: the same checklist and card', (_, a) => {
    for (const locale of ['nl', 'en'] as const) {
      // The same, apart from the credit to the school that made it its own.
      const { adaptedBy, ...checklist } = buildChecklist(a, { locale, guidance: same })
      expect(adaptedBy).toEqual({ name: 'OBS De Linde', version: 1, date: '2026-11-23' })
      expect(checklist).toEqual(buildChecklist(a, { locale }))
      expect(buildCard(a, { locale, guidance: same })).toEqual(buildCard(a, { locale }))
    }
  })
})

describe('what a school changes', () => {
  test('a reworded text replaces the text of every variant, so every family sees it', () => {
    const changed = accepted(
      version({
        items: { 'after.next-appointment': { text: 'Plan een vervolg in {parentApp}.' } },
        details: { parentApp: 'Parro' },
      }),
    )
    for (const buddy of ['attending', 'preparing', 'none'] as const) {
      const item = itemsOf(buildChecklist(answers({ buddy }), { guidance: changed })).find(
        (i) => i.id === 'after.next-appointment',
      )
      expect(item?.text).toBe('Plan een vervolg in Parro.')
    }
  })

  test('a reworded sentence is reworded wherever the item says it, in its variants too', () => {
    const item = guidance.items.find((i) => i.id === 'before.ask-buddy-along')!
    const first = sentencesOf(item)[0]!
    const changed = accepted(
      version({ items: { 'before.ask-buddy-along': { examples: { '1': { u: 'Neemt u de buddy mee?' } } } } }),
    )
    for (const sensitiveNews of [false, true]) {
      const scripts = itemsOf(
        buildChecklist(answers({ buddy: 'preparing', sensitiveNews }), { guidance: changed }),
      ).find((i) => i.id === 'before.ask-buddy-along')!.scripts
      expect(scripts.map((s) => s.text)).not.toContain(first.u)
      expect(scripts[0]).toEqual({ text: 'Neemt u de buddy mee?', origin: 'school', audience: 'parents' })
    }
  })

  test('an item of the school’s own comes at the end of its phase', () => {
    const changed = accepted(
      version({
        added: [{ id: 'school.koffie', phase: 'during', title: 'Zet koffie', text: 'Zet koffie en thee klaar.' }],
      }),
    )
    const during = buildChecklist(answers(), { guidance: changed }).phases[1]!.items
    expect(during.at(-1)).toMatchObject({ id: 'school.koffie', title: 'Zet koffie', origin: 'school' })
  })
})

describe('a version that is not valid is refused, naming the item and the field', () => {
  const tolkItem = { id: 'school.tolkdienst-bellen', phase: 'before', title: 'Bel de tolk', text: 'Bel de tolk.' }

  test('a fact the app does not know', () => {
    expect(refusal(version({ added: [{ ...tolkItem, when: { fact: 'tolk', in: [true] } }] } as never))).toEqual([
      expect.stringContaining(
        'Punt ‘school.tolkdienst-bellen’: het veld ‘when’ noemt ‘tolk’, maar dat is geen feit dat de app kent.',
      ),
    ])
  })

  test('a value a fact never has, inside all', () => {
    const when = {
      all: [
        { fact: 'interpreter', in: [true] },
        { fact: 'buddy', in: ['misschien'] },
      ],
    }
    expect(refusal(version({ added: [{ ...tolkItem, when }] } as never))).toEqual([
      expect.stringMatching(
        /^Punt ‘school\.tolkdienst-bellen’: het veld ‘when\.all\.1’ noemt bij ‘buddy’ de waarde ‘misschien’/,
      ),
    ])
  })

  test('a sheet item that does not exist, a sentence it does not have', () => {
    expect(refusal(version({ items: { 'during.bestaat-niet': { hidden: true } } }))).toEqual([
      'Punt ‘during.bestaat-niet’: dit punt staat niet in de handreiking. Kijk de id na.',
    ])
    expect(
      refusal(version({ items: { 'during.parent-in-charge': { examples: { '3': { u: 'Gaat het?' } } } } })),
    ).toEqual([
      'Punt ‘during.parent-in-charge’: het veld ‘examples.3’ noemt zin 3, maar dit punt heeft 1 voorbeeldzin.',
    ])
  })

  test('an unknown placeholder, and a detail that is used but not filled in', () => {
    const texts = version({ added: [{ ...tolkItem, text: 'Bel {tolkdienstNummer} of {interpreterPhone}.' } as never] })
    expect(refusal(texts)).toEqual([
      expect.stringMatching(
        /^Punt ‘school\.tolkdienst-bellen’: het veld ‘text’ gebruikt \{tolkdienstNummer\}, maar die naam kent de app niet\./,
      ),
      'Punt ‘school.tolkdienst-bellen’: het veld ‘text’ gebruikt {interpreterPhone}, maar ‘details.interpreterPhone’ is niet ingevuld.',
    ])
  })

  test('an id used twice, a missing title, an unknown field', () => {
    const twice = version({ added: [tolkItem, tolkItem] as never })
    expect(refusal(twice)).toEqual([
      'Punt ‘school.tolkdienst-bellen’: het veld ‘id’ komt twee keer voor. Geef elk eigen punt een eigen id.',
    ])
    const untitled = { id: tolkItem.id, phase: tolkItem.phase, text: tolkItem.text }
    expect(refusal(version({ added: [{ ...untitled, kleur: 'rood' }] } as never))).toEqual([
      'Punt ‘school.tolkdienst-bellen’: het veld ‘title’ ontbreekt.',
      'Punt ‘school.tolkdienst-bellen’: het veld ‘kleur’ kent de app niet. Haal het weg of kijk de spelling na.',
    ])
  })

  test('the file as a whole: not JSON, not a school’s version, from a newer app, a wrong date', () => {
    const messages = (text: string) => {
      const reading = readSchoolFile(text, guidance)
      return reading.ok ? [] : reading.problems.map((p) => p.message.nl)
    }
    expect(messages('{"format":')).toEqual([expect.stringMatching(/^Dit bestand is geen JSON-bestand\./)])
    expect(messages('{"format":"oudergesprek-backup"}')).toEqual([
      expect.stringMatching(/^Dit bestand is geen handreiking van een school/),
    ])
    expect(messages(JSON.stringify({ ...version({}), formatVersion: 2 }))).toEqual([
      expect.stringMatching(/nieuwere versie van de app/),
    ])
    expect(messages(JSON.stringify(version({ date: '23-11-2026' })))).toEqual([
      'Het veld ‘date’ moet een datum zijn zoals 2026-12-07.',
    ])
  })

  test('each message is in English too', () => {
    const reading = readSchoolGuidance(version({ items: { 'during.bestaat-niet': { hidden: true } } }), guidance)
    expect(reading.ok || reading.problems[0]?.message.en).toBe(
      'Item ‘during.bestaat-niet’: this item is not in the guidance. Check the id.',
    )
  })
})

test('applying a version leaves the original guidance as it was', () => {
  const before = structuredClone(guidance)
  applySchoolGuidance(guidance, JSON.parse(EXAMPLE) as SchoolGuidance)
  expect(guidance).toEqual(before)
})
