// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { buildChecklist, type Answers } from '../../src/rules'
import { pdfContent, type PdfInput, type PdfVariant } from '../../src/pdf/pdf-content'
import { renderPdf } from '../../src/pdf/render-pdf'
import { answers } from '../rules/sample'
import { flat, pdfText, tickCount } from './pdf-text'
import { TICK_WIDTH } from '../../src/pdf/checklist-block'
import { testFonts } from './test-fonts'

const fonts = testFonts()

const NOTES = { 'during.small-talk': 'Vragen naar de verhuizing', 'before.room-and-chairs': 'Lokaal 12 reserveren' }

type After = Pick<PdfInput, 'questions' | 'evaluation' | 'followUp'>
const NOTHING_AFTER: After = { questions: [], evaluation: {}, followUp: {} }

function makePdf(
  overrides: Partial<Answers> = {},
  variant: PdfVariant = 'own',
  locale: 'nl' | 'en' = 'nl',
  after = NOTHING_AFTER,
  include = { notes: false, rating: false },
) {
  const given = answers({ meetingAt: '2026-12-12T15:30', ...overrides })
  return renderPdf(
    pdfContent({
      checklist: buildChecklist(given, { locale }),
      answers: given,
      ticks: { 'during.small-talk': true },
      notes: NOTES,
      ...after,
      variant,
      include,
      today: '2026-11-29',
    }),
    fonts,
  )
}

describe('the PDF', () => {
  test('holds the child, the plan, every applicable item in Dutch, and the scripts with their quotes', async () => {
    const { text, pages } = await pdfText(await makePdf())
    const all = flat(text)
    expect(all).toContain('Voorbereiding oudergesprek')
    expect(all).toContain('Voor het gesprek over Anouk')
    expect(all).toContain('zaterdag 12 december 2026 om 15:30')
    expect(all).toContain(
      'Plan 30 minuten. Je gebruikelijke tijd is 30 minuten. Suggestie: 45 minuten, 15 minuten extra, omdat de buddy meekomt.',
    )
    expect(all).toContain('Zet drie stoelen klaar.')
    for (const item of buildChecklist(answers()).phases.flatMap((p) => p.items)) {
      expect(all, item.id).toContain(item.title)
      expect(all, item.id).toContain(item.text)
      for (const script of item.scripts) expect(all, item.id).toContain(`‘${script.text}’`)
    }
    expect(all).toContain('‘Hoe ziet u dit?’')
    expect(pages[0]).toContain('Pagina 1 van')
    expect(all).toContain('Gemaakt op 29 november 2026')
    expect(all).toContain('Vragen voor later')
    expect(all).toContain('Aantekeningen tijdens het gesprek')
  })

  test('ends with the source sheet and the acknowledgement on the last page', async () => {
    const { pages } = await pdfText(await makePdf())
    const last = flat(pages.at(-1)!)
    expect(last).toContain(
      'Bron: ‘Handreikingen voor de leerkracht ter voorbereiding op een gesprek met een ouder en ouderbuddy’.',
    )
    expect(last).toContain('Met dank aan Afke Persoon, orthopedagoog,')
  })

  test('holds the teacher’s notes in the own version, and in a colleague’s only when ticked in', async () => {
    const own = flat((await pdfText(await makePdf({}, 'own'))).text)
    expect(own).toContain('Notitie: Vragen naar de verhuizing')
    expect(own).toContain('Notitie: Lokaal 12 reserveren')
    expect(own).not.toContain('Voor een collega')
    const shared = flat((await pdfText(await makePdf({}, 'colleague'))).text)
    expect(shared).toContain('Voor een collega, niet voor de ouder. Zonder de notities van de leerkracht.')
    for (const note of Object.values(NOTES)) expect(shared).not.toContain(note)
    expect(shared).not.toContain('Notitie:')
    const ticked = flat(
      (await pdfText(await makePdf({}, 'colleague', 'nl', NOTHING_AFTER, { notes: true, rating: false }))).text,
    )
    expect(ticked).toContain('Voor een collega, niet voor de ouder.')
    expect(ticked).not.toContain('Zonder de notities')
    for (const note of Object.values(NOTES)) expect(ticked).toContain(`Notitie: ${note}`)
  })

  test('names what the conversation is about in the plan, when the teacher wrote it down', async () => {
    const about = flat((await pdfText(await makePdf({ purpose: 'hoe het gaat met lezen' }))).text)
    expect(about).toContain('Onderwerp hoe het gaat met lezen Datum en tijd')
    expect(flat((await pdfText(await makePdf())).text)).not.toContain('Onderwerp')
  })

  test('holds no buddy item when there is no buddy', async () => {
    const text = flat((await pdfText(await makePdf({ buddy: 'none' }))).text)
    expect(text).toContain('Begin met een praatje')
    for (const title of [
      'Vraag of de buddy meekomt',
      'Moedig de ouder aan om vragen met de buddy voor te bereiden',
      'Praat, bel en mail met de ouder zelf',
      'Begin anders als de buddy erbij is',
      'Geen rechtstreeks contact met de buddy',
      'Gevoelig nieuws: eerst apart met de ouder',
      'Leg voorstellen van de buddy aan de ouder voor',
    ])
      expect(text).not.toContain(title)
  })

  test('says where each sentence comes from, and that the extra time is a suggestion with its rule', async () => {
    const all = flat((await pdfText(await makePdf())).text)
    expect(all).toContain('‘Hoe ziet u dit?’ uit de handreiking')
    expect(all).toContain(
      '‘Dat weet ik nu niet. Ik zoek het voor u uit en laat het u deze week weten.’ voorbeeld van de app',
    )
    expect(all).toContain(
      'Plan 30 minuten. Je gebruikelijke tijd is 30 minuten. Suggestie: 45 minuten, 15 minuten extra, omdat de buddy meekomt. Dit is een suggestie, niet uit de handreiking: 50% extra tijd, naar boven afgerond op 5 minuten, en minstens 10 minuten extra.',
    )
  })

  test('puts talking with the parent alone before the buddy opening when sensitive news is coming', async () => {
    for (const buddy of ['attending', 'unknown'] as const) {
      const all = flat((await pdfText(await makePdf({ buddy, sensitiveNews: true }))).text)
      const alone = all.indexOf('Gevoelig nieuws: eerst apart met de ouder')
      expect(alone, buddy).toBeGreaterThan(0)
      expect(alone, buddy).toBeLessThan(all.indexOf('Begin anders als de buddy erbij is'))
    }
  })

  test('never mentions a buddy when there is none, apart from the name of the sheet it cites', async () => {
    const after: After = {
      questions: [],
      evaluation: { rating: 'good', buddyCame: true, buddy: 'Buddy was tevreden' },
      followUp: { at: '2026-12-19T14:30', minutes: 30, withBuddy: true },
    }
    const { text } = await pdfText(await makePdf({ buddy: 'none', parentsAttending: 2 }, 'own', 'nl', after))
    const cited =
      'Bron: ‘Handreikingen voor de leerkracht ter voorbereiding op een gesprek met een ouder en ouderbuddy’.'
    expect(flat(text)).toContain(cited)
    expect(flat(text).replace(cited, '')).not.toMatch(/buddy/i)
    expect(flat(text)).toContain('Begin met een praatje')
  })

  test.each(['Ayşe Łukasiewicz', 'Çağla', 'Nguyễn Thị Minh', 'Zoë-Élodie', '<b>x</b>'])(
    'gives back the name %s exactly as typed',
    async (name) => {
      const { text } = await pdfText(await makePdf({ childName: name }))
      expect(text.split('\n')).toContain(`Voor het gesprek over ${name}`)
      expect(flat(text)).toContain(`in het belang van ${name}…`)
    },
  )

  test('carries title, language and creator', async () => {
    const { info } = await pdfText(await makePdf())
    expect(info).toMatchObject({ Title: 'Voorbereiding oudergesprek', Language: 'nl', Creator: 'Oudergesprek' })
    const english = await pdfText(await makePdf({}, 'own', 'en'))
    expect(english.info).toMatchObject({ Title: 'Parent conversation preparation', Language: 'en' })
    expect(flat(english.text)).toContain('Before the conversation')
    expect(english.pages[0]).toContain('Page 1 of')
  })

  test('never splits an item across pages', async () => {
    const crowded = { parentsAttending: 2, otherAttendees: 2 } as const
    const { pages, numPages } = await pdfText(await makePdf(crowded))
    expect(numPages).toBeGreaterThan(1)
    for (const item of buildChecklist(answers(crowded)).phases.flatMap((p) => p.items)) {
      const holding = pages.filter(
        (page) => flat(page).includes(item.title) || flat(page).includes(item.text.slice(-30)),
      )
      expect(holding, item.id).toHaveLength(1)
      expect(flat(holding[0]!), item.id).toContain(item.text)
    }
  })

  test('after the conversation holds the evaluation, the open questions and the follow-up', async () => {
    const after: After = {
      questions: [
        { id: 'q1', text: 'Kan Anouk extra leesles krijgen?', done: false },
        { id: 'q2', text: 'Wanneer is de toets?', done: true },
      ],
      evaluation: {
        rating: 'difficult',
        parent: 'Ouder vond het spannend',
        agreements: 'Over zes weken opnieuw praten.',
      },
      followUp: { at: '2026-12-19T14:30', minutes: 30, withBuddy: true },
    }
    const own = flat((await pdfText(await makePdf({}, 'own', 'nl', after))).text)
    expect(own).toContain('Evaluatie')
    expect(own).toContain('Moeizaam')
    expect(own).toContain('Ouder vond het spannend')
    expect(own).toContain('Over zes weken opnieuw praten.')
    expect(own).toContain('zaterdag 19 december 2026 om 14.30 uur, 30 minuten, met de ouderbuddy')
    expect(own).toContain('Kan Anouk extra leesles krijgen?')
    expect(own).toContain('Wanneer is de toets?')
    const shared = flat((await pdfText(await makePdf({}, 'colleague', 'nl', after))).text)
    expect(shared).toContain('Kan Anouk extra leesles krijgen?')
    expect(shared).not.toContain('Ouder vond het spannend')
    expect(shared).not.toContain('Moeizaam')
  })

  test('for a colleague leaves out the rating and the experiences unless ticked in, and keeps the agreements', async () => {
    const after: After = {
      questions: [],
      evaluation: {
        rating: 'good',
        parent: 'Ouder was opgelucht',
        buddy: 'Buddy vond het helder',
        teacher: 'Ik was te snel',
        discussed: 'Het leesplan.',
        agreements: 'Over zes weken opnieuw praten.',
      },
      followUp: {},
    }
    const own = flat((await pdfText(await makePdf({}, 'own', 'nl', after))).text)
    for (const said of [
      'Ouder was opgelucht',
      'Buddy vond het helder',
      'Ik was te snel',
      'Over zes weken opnieuw praten.',
    ])
      expect(own).toContain(said)
    expect(own).toContain('Hoe ging het Goed')
    const shared = flat((await pdfText(await makePdf({}, 'colleague', 'nl', after))).text)
    expect(shared).toContain('Afspraken Over zes weken opnieuw praten.')
    expect(shared).toContain('Besproken Het leesplan.')
    expect(shared).not.toContain('Hoe ging het')
    expect(shared).not.toContain('Goed')
    for (const said of ['Ouder was opgelucht', 'Buddy vond het helder', 'Ik was te snel'])
      expect(shared).not.toContain(said)

    const rated = flat(
      (await pdfText(await makePdf({}, 'colleague', 'nl', after, { notes: false, rating: true }))).text,
    )
    expect(rated).toContain('Hoe ging het Goed')
    for (const said of ['Ouder was opgelucht', 'Buddy vond het helder', 'Ik was te snel'])
      expect(rated).not.toContain(said)

    const noted = flat(
      (await pdfText(await makePdf({}, 'colleague', 'nl', after, { notes: true, rating: false }))).text,
    )
    expect(noted).not.toContain('Hoe ging het')
    for (const said of ['Ouder was opgelucht', 'Buddy vond het helder', 'Ik was te snel']) expect(noted).toContain(said)
  })

  test('draws a tick in exactly the boxes that are ticked: items and questions', async () => {
    const after: After = {
      questions: [
        { id: 'q1', text: 'Kan Anouk extra leesles krijgen?', done: true },
        { id: 'q2', text: 'Wanneer is de toets?', done: false },
      ],
      evaluation: {},
      followUp: {},
    }
    // makePdf ticks one item, 'Begin met een praatje'; one question is done.
    expect(await tickCount(await makePdf({}, 'own', 'nl', after), TICK_WIDTH)).toBe(2)
    expect(await tickCount(await makePdf({}, 'colleague', 'nl', NOTHING_AFTER), TICK_WIDTH)).toBe(1)
    const given = answers({ meetingAt: '2026-12-12T15:30' })
    const checklist = buildChecklist(given)
    const everything = Object.fromEntries(checklist.phases.flatMap((p) => p.items).map((i) => [i.id, true as const]))
    const allTicked = await renderPdf(
      pdfContent({
        checklist,
        answers: given,
        ticks: everything,
        notes: {},
        ...NOTHING_AFTER,
        variant: 'own',
        today: '2026-11-29',
      }),
      fonts,
    )
    expect(await tickCount(allTicked, TICK_WIDTH)).toBe(Object.keys(everything).length)
  })

  test('is small', async () => {
    expect((await makePdf()).byteLength).toBeLessThan(100_000)
  })
})
