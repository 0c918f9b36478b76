import { describe, expect, test } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { actions, givenAnswers, renderApp } from '../helpers'
import { testStore } from '../test-store'

const reportValue = () =>
  (screen.getByRole('textbox', { name: 'Zo ziet het verslag eruit' }) as HTMLTextAreaElement).value

describe('what was discussed, for the report', () => {
  test('is saved as it is typed and goes into the report', async () => {
    const id = givenAnswers()
    const { user, unmount } = renderApp('/after')
    const field = await screen.findByRole('textbox', { name: 'Wat is er besproken?' })
    expect(field).toHaveAccessibleDescription(
      'Kort en feitelijk, in je eigen woorden. Dit komt in het verslag voor het leerlingdossier.',
    )
    await user.type(field, 'De leesresultaten.')
    expect(testStore().getState().preparations[id]?.evaluation.discussed).toBe('De leesresultaten.')
    await waitFor(() => expect(reportValue()).toContain('Besproken:\nDe leesresultaten.'))
    unmount()
    renderApp('/after')
    expect(await screen.findByRole('textbox', { name: 'Wat is er besproken?' })).toHaveValue('De leesresultaten.')
  })
})

describe('the report on the after page', () => {
  test('never holds the rating, and is signed with the teacher’s name', async () => {
    const id = givenAnswers()
    actions().saveEvaluation(id, { rating: 'difficult' })
    actions().saveSettings({ teacherName: 'Sanne de Vries' })
    renderApp('/after')
    await screen.findByRole('heading', { level: 1, name: 'Na het gesprek' })
    expect(reportValue()).not.toContain('Moeizaam')
    expect(reportValue()).toMatch(/\nOpgesteld door: Sanne de Vries$/)
    expect(screen.queryByRole('checkbox', { name: /hoe het gesprek ging/i })).not.toBeInTheDocument()
  })

  test('says who was there by role', async () => {
    givenAnswers({
      buddy: 'none',
      others: [{ role: 'ib', name: 'mevrouw Jansen' }, { role: 'interpreter' }],
      otherAttendees: 2,
    })
    renderApp('/after')
    await screen.findByRole('heading', { level: 1, name: 'Na het gesprek' })
    expect(reportValue()).toContain(
      '\nAanwezig: de leerkracht, de ouder, de intern begeleider (mevrouw Jansen) en een tolk',
    )
  })
})
