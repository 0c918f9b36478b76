import { describe, expect, test } from 'vitest'
import { screen, within } from '@testing-library/react'
import { givenAnswers, renderApp } from '../helpers'
import { buildChecklist, type Answers } from '../../src/rules'
import { testStore } from '../test-store'

/** How many items the checklist of the one saved preparation has, as the rules make it. */
const itemCount = () =>
  buildChecklist(Object.values(testStore().getState().preparations)[0]!.answers as Answers).phases.flatMap(
    (p) => p.items,
  ).length

const phase = (name: string) => screen.getByRole('region', { name })
const itemOf = (name: string) => screen.getByRole('checkbox', { name }).closest('li')!
/** Everything the page says, the text in its text boxes included. */
const mainText = () =>
  [
    document.querySelector('main')!.textContent,
    ...screen.getAllByRole('textbox').map((box) => (box as HTMLTextAreaElement).value),
  ].join(' ')

describe('the checklist', () => {
  test('shows the three phases in order, each with its progress', async () => {
    givenAnswers({ buddy: 'attending', sensitiveNews: true })
    const { user } = renderApp('/checklist')
    await screen.findByRole('heading', { level: 1, name: 'Jouw checklist' })
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings).toEqual([
      'Jouw plan',
      'Voor het gesprek',
      'Tijdens het gesprek',
      'Vragen voor later',
      'Na het gesprek',
      'Downloaden of afdrukken',
    ])
    expect(within(phase('Voor het gesprek')).getByText('0 van 5 gedaan')).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Praat, bel en mail met de ouder zelf' }))
    expect(within(phase('Voor het gesprek')).getByText('1 van 5 gedaan')).toBeInTheDocument()
  })

  test('explains why an item is there', async () => {
    givenAnswers({ buddy: 'attending', sensitiveNews: true })
    const { user } = renderApp('/checklist')
    const item = (await screen.findByRole('checkbox', { name: 'Gevoelig nieuws: eerst apart met de ouder' })).closest(
      'li',
    )!
    await user.click(within(item).getByText('Waarom staat dit hier?'))
    expect(
      within(item).getByText('Omdat je iets gevoeligs gaat vertellen dat nog nieuw is voor de ouder.'),
    ).toBeVisible()
    expect(within(item).getByText('Omdat je hebt gezegd dat de buddy meekomt.')).toBeVisible()
  })

  test('keeps a note per item, folded away until the teacher adds one', async () => {
    givenAnswers()
    const { user } = renderApp('/checklist')
    await screen.findByRole('heading', { level: 1, name: 'Jouw checklist' })
    expect(screen.queryByRole('textbox', { name: /^Notitie bij/ })).not.toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: /^Notitie toevoegen bij/ })).toHaveLength(itemCount())
    await user.click(screen.getByRole('button', { name: 'Notitie toevoegen bij ‘Begin met een praatje’' }))
    const note = screen.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' })
    expect(note).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Notitie toevoegen bij ‘Begin met een praatje’' })).toBeNull()
    await user.keyboard('Vragen naar de vakantie')
    const saved = Object.values(testStore().getState().preparations)[0]!
    expect(saved.notes['during.small-talk']).toBe('Vragen naar de vakantie')
    // Emptying the box keeps it open under the cursor.
    await user.clear(note)
    expect(screen.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' })).toHaveFocus()
  })

  test('shows the note box of every item that has a note, and only those', async () => {
    const id = givenAnswers()
    testStore().getState().actions.setNote(id, 'before.room-and-chairs', 'Lokaal 12')
    renderApp(`/p/${id}/checklist`)
    expect(
      await screen.findByRole('textbox', { name: 'Notitie bij ‘Regel een geschikte ruimte en drie stoelen’' }),
    ).toHaveValue('Lokaal 12')
    expect(screen.getAllByRole('textbox', { name: /^Notitie bij/ })).toHaveLength(1)
    expect(screen.getAllByRole('button', { name: /^Notitie toevoegen bij/ })).toHaveLength(itemCount() - 1)
    expect(
      screen.getByRole('textbox', { name: 'Notitie bij ‘Regel een geschikte ruimte en drie stoelen’' }),
    ).not.toHaveFocus()
  })

  test('puts one note on the conversation card: a box under each note with text, and marking another moves the mark', async () => {
    const id = givenAnswers()
    testStore().getState().actions.setNote(id, 'before.room-and-chairs', 'Lokaal 12')
    const { user } = renderApp(`/p/${id}/checklist`)
    const onCard = (title: string) => within(itemOf(title)).getByRole('checkbox', { name: 'Zet op de gesprekskaart' })
    const room = await screen.findByRole('checkbox', { name: 'Zet op de gesprekskaart' })
    expect(room).toHaveAccessibleDescription('Notitie bij ‘Regel een geschikte ruimte en drie stoelen’')
    expect(room).not.toBeChecked()

    // An open box without text has nothing to put on the card yet.
    await user.click(screen.getByRole('button', { name: 'Notitie toevoegen bij ‘Begin met een praatje’' }))
    expect(within(itemOf('Begin met een praatje')).queryByRole('checkbox', { name: /gesprekskaart/ })).toBeNull()
    await user.keyboard(' ')
    expect(within(itemOf('Begin met een praatje')).queryByRole('checkbox', { name: /gesprekskaart/ })).toBeNull()
    await user.keyboard('Over de hond')

    await user.click(onCard('Begin met een praatje'))
    expect(testStore().getState().preparations[id]?.card.keyNote).toBe('during.small-talk')
    await user.click(onCard('Regel een geschikte ruimte en drie stoelen'))
    expect(onCard('Regel een geschikte ruimte en drie stoelen')).toBeChecked()
    expect(onCard('Begin met een praatje')).not.toBeChecked()
    expect(testStore().getState().preparations[id]?.card.keyNote).toBe('before.room-and-chairs')
    await user.click(onCard('Regel een geschikte ruimte en drie stoelen'))
    expect(screen.queryAllByRole('checkbox', { name: 'Zet op de gesprekskaart', checked: true })).toHaveLength(0)
    expect(testStore().getState().preparations[id]?.card.keyNote).toBeUndefined()
  })

  test('links to the conversation card of this preparation', async () => {
    const id = givenAnswers()
    renderApp(`/p/${id}/checklist`)
    const link = await screen.findByRole('link', { name: 'Gesprekskaart' })
    expect(link).toHaveAttribute('href', `#/p/${id}/card`)
    expect(link).toHaveAccessibleDescription('Alles voor tijdens het gesprek op één pagina, met een agenda en tijden.')
  })

  test('recomputes when the buddy no longer comes, keeping the ticks of the items that remain', async () => {
    const id = givenAnswers({ buddy: 'attending' })
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByRole('checkbox', { name: 'Geen rechtstreeks contact met de buddy' }))
    await user.click(screen.getByRole('checkbox', { name: 'Begin met een praatje' }))
    testStore().getState().actions.saveAnswers(id, { buddy: 'none' })
    expect(await screen.findByRole('checkbox', { name: 'Begin met een praatje' })).toBeChecked()
    expect(screen.queryByRole('checkbox', { name: 'Geen rechtstreeks contact met de buddy' })).not.toBeInTheDocument()
    expect(screen.queryByText(/buddy/i, { selector: '.item__title' })).not.toBeInTheDocument()
  })

  test('marks each example sentence as the sheet’s own or as a suggestion', async () => {
    givenAnswers({ buddy: 'attending' })
    renderApp('/checklist')
    const suggestions = within(
      (await screen.findByRole('checkbox', { name: 'Leg voorstellen van de buddy aan de ouder voor' })).closest('li')!,
    )
    expect(suggestions.getByText('‘Hoe ziet u dit?’').closest('li')).toHaveTextContent(
      '‘Hoe ziet u dit?’ (uit de handreiking)',
    )
    const answerLater = within(itemOf('Je hoeft niet alles meteen te weten'))
    expect(
      answerLater
        .getByText('‘Dat weet ik nu niet. Ik zoek het voor u uit en laat het u deze week weten.’')
        .closest('li'),
    ).toHaveTextContent('(voorbeeld van de app)')
  })

  test('with sensitive news and a buddy coming, talking with the parent alone comes before the buddy opening', async () => {
    givenAnswers({ buddy: 'attending', sensitiveNews: true })
    renderApp('/checklist')
    await screen.findByRole('heading', { level: 1, name: 'Jouw checklist' })
    const titles = within(phase('Tijdens het gesprek'))
      .getAllByRole('checkbox')
      .map((box) => box.closest('li')!.querySelector('label')!.textContent)
    expect(titles.slice(0, 4)).toEqual([
      'Begin met een praatje',
      'Gevoelig nieuws: eerst apart met de ouder',
      'Vertel het nieuws vroeg in het gesprek',
      'Begin anders als de buddy erbij is',
    ])
  })

  test('without a buddy, nothing on the page mentions a buddy', async () => {
    givenAnswers({ buddy: 'none', parentsAttending: 2, sensitiveNews: true })
    const { user } = renderApp('/checklist')
    await screen.findByRole('heading', { level: 1, name: 'Jouw checklist' })
    await user.click(screen.getByText(/^Uitnodiging voor de ouders?$/))
    const invitation = screen.getByRole('textbox', { name: 'Tekst van de uitnodiging' }) as HTMLTextAreaElement
    expect(invitation.value).toMatch(/^Beste ouders,/)
    expect(mainText()).toContain('Begin met een praatje')
    expect(mainText()).not.toMatch(/buddy/i)
  })

  test('plans the usual time and shows the extra time as a suggestion, with who makes it longer and its rule', async () => {
    givenAnswers({ buddy: 'attending', expectedMinutes: 30 })
    renderApp('/checklist')
    const plan = await screen.findByRole('region', { name: 'Jouw plan' })
    expect(plan).toHaveTextContent(
      'Plan 30 minuten. Je gebruikelijke tijd is 30 minuten. Suggestie: 45 minuten, 15 minuten extra, omdat de buddy meekomt. Dit is een suggestie, niet uit de handreiking: 50% extra tijd, naar boven afgerond op 5 minuten, en minstens 10 minuten extra. Je kiest zelf.',
    )
  })

  test('lets the teacher take the suggestion or keep the usual minutes, and uses the choice everywhere', async () => {
    const id = givenAnswers({ buddy: 'attending', sensitiveNews: false, expectedMinutes: 30 })
    const { user } = renderApp(`/p/${id}/checklist`)
    const plan = await screen.findByRole('region', { name: 'Jouw plan' })
    const choice = within(plan).getByRole('group', { name: 'Hoeveel minuten plan je?' })
    expect(choice).toHaveAccessibleDescription('Dit komt in de uitnodiging, op de gesprekskaart en in je agenda.')
    const usual = within(choice).getByRole('radio', { name: '30 minuten: je gebruikelijke tijd' })
    const suggested = within(choice).getByRole('radio', { name: '45 minuten: de suggestie' })
    expect(usual).toBeChecked()
    await user.click(suggested)
    expect(suggested).toBeChecked()
    expect(within(plan).getByText(/^Plan 45 minuten\./)).toBeInTheDocument()
    expect(testStore().getState().preparations[id]!.answers.chosenMinutes).toBe(45)
    await user.click(screen.getByText(/^Uitnodiging voor de ouders?$/))
    const invitation = screen.getByRole('textbox', { name: 'Tekst van de uitnodiging' }) as HTMLTextAreaElement
    expect(invitation.value).toContain('Hoe lang: ongeveer 45 minuten')
    // Back to the usual time: saved as no choice, so a new usual time is followed.
    await user.click(usual)
    expect(testStore().getState().preparations[id]!.answers).not.toHaveProperty('chosenMinutes')
    expect(within(plan).getByText(/^Plan 30 minuten\./)).toBeInTheDocument()
  })

  test('has nothing to choose for one parent alone', async () => {
    givenAnswers({ buddy: 'none', sensitiveNews: false, expectedMinutes: 30 })
    renderApp('/checklist')
    const plan = await screen.findByRole('region', { name: 'Jouw plan' })
    expect(within(plan).queryByRole('radio')).toBeNull()
  })

  test('shows the plan: no extra time for two people, chairs, and no date yet', async () => {
    givenAnswers({ buddy: 'none', parentsAttending: 1, otherAttendees: 0, expectedMinutes: 15 })
    renderApp('/checklist')
    const plan = await screen.findByRole('region', { name: 'Jouw plan' })
    expect(within(plan).getByText('Plan 15 minuten.')).toBeInTheDocument()
    expect(within(plan).getByText('Zet twee stoelen klaar.')).toBeInTheDocument()
    expect(within(plan).getByText('Nog niet ingevuld.')).toBeInTheDocument()
  })

  test('shows a name with markup as the characters typed', async () => {
    givenAnswers({ childName: '<b>Anouk</b>' })
    renderApp('/checklist')
    expect(await screen.findByText('Voor het gesprek over <b>Anouk</b>')).toBeInTheDocument()
    expect(document.querySelector('main b')).toBeNull()
  })

  test('sends a teacher with unfinished answers to the first open question', async () => {
    testStore().getState().actions.create({ buddy: 'none' })
    renderApp('/checklist')
    expect(await screen.findByRole('heading', { level: 1, name: /Ga je iets vertellen/ })).toBeInTheDocument()
  })

  test('in English, shows the example sentences in Dutch when the teacher asks, and remembers that', async () => {
    givenAnswers({ address: 'je' })
    testStore().getState().actions.setLocale('en')
    const { user } = renderApp('/checklist')
    const item = () => within(itemOf('Put the buddy’s suggestions to the parent'))
    expect(await screen.findByText('‘How do you see this?’')).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: /Show the example sentences in Dutch/ }))
    expect(item().getByText('What you can say (in Dutch)')).toBeInTheDocument()
    expect(item().getByText('‘Hoe zie jij dit?’')).toHaveAttribute('lang', 'nl')
    expect(item().getByText('‘Hoe zie jij dit?’').closest('li')).toHaveTextContent('(from the guidance)')
    expect(screen.getByRole('checkbox', { name: 'Start with a short chat' })).toBeInTheDocument()
    expect(testStore().getState().settings.dutchScripts).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Wissel naar Nederlands' }))
    expect(await screen.findByText('‘Hoe zie jij dit?’')).not.toHaveAttribute('lang')
    expect(screen.queryByRole('checkbox', { name: /Show the example sentences in Dutch/ })).not.toBeInTheDocument()
  })

  test('switches to English, checklist content included', async () => {
    givenAnswers()
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByRole('button', { name: 'Switch to English' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Your checklist' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Start with a short chat' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
  })
})
