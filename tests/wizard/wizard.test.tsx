import { describe, expect, test } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { actions, continueButton, renderApp } from '../helpers'
import { testStore } from '../test-store'
import { stepCaption, stepTitle } from '../wizard-steps'
import { QUESTIONS } from '../../src/wizard/questions'

describe('the wizard', () => {
  test('walks a teacher from the first question to a checklist that names the child', async () => {
    const { user } = renderApp()
    // Each step by its address, in the table's order; a step not named here (a question added
    // later) is passed by unanswered, as a teacher may pass an optional question.
    const answer: Record<string, () => Promise<void>> = {
      buddy: async () => {
        expect(screen.getByRole('heading', { level: 1, name: 'Komt er een ouderbuddy mee naar het gesprek?' }))
        expect(document.title).toBe(stepTitle('buddy'))
        await user.click(screen.getByRole('radio', { name: 'Ja, de buddy komt mee' }))
      },
      'sensitive-news': async () => {
        expect(screen.getByRole('heading', { level: 1, name: /Ga je iets vertellen/ }))
        expect(document.title).toBe(stepTitle('sensitive-news'))
        await user.click(screen.getByRole('radio', { name: 'Ja' }))
      },
      minutes: () => user.type(screen.getByRole('textbox', { name: /Hoeveel minuten/ }), '30'),
      attendees: async () => {
        expect(screen.getByRole('heading', { level: 1, name: 'Wie komen er naar het gesprek?' }))
        await user.click(screen.getByRole('radio', { name: '1 ouder of verzorger' }))
        expect(screen.getByText('Er komt verder niemand.')).toBeInTheDocument()
      },
      'child-name': () =>
        user.type(screen.getByRole('textbox', { name: 'Hoe heet het kind? (niet verplicht)' }), 'Anouk'),
      address: async () => {
        expect(screen.getByRole('heading', { level: 1, name: /Spreek je de ouder aan/ }))
        await user.click(screen.getByRole('radio', { name: 'Met ‘u’' }))
      },
      // Sensitive news: the page asks the teacher's own subject, says where it will not go, and asks
      // a general subject for the parent.
      purpose: async () => {
        expect(screen.getByRole('heading', { level: 1, name: 'Waar gaat het gesprek over?' }))
        const own = screen.getByRole('textbox', { name: 'Het onderwerp voor jezelf (niet verplicht)' })
        expect(own).toHaveAccessibleDescription(
          expect.stringContaining('Daarom komt dit onderwerp niet in de uitnodiging en niet in de PDF voor de ouder.'),
        )
        await user.type(own, 'Mogelijke dyslexie')
        await user.type(
          screen.getByRole('textbox', { name: 'Het onderwerp voor de ouder (niet verplicht)' }),
          'Hoe het gaat met lezen',
        )
      },
      'meeting-at': async () => {
        expect(screen.getByRole('heading', { level: 1, name: 'Wanneer en waar is het gesprek?' }))
        await user.type(screen.getByRole('textbox', { name: 'Datum' }), '12-12-2026')
        await user.type(screen.getByRole('textbox', { name: 'Tijd' }), '15:30')
      },
    }
    for (const { step } of QUESTIONS) {
      expect(await screen.findByText(stepCaption(step))).toBeInTheDocument()
      await answer[step]?.()
      await user.click(continueButton())
    }

    await screen.findByRole('heading', { level: 1, name: 'Controleer je antwoorden' })
    expect(screen.getByText('zaterdag 12 december 2026 om 15:30')).toBeInTheDocument()
    expect(screen.getByText('Hoe het gaat met lezen')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Maak mijn checklist' }))

    await screen.findByRole('heading', { level: 1, name: 'Jouw checklist' })
    const opening = screen.getByRole('checkbox', { name: 'Begin anders als de buddy erbij is' }).closest('li')!
    expect(
      within(opening).getByText(
        '‘We zijn hier met drie mensen aanwezig, wat mooi om te zien dat u als ouderbuddy ook aanwezig bent in het belang van Anouk…’',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/Suggestie: 45 minuten, 15 minuten extra, omdat de buddy meekomt\./)).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '30 minuten: je gebruikelijke tijd' })).toBeChecked()
    expect(screen.getByText('Zet drie stoelen klaar.')).toBeInTheDocument()
  })

  test('shows a focused error summary that links to the field when Continue is pressed without an answer', async () => {
    const { user } = renderApp('/step/buddy')
    await screen.findByRole('heading', { level: 1, name: /ouderbuddy/ })
    await user.click(continueButton())

    const summary = await screen.findByRole('region', { name: 'Er is iets niet goed ingevuld' })
    expect(summary).toHaveFocus()
    expect(document.title).toBe(stepTitle('buddy', { errors: true }))
    const link = within(summary).getByRole('link', { name: 'Kies of er een ouderbuddy meekomt.' })
    await user.click(link)
    expect(screen.getByRole('radio', { name: 'Ja, de buddy komt mee' })).toHaveFocus()
    expect(screen.getByRole('group', { name: /ouderbuddy/ })).toHaveAccessibleDescription(
      expect.stringContaining('Kies of er een ouderbuddy meekomt.'),
    )
  })

  test('says what to do with minutes that are not a whole number in range', async () => {
    const id = actions().create({ buddy: 'none', sensitiveNews: false })
    const { user } = renderApp(`/p/${id}/step/minutes`)
    const field = await screen.findByRole('textbox', { name: /Hoeveel minuten/ })
    await user.click(continueButton())
    expect(await screen.findByRole('link', { name: 'Vul in hoeveel minuten je normaal plant.' })).toBeInTheDocument()
    await user.type(field, '30,5')
    await user.click(continueButton())
    expect(await screen.findByRole('link', { name: 'Vul een heel getal in, zonder komma.' })).toBeInTheDocument()
    expect(field).toHaveAttribute('aria-invalid', 'true')
    await user.clear(field)
    await user.type(field, '300')
    await user.click(continueButton())
    expect(await screen.findByRole('link', { name: 'Vul een aantal minuten in tussen 5 en 240.' })).toBeInTheDocument()
  })

  test('says what in a date was not understood, and rejects a time without a date', async () => {
    const id = actions().create({ buddy: 'none' })
    const { user } = renderApp(`/p/${id}/step/meeting-at`)
    const date = await screen.findByRole('textbox', { name: 'Datum' })
    await user.type(date, '31-02-2027')
    await user.type(screen.getByRole('textbox', { name: 'Tijd' }), '15:30')
    await user.click(continueButton())
    const doesNotExist = '‘31-02-2027’ bestaat niet: februari heeft in 2027 28 dagen.'
    expect(await screen.findByRole('link', { name: doesNotExist })).toBeInTheDocument()
    expect(date).toHaveAttribute('aria-invalid', 'true')
    expect(date).toHaveAccessibleDescription(expect.stringContaining(doesNotExist))
    await user.clear(date)
    await user.type(date, '15-13')
    await user.click(continueButton())
    expect(await screen.findByRole('link', { name: 'Er is geen maand 13. Vul een maand van 1 tot en met 12 in.' }))
    await user.clear(date)
    await user.type(date, 'volgende week')
    await user.click(continueButton())
    expect(
      await screen.findByRole('link', {
        name: 'We begrijpen ‘volgende week’ niet als datum. Schrijf bijvoorbeeld 15-12-2026 of 15 december.',
      }),
    ).toBeInTheDocument()
    await user.clear(date)
    await user.click(continueButton())
    const missing = 'Vul ook de datum in, bijvoorbeeld 15-12-2026 of 15 december.'
    expect(await screen.findByRole('link', { name: missing })).toBeInTheDocument()
    // With the time cleared too the question is left open, which is allowed: the error goes.
    await user.clear(screen.getByRole('textbox', { name: 'Tijd' }))
    await waitFor(() => expect(screen.queryByRole('link', { name: missing })).not.toBeInTheDocument())
    expect(date).not.toHaveAttribute('aria-invalid')
  })

  test('shows under the box which day a typed date is, and saves that day', async () => {
    const id = actions().create({ buddy: 'none' })
    const { user } = renderApp(`/p/${id}/step/meeting-at`)
    const date = await screen.findByRole('textbox', { name: 'Datum' })
    // Letters are welcome: the phone offers its ordinary keyboard, not the digits-only one.
    expect(date).not.toHaveAttribute('inputmode')
    expect(date).toHaveAttribute('autocomplete', 'off')
    await user.type(date, '15-1')
    expect(screen.getByText('Dat is vrijdag 15 januari 2027.')).toBeInTheDocument()
    // Half-way to a year it is not a day yet: nothing is said while typing.
    await user.type(date, '-')
    expect(screen.queryByText(/^Dat is/)).not.toBeInTheDocument()
    expect(screen.queryByText(/niet als datum/)).not.toBeInTheDocument()
    await user.clear(date)
    await user.type(date, '15 dec')
    expect(date).toHaveAccessibleDescription(expect.stringContaining('Dat is dinsdag 15 december 2026.'))
    await user.type(screen.getByRole('textbox', { name: 'Tijd' }), '15:30')
    await user.type(screen.getByRole('textbox', { name: 'Ruimte (niet verplicht)' }), 'lokaal 12')
    await user.click(continueButton())
    await waitFor(() => expect(testStore().getState().preparations[id]?.answers.meetingAt).toBe('2026-12-15T15:30'))
  })

  test('keeps an answer when going back, and the back link goes to the previous step', async () => {
    const { user } = renderApp('/step/buddy')
    await user.click(await screen.findByRole('radio', { name: 'Nee, er is geen buddy' }))
    await user.click(continueButton())
    await screen.findByRole('heading', { level: 1, name: /Ga je iets vertellen/ })
    await user.click(screen.getByRole('link', { name: 'Terug' }))
    expect(await screen.findByRole('radio', { name: 'Nee, er is geen buddy' })).toBeChecked()
  })
})
