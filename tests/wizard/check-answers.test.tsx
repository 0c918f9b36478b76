import { describe, expect, test } from 'vitest'
import { screen, within } from '@testing-library/react'
import { actions, continueButton, givenAnswers, renderApp } from '../helpers'

describe('check your answers', () => {
  test('lists every answer, optional ones marked when left empty', async () => {
    givenAnswers({ childName: undefined, buddy: 'preparing', expectedMinutes: 20 })
    renderApp('/check')
    await screen.findByRole('heading', { level: 1, name: 'Controleer je antwoorden' })
    expect(document.title).toBe('Controleer je antwoorden – Oudergesprek voorbereiden')
    expect(screen.getByText('De buddy helpt de ouder alleen bij de voorbereiding')).toBeInTheDocument()
    expect(screen.getByText('20 minuten')).toBeInTheDocument()
    // The child's name, the subject, and with sensitive news the subject for the parent.
    for (const label of ['Naam van het kind', 'Onderwerp', 'Onderwerp voor de ouder'])
      expect(screen.getByText(label, { exact: true }).closest('div'), label).toHaveTextContent('Niet ingevuld')
    expect(screen.getByRole('link', { name: 'Wijzig het onderwerp voor de ouder' })).toBeInTheDocument()
  })

  test('asks the subject for the parent only with sensitive news', async () => {
    givenAnswers({ sensitiveNews: false, purpose: 'Lezen' })
    renderApp('/check')
    await screen.findByRole('heading', { level: 1, name: 'Controleer je antwoorden' })
    expect(screen.getByText('Lezen')).toBeInTheDocument()
    expect(screen.queryByText('Onderwerp voor de ouder')).not.toBeInTheDocument()
  })

  test('a Change link goes to the question and comes back here after Continue', async () => {
    const id = givenAnswers({ expectedMinutes: 30 })
    const { user } = renderApp('/check')
    await user.click(await screen.findByRole('link', { name: 'Wijzig de normale duur' }))
    const field = await screen.findByRole('textbox', { name: /Hoeveel minuten/ })
    expect(field).toHaveValue('30')
    expect(screen.getByRole('link', { name: 'Terug' })).toHaveAttribute('href', `#/p/${id}/check`)
    await user.clear(field)
    await user.type(field, '45')
    await user.click(continueButton())
    await screen.findByRole('heading', { level: 1, name: 'Controleer je antwoorden' })
    expect(screen.getByText('45 minuten')).toBeInTheDocument()
  })

  test('does not offer the checklist while a required answer is missing', async () => {
    actions().create({ sensitiveNews: false })
    renderApp('/check')
    await screen.findByRole('heading', { level: 1, name: 'Controleer je antwoorden' })
    const buddyRow = screen.getByText('Ouderbuddy').closest('div')!
    expect(within(buddyRow).getByText('Nog niet beantwoord')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Maak mijn checklist' })).not.toBeInTheDocument()
  })
})
