import { describe, expect, test } from 'vitest'
import { screen, within } from '@testing-library/react'
import { actions, givenAnswers, renderApp } from '../helpers'

describe('the invitation for the follow-up', () => {
  test('appears once a follow-up is saved, with its date, and copies in one click', async () => {
    const id = givenAnswers({ buddy: 'attending' })
    actions().saveSettings({ teacherName: 'Sanne de Vries' })
    const { user, unmount } = renderApp('/after')
    await screen.findByRole('heading', { level: 1, name: 'Na het gesprek' })
    expect(screen.queryByText('Uitnodiging voor het vervolggesprek')).not.toBeInTheDocument()
    unmount()

    actions().saveFollowUp(id, { at: '2026-12-19T14:30', minutes: 30, withBuddy: true })
    renderApp('/after')
    await user.click(await screen.findByText('Uitnodiging voor het vervolggesprek'))
    const text = screen.getByRole('textbox', {
      name: 'Tekst van de uitnodiging voor het vervolggesprek',
    }) as HTMLTextAreaElement
    expect(text.value).toContain('\n\nIk wil graag nog een keer met u praten over Anouk.\n')
    expect(text.value).toContain('\nWanneer: zaterdag 19 december om 14.30 uur\nHoe lang: ongeveer 30 minuten\n')
    expect(text.value).toContain('\n\nUw buddy is weer van harte welkom.\n')
    expect(text.value).toMatch(/\nMet vriendelijke groet,\nSanne de Vries$/)
    await user.click(screen.getByRole('button', { name: 'Kopieer de uitnodiging voor het vervolggesprek' }))
    expect(await screen.findByText('De uitnodiging staat klaar om te plakken.')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe(text.value)
  })

  test('without a buddy never mentions one', async () => {
    const id = givenAnswers({ buddy: 'none' })
    actions().saveFollowUp(id, { at: '2026-12-19T14:30', minutes: 30, withBuddy: true })
    const { user } = renderApp('/after')
    await user.click(await screen.findByText('Uitnodiging voor het vervolggesprek'))
    const details = screen.getByText('Uitnodiging voor het vervolggesprek').closest('details')!
    expect(details).not.toHaveTextContent(/buddy/i)
    const text = within(details).getByRole('textbox') as HTMLTextAreaElement
    expect(text.value).toContain('nog een keer met u praten over Anouk')
    expect(text.value).not.toMatch(/buddy/i)
  })
})
