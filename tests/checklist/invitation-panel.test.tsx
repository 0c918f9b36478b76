import { describe, expect, test } from 'vitest'
import { screen } from '@testing-library/react'
import { actions, givenAnswers, renderApp } from '../helpers'

describe('the invitation on the checklist', () => {
  test('to two parents opens with a plural salutation and is signed with the teacher’s name from the settings', async () => {
    givenAnswers({ parentsAttending: 2, address: 'je', buddy: 'none', meetingAt: '2026-12-12T15:30' })
    actions().saveSettings({ teacherName: 'Sanne de Vries', schoolName: 'De Regenboog' })
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByText('Uitnodiging voor de ouder'))
    const text = screen.getByRole('textbox', { name: 'Tekst van de uitnodiging' }) as HTMLTextAreaElement
    expect(text.value).toMatch(/^Beste ouders,\n/)
    expect(text.value).toMatch(/\nHartelijke groet,\nSanne de Vries\nDe Regenboog$/)
    expect(text.value).not.toMatch(/buddy/i)
    expect(screen.queryByText(/Vul bij de instellingen je naam/)).not.toBeInTheDocument()
    expect(text).toHaveAccessibleDescription('Stuur dit bericht naar de ouders zelf.')
  })

  test('says where the teacher’s name comes from while none is set', async () => {
    givenAnswers()
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByText('Uitnodiging voor de ouder'))
    expect(screen.getByRole('textbox', { name: 'Tekst van de uitnodiging' })).toHaveAccessibleDescription(
      'Stuur dit bericht naar de ouder zelf, niet naar de buddy. Vul bij de instellingen je naam en de naam van de school in. Dan staan ze onder de uitnodiging.',
    )
  })
})
