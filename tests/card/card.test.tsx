import { afterEach, describe, expect, test, vi } from 'vitest'
import { act, screen, within } from '@testing-library/react'
import { actions, givenAnswers, renderApp, said } from '../helpers'
import { buildChecklist } from '../../src/rules'
import { answers } from '../rules/sample'
import { testStore } from '../test-store'

const section = (name: string) => screen.getByRole('region', { name })
const agendaRows = () =>
  within(section('Agenda'))
    .getAllByRole('listitem')
    .map((row) => row.textContent)

afterEach(() => {
  vi.useRealTimers()
})

describe('the conversation card', () => {
  test('shows who, when and where, how to start, the timed agenda and at most seven reminders', async () => {
    const given = { parentsAttending: 2, otherAttendees: 1, meetingAt: '2026-12-12T15:30', chosenMinutes: 60 } as const
    const id = givenAnswers(given)
    actions().setNote(id, 'before.room-and-chairs', 'Lokaal 12')
    renderApp(`/p/${id}/card`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Gesprekskaart' })).toBeInTheDocument()
    expect(document.title).toBe('Gesprekskaart – Oudergesprek voorbereiden')
    expect(screen.getByText('Gesprek over Anouk')).toBeInTheDocument()
    const facts = screen.getAllByRole('term').map((term) => `${term.textContent}: ${term.nextSibling?.textContent}`)
    expect(facts).toEqual([
      'Wanneer: zaterdag 12 december 2026 om 15:30',
      'Duur: 60 minuten',
      'Ruimte: Lokaal 12 · 5 stoelen',
      'Wie zijn erbij: Jij, de ouders, de ouderbuddy en een collega van school',
    ])
    const openings = section('Zo kun je beginnen')
    expect(within(openings).getAllByRole('listitem')[0]).toHaveTextContent(
      'Tegen de ouders: ‘Ik wil eerst graag even alleen met u praten. Daarna kan de buddy erbij komen.’ (voorbeeld van de app)',
    )
    expect(within(openings).getAllByRole('listitem')[1]).toHaveTextContent(/^Tegen de buddy: ‘Ik praat eerst even/)
    expect(within(openings).getByText('Als de buddy erbij komt:')).toBeInTheDocument()
    expect(agendaRows()).toEqual([
      '15:30–15:35 Voorstellen: wie is wie en waarom zijn we hier · 5 min',
      '15:35–15:40 Kort welkom · 5 min',
      '15:40–16:00 Het nieuws, eerst alleen met de ouders · 20 min',
      '16:00–16:05 De buddy komt erbij · 5 min',
      '16:05–16:10 Wat we op school doen voor Anouk · 5 min',
      '16:10–16:20 Vragen en zorgen · 10 min',
      '16:20–16:25 Afspraken maken · 5 min',
      '16:25–16:30 Samen terugkijken · 5 min',
    ])
    const reminders = within(section('Denk aan')).getAllByRole('listitem')
    expect(reminders).toHaveLength(7)
    expect(reminders[0]).toHaveTextContent('Gevoelig nieuws: vertel het eerst zonder de buddy erbij.')
    expect(screen.getByRole('link', { name: 'Naar de checklist' })).toHaveAttribute('href', `#/p/${id}/checklist`)
  })

  test('its agenda adds up to the minutes planned on the checklist, without clock times when no time is set', async () => {
    const id = givenAnswers({ buddy: 'unknown', expectedMinutes: 25 })
    renderApp(`/p/${id}/card`)
    await screen.findByRole('heading', { level: 1, name: 'Gesprekskaart' })
    const minutes = agendaRows().map((row) => Number(/· (\d+) min$/.exec(row ?? '')![1]))
    expect(minutes.reduce((a, b) => a + b, 0)).toBe(
      buildChecklist(answers({ buddy: 'unknown', expectedMinutes: 25 })).plannedMinutes,
    )
    expect(agendaRows()[0]).toMatch(/^Kort welkom · \d+ min$/)
  })

  test('has no opening sentences without a buddy, news or a tolk, and never says buddy when there is none', async () => {
    const id = givenAnswers({ buddy: 'none', sensitiveNews: false })
    const { unmount } = renderApp(`/p/${id}/card`)
    await screen.findByRole('heading', { level: 1, name: 'Gesprekskaart' })
    expect(screen.queryByRole('heading', { name: 'Zo kun je beginnen' })).not.toBeInTheDocument()
    expect(document.querySelector('main')!.textContent).not.toMatch(/buddy/i)
    unmount()
    const news = givenAnswers({ buddy: 'none', sensitiveNews: true })
    renderApp(`/p/${news}/card`)
    await screen.findByRole('heading', { level: 1, name: 'Gesprekskaart' })
    expect(within(section('Zo kun je beginnen')).getAllByRole('listitem')[0]).toHaveTextContent(
      'Tegen de ouder: ‘Ik wil u iets vertellen over Anouk dat niet makkelijk is om te horen.’',
    )
    expect(document.querySelector('main')!.textContent).not.toMatch(/buddy/i)
  })

  test('keeps the notes typed on it', async () => {
    const id = givenAnswers()
    const { user } = renderApp(`/p/${id}/card`)
    await user.type(await screen.findByRole('textbox', { name: 'Aantekeningen' }), 'Moeder wil een vervolg')
    expect(testStore().getState().preparations[id]?.card.notes).toBe('Moeder wil een vervolg')
    expect(screen.getByRole('textbox', { name: 'Aantekeningen' })).toHaveAccessibleDescription(
      'Wordt vanzelf bewaard op dit apparaat.',
    )
  })

  test('adds a question for later to the open questions, and asks for one when the field is empty', async () => {
    const id = givenAnswers()
    const { user } = renderApp(`/p/${id}/card`)
    const field = await screen.findByRole('textbox', { name: 'Vraag voor later' })
    await user.click(screen.getByRole('button', { name: 'Bewaar de vraag' }))
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveFocus()
    expect(field).toHaveAccessibleDescription(
      /^Die komt bij je vragen voor later\. Fout: ?Schrijf eerst de vraag op\.$/,
    )
    expect(testStore().getState().preparations[id]?.questions).toEqual([])

    await user.type(field, 'Kan Anouk extra leesles krijgen?')
    await user.click(screen.getByRole('button', { name: 'Bewaar de vraag' }))
    expect(testStore().getState().preparations[id]?.questions).toEqual([
      { id: expect.any(String), text: 'Kan Anouk extra leesles krijgen?', done: false },
    ])
    expect(field).toHaveValue('')
    expect(field).not.toHaveAttribute('aria-invalid')
    const added = 'De vraag staat bij je vragen voor later: ‘Kan Anouk extra leesles krijgen?’'
    expect(screen.getByText(added)).toBeVisible()
    expect(said().polite).toBe(added)
    expect(screen.getByRole('heading', { level: 3, name: 'Vragen voor later' }).nextElementSibling).toHaveTextContent(
      'Kan Anouk extra leesles krijgen?',
    )
  })

  test('its quiet timer shows the row that is on and the time left, and stops', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-12T14:30:00.000Z'), toFake: ['Date', 'setTimeout', 'setInterval'] })
    const id = givenAnswers({ meetingAt: '2026-12-12T15:30', chosenMinutes: 45 })
    renderApp(`/p/${id}/card`)
    expect(screen.getByText('Start de timer als het gesprek begint. Hij maakt geen geluid.')).toBeInTheDocument()
    act(() => screen.getByRole('button', { name: 'Start de timer' }).click())
    const at = async (minutes: number) => {
      await act(async () => void vi.setSystemTime(new Date(Date.parse('2026-12-12T14:30:00.000Z') + minutes * 60_000)))
      await act(async () => void vi.advanceTimersByTime(1000))
    }
    const current = () =>
      within(section('Agenda'))
        .getAllByRole('listitem')
        .filter((row) => row.getAttribute('aria-current') === 'step')
        .map((row) => row.textContent)

    await at(6)
    expect(screen.getByRole('timer')).toHaveTextContent(
      'Nu: Het nieuws, eerst alleen met de ouder Nog 14 min voor dit onderdeel. Nog 39 min in totaal.',
    )
    expect(current()).toEqual(['15:35–15:50 Het nieuws, eerst alleen met de ouder · 15 min (nu)'])
    await at(44.5)
    expect(screen.getByRole('timer')).toHaveTextContent('Nu: Samen terugkijken Nog 1 min voor dit onderdeel.')
    await at(45)
    expect(screen.getByRole('timer')).toHaveTextContent(/^De geplande tijd is om\.$/)
    await at(46.5)
    expect(screen.getByRole('timer')).toHaveTextContent('De geplande tijd is om. Je bent 1 min over de tijd.')
    expect(current()).toEqual([])

    act(() => screen.getByRole('button', { name: 'Stop de timer' }).click())
    expect(screen.queryByRole('timer')).not.toBeInTheDocument()
    expect(testStore().getState().preparations[id]?.card.timerStartedAt).toBeUndefined()
  })

  test('after a late start its clock times count from the start; stopped, it shows the planned times again', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-12T14:40:30.000Z'), toFake: ['Date'] })
    const id = givenAnswers({ meetingAt: '2026-12-12T15:30', chosenMinutes: 45 })
    renderApp(`/p/${id}/card`)
    expect(agendaRows()[0]).toBe('15:30–15:35 Kort welkom · 5 min')
    act(() => screen.getByRole('button', { name: 'Start de timer' }).click())
    expect(agendaRows()).toEqual([
      '15:40–15:45 Kort welkom · 5 min (nu)',
      '15:45–16:00 Het nieuws, eerst alleen met de ouder · 15 min',
      '16:00–16:05 De buddy komt erbij · 5 min',
      '16:05–16:10 Wat we op school doen voor Anouk · 5 min',
      '16:10–16:15 Vragen en zorgen · 5 min',
      '16:15–16:20 Afspraken maken · 5 min',
      '16:20–16:25 Samen terugkijken · 5 min',
    ])
    act(() => screen.getByRole('button', { name: 'Stop de timer' }).click())
    expect(agendaRows()[0]).toBe('15:30–15:35 Kort welkom · 5 min')
  })

  test('shows the teacher’s note put on it from the checklist with its item, else the first note, else none', async () => {
    const id = givenAnswers()
    actions().setNote(id, 'during.small-talk', 'Vraag naar de nieuwe baby.')
    actions().setNote(id, 'during.parent-in-charge', 'Zij beslist over het onderzoek.')
    actions().setKeyNote(id, 'during.parent-in-charge')
    renderApp(`/p/${id}/card`)
    const keyNote = await screen.findByRole('region', { name: 'Jouw belangrijkste notitie' })
    expect(
      within(keyNote)
        .getAllByRole('paragraph')
        .map((p) => p.textContent),
    ).toEqual(['Bij ‘Laat de regie bij de ouder’', 'Zij beslist over het onderzoek.'])
    act(() => actions().setKeyNote(id, null))
    expect(keyNote).toHaveTextContent('Bij ‘Begin met een praatje’Vraag naar de nieuwe baby.')
    act(() => {
      actions().setNote(id, 'during.small-talk', '')
      actions().setNote(id, 'during.parent-in-charge', ' ')
    })
    expect(screen.queryByRole('region', { name: 'Jouw belangrijkste notitie' })).not.toBeInTheDocument()
  })

  test('speaks English in the English app', async () => {
    const id = givenAnswers({ buddy: 'none', childName: undefined, sensitiveNews: false })
    actions().setLocale('en')
    renderApp(`/p/${id}/card`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Conversation card' })).toBeInTheDocument()
    expect(agendaRows()[0]).toBe('Welcome and small talk · 5 min')
    expect(screen.getByRole('heading', { level: 2, name: 'Keep in mind' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Start the timer' })).toBeInTheDocument()
    act(() => actions().setNote(id, 'during.small-talk', 'Ask about the new baby.'))
    expect(screen.getByRole('region', { name: 'Your most important note' })).toHaveTextContent(
      'On ‘Start with a short chat’Ask about the new baby.',
    )
  })
})
