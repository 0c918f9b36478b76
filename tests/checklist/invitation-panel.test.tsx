import { describe, expect, test } from 'vitest'
import { screen } from '@testing-library/react'
import { actions, givenAnswers, renderApp } from '../helpers'
import { testStore } from '../test-store'

const textbox = () => screen.getByRole('textbox', { name: 'Tekst van de uitnodiging' }) as HTMLTextAreaElement

describe('the invitation on the checklist', () => {
  test('to two parents is titled for them, opens with a plural salutation and is signed with the teacher’s name from the settings', async () => {
    givenAnswers({ parentsAttending: 2, address: 'je', buddy: 'none', meetingAt: '2026-12-12T15:30' })
    actions().saveSettings({ teacherName: 'Sanne de Vries', schoolName: 'De Regenboog', phone: '06-12345678' })
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByText('Uitnodiging voor de ouders'))
    expect(textbox().value).toMatch(/^Beste ouders,\n/)
    expect(textbox().value).toContain('Laat het me dan weten via 06-12345678.')
    expect(textbox().value).toMatch(/\nHartelijke groet,\nSanne de Vries\nDe Regenboog$/)
    expect(textbox().value).not.toMatch(/buddy/i)
    expect(textbox()).toHaveAccessibleDescription(
      'Stuur dit bericht naar de ouders zelf. Je kunt de tekst hier aanpassen voordat je hem kopieert.',
    )
  })

  test('says where the teacher’s name and the way to reach them come from while none is set', async () => {
    givenAnswers()
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByText('Uitnodiging voor de ouder'))
    expect(textbox()).toHaveAccessibleDescription(
      'Stuur dit bericht naar de ouder zelf, niet naar de buddy. Vul bij de instellingen je naam en de naam van de school in. Dan staan ze onder de uitnodiging. Vul bij de instellingen in hoe ouders je kunnen bereiken. Dan staat dat in de uitnodiging. Je kunt de tekst hier aanpassen voordat je hem kopieert.',
    )
  })

  test('can be changed before it is copied; the change is kept, and “Terug naar de voorgestelde tekst” undoes it', async () => {
    const id = givenAnswers({ meetingAt: '2026-12-12T15:30' })
    const { user, unmount } = renderApp('/checklist')
    await user.click(await screen.findByText('Uitnodiging voor de ouder'))
    const suggested = textbox().value
    expect(screen.queryByRole('button', { name: 'Terug naar de voorgestelde tekst' })).not.toBeInTheDocument()
    await user.type(textbox(), '\nPS: de ingang is aan de achterkant.')
    expect(textbox().value).toBe(`${suggested}\nPS: de ingang is aan de achterkant.`)
    await user.click(screen.getByRole('button', { name: 'Kopieer de uitnodiging' }))
    expect(await navigator.clipboard.readText()).toBe(`${suggested}\nPS: de ingang is aan de achterkant.`)
    expect(testStore().getState().preparations[id]?.texts.invitation).toEqual({
      text: `${suggested}\nPS: de ingang is aan de achterkant.`,
      basedOn: suggested,
    })

    unmount()
    const again = renderApp('/checklist')
    await again.user.click(await screen.findByText('Uitnodiging voor de ouder'))
    expect(textbox().value).toBe(`${suggested}\nPS: de ingang is aan de achterkant.`)
    await again.user.click(screen.getByRole('button', { name: 'Terug naar de voorgestelde tekst' }))
    expect(textbox().value).toBe(suggested)
    expect(testStore().getState().preparations[id]?.texts).toEqual({})
    expect(screen.queryByRole('button', { name: 'Terug naar de voorgestelde tekst' })).not.toBeInTheDocument()
  })

  test('asks the teacher to check a changed text once the answers change it', async () => {
    const id = givenAnswers({ meetingAt: '2026-12-12T15:30' })
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByText('Uitnodiging voor de ouder'))
    await user.type(textbox(), ' Tot dan!')
    expect(screen.queryByText(/Je antwoorden zijn veranderd/)).not.toBeInTheDocument()
    actions().saveAnswers(id, { meetingAt: '2026-12-14T09:00' })
    const warning = await screen.findByText(
      'Je antwoorden zijn veranderd sinds je deze tekst aanpaste. Kijk of alles nog klopt, of ga terug naar de voorgestelde tekst.',
    )
    expect(warning).toBeInTheDocument()
    expect(textbox()).toHaveAccessibleDescription(expect.stringContaining('Je antwoorden zijn veranderd'))
    // The teacher's own text is kept as it was: the old date is still in it, for the teacher to see.
    expect(textbox().value).toContain('zaterdag 12 december om 15.30 uur')
    await user.click(screen.getByRole('button', { name: 'Terug naar de voorgestelde tekst' }))
    expect(textbox().value).toContain('maandag 14 december om 9.00 uur')
    expect(screen.queryByText(/Je antwoorden zijn veranderd/)).not.toBeInTheDocument()
  })
})
