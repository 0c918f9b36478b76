import { describe, expect, test, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { givenAnswers, renderApp } from '../helpers'
import { testStore } from '../test-store'

const itemOf = (name: string) => screen.getByRole('checkbox', { name }).closest('li')!

describe('after the conversation', () => {
  test('the checklist leads to the revisit view once the conversation has taken place', async () => {
    givenAnswers({ buddy: 'attending' })
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByRole('button', { name: 'Het gesprek is geweest' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Na het gesprek' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Wat je nog kunt doen' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Evalueer het gesprek samen' })).toBeInTheDocument()
  })

  test('"moeizaam" highlights talking about it again later', async () => {
    givenAnswers()
    const { user } = renderApp('/after')
    const item = () => itemOf('Ging het niet zo prettig? Praat er later over')
    await screen.findByRole('heading', { level: 1, name: 'Na het gesprek' })
    expect(within(item()).queryByText('Let op: het gesprek ging moeizaam.')).not.toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Moeizaam' }))
    expect(within(item()).getByText('Let op: het gesprek ging moeizaam.')).toBeInTheDocument()
    // The advice is the item itself: it is said once, not again under the rating.
    expect(screen.getAllByText(/tijd en ruimte om het gesprek te laten bezinken/)).toHaveLength(1)
    expect(
      screen.getByRole('checkbox', { name: 'Ging het niet zo prettig? Praat er later over' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Let op: het gesprek ging moeizaam.'))
    await user.click(screen.getByRole('radio', { name: 'Goed' }))
    expect(within(item()).queryByText('Let op: het gesprek ging moeizaam.')).not.toBeInTheDocument()
  })

  test('asks how the buddy experienced it only when the buddy came', async () => {
    givenAnswers({ buddy: 'preparing' })
    renderApp('/after')
    await screen.findByRole('textbox', { name: 'Hoe heeft de ouder het gesprek ervaren?' })
    expect(screen.queryByRole('textbox', { name: 'Hoe heeft de buddy het gesprek ervaren?' })).not.toBeInTheDocument()
  })

  test('asks whether an uncertain buddy came, and then how the buddy experienced it', async () => {
    givenAnswers({ buddy: 'unknown' })
    const { user } = renderApp('/after')
    const question = await screen.findByRole('group', { name: 'Was de buddy bij het gesprek?' })
    expect(screen.queryByRole('textbox', { name: 'Hoe heeft de buddy het gesprek ervaren?' })).not.toBeInTheDocument()
    await user.click(within(question).getByRole('radio', { name: 'Ja' }))
    expect(screen.getByRole('textbox', { name: 'Hoe heeft de buddy het gesprek ervaren?' })).toBeInTheDocument()
  })

  test('without a buddy, the follow-up neither offers nor mentions one', async () => {
    givenAnswers({ buddy: 'none' })
    renderApp('/after')
    const section = await screen.findByRole('region', { name: 'Vervolgafspraak' })
    expect(within(section).getByText('Plan zo nodig een volgend gesprek.')).toBeInTheDocument()
    expect(within(section).queryByRole('checkbox', { name: 'De buddy komt ook' })).not.toBeInTheDocument()
    const report = screen.getByRole('textbox', { name: 'Zo ziet het verslag eruit' }) as HTMLTextAreaElement
    expect(`${document.querySelector('main')!.textContent} ${report.value}`).not.toMatch(/buddy/i)
  })

  test('with a buddy who came, the follow-up offers the buddy again', async () => {
    givenAnswers({ buddy: 'attending' })
    renderApp('/after')
    const section = await screen.findByRole('region', { name: 'Vervolgafspraak' })
    expect(
      within(section).getByText(
        'Plan zo nodig een volgend gesprek. De buddy kan er weer bij zijn als de ouder dat wil.',
      ),
    ).toBeInTheDocument()
    expect(within(section).getByRole('checkbox', { name: 'De buddy komt ook' })).toBeInTheDocument()
  })

  test('with two parents, asks how the parents experienced it and offers the buddy if they wish', async () => {
    givenAnswers({ buddy: 'attending', parentsAttending: 2 })
    renderApp('/after')
    expect(
      await screen.findByRole('textbox', { name: 'Hoe hebben de ouders het gesprek ervaren?' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: 'Hoe heeft de ouder het gesprek ervaren?' })).not.toBeInTheDocument()
    const section = screen.getByRole('region', { name: 'Vervolgafspraak' })
    expect(
      within(section).getByText(
        'Plan zo nodig een volgend gesprek. De buddy kan er weer bij zijn als de ouders dat willen.',
      ),
    ).toBeInTheDocument()
  })

  test('keeps open questions with a done mark', async () => {
    givenAnswers()
    const { user } = renderApp('/after')
    const field = await screen.findByRole('textbox', { name: 'Nieuwe vraag' })
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }))
    expect(screen.getByText('Schrijf eerst de vraag op.')).toBeInTheDocument()
    expect(field).toHaveFocus()
    await user.type(field, 'Kan Anouk extra leesles krijgen?')
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }))
    expect(field).toHaveValue('')
    await user.click(screen.getByRole('checkbox', { name: 'Kan Anouk extra leesles krijgen?' }))
    const saved = Object.values(testStore().getState().preparations)[0]!
    expect(saved.questions).toEqual([expect.objectContaining({ text: 'Kan Anouk extra leesles krijgen?', done: true })])
  })

  test('saves a follow-up appointment as it is typed, and says what is wrong with a bad one on leaving the box', async () => {
    const id = givenAnswers()
    const { user } = renderApp('/after')
    const date = await screen.findByRole('textbox', { name: 'Datum' })
    await user.type(date, '31-11-2026')
    await user.type(screen.getByRole('textbox', { name: 'Tijd' }), '14:30')
    const doesNotExist = '‘31-11-2026’ bestaat niet: november heeft 30 dagen.'
    expect(await screen.findByText(doesNotExist)).toBeInTheDocument()
    expect(date).toHaveAccessibleDescription(expect.stringContaining(doesNotExist))
    expect(testStore().getState().preparations[id]?.followUp).not.toHaveProperty('at')
    await user.clear(date)
    await user.type(date, '19 dec')
    expect(screen.getByText('Dat is zaterdag 19 december 2026.')).toBeInTheDocument()
    expect(screen.queryByText(doesNotExist)).not.toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'De buddy komt ook' }))
    expect(
      await screen.findByText('Het vervolggesprek staat gepland op zaterdag 19 december 2026 om 14:30.'),
    ).toBeInTheDocument()
    expect(await screen.findByText('Bewaard')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Zet in je agenda' })).toBeInTheDocument()
    expect(testStore().getState().preparations[id]?.followUp).toEqual({
      at: '2026-12-19T14:30',
      minutes: 30,
      withBuddy: true,
    })
    await user.clear(date)
    await user.clear(screen.getByRole('textbox', { name: 'Tijd' }))
    expect(testStore().getState().preparations[id]?.followUp).toEqual({ minutes: 30, withBuddy: true })
    // No follow-up is no mistake: two empty boxes say nothing.
    expect(date).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByText(/Vul ook/)).not.toBeInTheDocument()
  })

  test('a follow-up date without a year is the next such day, and is saved in full', async () => {
    const id = givenAnswers()
    const { user } = renderApp('/after')
    const date = await screen.findByRole('textbox', { name: 'Datum' })
    expect(date).not.toHaveAttribute('inputmode')
    await user.type(date, '5-1')
    expect(screen.getByText('Dat is dinsdag 5 januari 2027.')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Tijd' }), '8.30')
    expect(testStore().getState().preparations[id]?.followUp).toMatchObject({ at: '2027-01-05T08:30' })
    await user.clear(date)
    await user.type(date, '5 januray')
    await user.tab()
    expect(
      await screen.findByText('We kennen geen maand ‘januray’. Schrijf bijvoorbeeld 15 december of 15 dec.'),
    ).toBeInTheDocument()
    expect(screen.queryByText(/^Dat is/)).not.toBeInTheDocument()
    expect(testStore().getState().preparations[id]?.followUp).toMatchObject({ at: '2027-01-05T08:30' })
  })

  test('the report never holds the teacher’s own notes or how anyone experienced it, and says why', async () => {
    const id = givenAnswers()
    testStore().getState().actions.setNote(id, 'during.small-talk', 'Moeder is net verhuisd')
    const { user } = renderApp('/after')
    await user.type(await screen.findByRole('textbox', { name: 'Hoe heb jij het gesprek ervaren?' }), 'Ik was gehaast')
    await user.click(screen.getByRole('radio', { name: 'Moeizaam' }))
    await user.type(screen.getByRole('textbox', { name: 'Wat is er besproken?' }), 'De leesresultaten')
    const report = screen.getByRole('textbox', { name: 'Zo ziet het verslag eruit' }) as HTMLTextAreaElement
    await waitFor(() => expect(report.value).toContain('Besproken:\nDe leesresultaten'))
    for (const own of ['verhuisd', 'Ik was gehaast', 'Moeizaam']) expect(report.value).not.toContain(own)
    expect(screen.queryByRole('checkbox', { name: /notities|hoe het gesprek ging/i })).not.toBeInTheDocument()
    expect(report).toHaveAccessibleDescription(
      'Een kort, feitelijk verslag om in het leerlingdossier te plakken. Ouders mogen het dossier inzien. Daarom staan je eigen notities en hoe het gesprek is ervaren er niet in.',
    )
  })

  test('the notes from the conversation card are shown beside “Wat is er besproken?” and taken over with one button', async () => {
    const id = givenAnswers()
    testStore().getState().actions.saveEvaluation(id, { discussed: 'Leesresultaten besproken.' })
    testStore().getState().actions.setCardNotes(id, 'Moeder wil een vervolg in januari.')
    const { user } = renderApp('/after')
    const notes = await screen.findByRole('region', { name: 'Je aantekeningen op de gesprekskaart' })
    expect(within(notes).getByText('Moeder wil een vervolg in januari.')).toBeInTheDocument()
    await user.click(within(notes).getByRole('button', { name: 'Neem over in ‘Wat is er besproken?’' }))
    const discussed = screen.getByRole('textbox', { name: 'Wat is er besproken?' })
    expect(discussed).toHaveValue('Leesresultaten besproken.\n\nMoeder wil een vervolg in januari.')
    expect(discussed).toHaveFocus()
    expect(within(notes).queryByRole('button')).not.toBeInTheDocument()
    expect(within(notes).getByText('Deze aantekeningen staan al bij ‘Wat is er besproken?’.')).toBeInTheDocument()
    const report = screen.getByRole('textbox', { name: 'Zo ziet het verslag eruit' }) as HTMLTextAreaElement
    await waitFor(() =>
      expect(report.value).toContain('Besproken:\nLeesresultaten besproken.\n\nMoeder wil een vervolg in januari.'),
    )
  })

  test('without notes on the card there is nothing to take over', async () => {
    givenAnswers()
    renderApp('/after')
    await screen.findByRole('textbox', { name: 'Wat is er besproken?' })
    expect(screen.queryByRole('region', { name: 'Je aantekeningen op de gesprekskaart' })).not.toBeInTheDocument()
  })

  test('“Wat is er afgesproken?” says that it goes to the parent as written', async () => {
    givenAnswers()
    renderApp('/after')
    expect(await screen.findByRole('textbox', { name: 'Wat is er afgesproken?' })).toHaveAccessibleDescription(
      'Dit komt ook in de PDF voor de ouder. Schrijf korte, eenvoudige zinnen.',
    )
  })
})

describe('small slips that should not cost the teacher', () => {
  test('a double click on "Vraag toevoegen" adds the question once and shows no error', async () => {
    const id = givenAnswers()
    const { user } = renderApp('/checklist')
    await user.type(await screen.findByRole('textbox', { name: 'Nieuwe vraag' }), 'Kan er een extra leesmoment komen?')
    await user.dblClick(screen.getByRole('button', { name: 'Vraag toevoegen' }))
    expect(
      testStore()
        .getState()
        .preparations[id]?.questions.map((q) => q.text),
    ).toEqual(['Kan er een extra leesmoment komen?'])
    expect(screen.queryByText('Schrijf eerst de vraag op.')).not.toBeInTheDocument()
  })

  test('a double click on "Zet in je agenda" downloads one calendar file', async () => {
    const id = givenAnswers()
    testStore().getState().actions.saveFollowUp(id, { at: '2026-12-19T14:30', minutes: 30 })
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const { user } = renderApp('/after')
    await user.dblClick(await screen.findByRole('button', { name: 'Zet in je agenda' }))
    expect(await screen.findByText(/Het agendabestand is gedownload/)).toBeInTheDocument()
    expect(createObjectURL).toHaveBeenCalledTimes(1)
  })

  test('a follow-up in the hour the spring clock change skips is refused; one in the past is saved with a warning', async () => {
    givenAnswers({ meetingAt: '2026-11-20T10:00' })
    const { user } = renderApp('/after')
    const date = await screen.findByRole('textbox', { name: 'Datum' })
    await user.type(date, '28-03-2027')
    await user.type(screen.getByRole('textbox', { name: 'Tijd' }), '02:30')
    await user.tab()
    expect(
      await screen.findByText(
        'Deze tijd bestaat niet op die dag: de klok gaat dan van 2:00 naar 3:00. Kies een andere tijd.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/staat gepland/)).not.toBeInTheDocument()
    await user.clear(date)
    await user.type(date, '01-11-2026')
    expect(await screen.findByText('Let op: deze afspraak ligt in het verleden.')).toBeInTheDocument()
  })
})
