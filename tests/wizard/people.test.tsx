import { expect, test } from 'vitest'
import { cleanup, screen, within } from '@testing-library/react'
import { actions, continueButton, renderApp } from '../helpers'
import { testStore } from '../test-store'

test('the others in the room are named by role; their number counts for the chairs', async () => {
  const id = actions().create({ buddy: 'none', sensitiveNews: false, expectedMinutes: 30 })
  const { user } = renderApp(`/p/${id}/step/attendees`)
  await user.click(await screen.findByRole('radio', { name: '2 ouders of verzorgers' }))
  await user.type(
    screen.getByRole('textbox', { name: 'Hoe spreek je de ouder of ouders aan in de uitnodiging? (niet verplicht)' }),
    'Sanne en Mark',
  )
  await user.click(screen.getByRole('button', { name: 'Iemand toevoegen' }))
  const first = screen.getByRole('group', { name: 'Persoon 1' })
  expect(within(first).getByRole('combobox', { name: 'Wie is het?' })).toHaveFocus()
  await user.selectOptions(within(first).getByRole('combobox', { name: 'Wie is het?' }), 'Intern begeleider')
  await user.type(within(first).getByRole('textbox', { name: 'Naam (niet verplicht)' }), 'mevrouw Jansen')
  await user.click(screen.getByRole('button', { name: 'Nog iemand toevoegen' }))
  await user.click(continueButton())
  const summary = await screen.findByRole('region', { name: 'Er is iets niet goed ingevuld' })
  await user.click(within(summary).getByRole('link', { name: 'Kies wie deze persoon is.' }))
  const second = screen.getByRole('group', { name: 'Persoon 2' })
  expect(within(second).getByRole('combobox', { name: 'Wie is het?' })).toHaveFocus()
  await user.selectOptions(within(second).getByRole('combobox', { name: 'Wie is het?' }), 'Tolk')
  await user.click(screen.getByRole('button', { name: 'Nog iemand toevoegen' }))
  await user.click(screen.getByRole('button', { name: 'Verwijder persoon 3' }))
  expect(screen.getByRole('button', { name: 'Nog iemand toevoegen' })).toHaveFocus()
  await user.click(continueButton())

  await screen.findByRole('textbox', { name: 'Hoe heet het kind? (niet verplicht)' })
  expect(testStore().getState().preparations[id]?.answers).toMatchObject({
    parentsAttending: 2,
    parentNames: 'Sanne en Mark',
    others: [{ role: 'ib', name: 'mevrouw Jansen' }, { role: 'interpreter' }],
    otherAttendees: 2,
  })
  actions().saveAnswers(id, { address: 'je' })
  cleanup()
  renderApp(`/p/${id}/check`)
  const row = (await screen.findByText('Anderen')).closest('div')!
  expect(within(row).getByText('Intern begeleider (mevrouw Jansen), Tolk')).toBeInTheDocument()
  cleanup()
  renderApp(`/p/${id}/checklist`)
  // The teacher, two parents, the intern begeleider and the interpreter.
  expect(await screen.findByText('Zet vijf stoelen klaar.')).toBeInTheDocument()
})

test('the room starts as the teacher’s usual room from the settings', async () => {
  actions().saveSettings({ defaultRoom: 'Lokaal 12' })
  const id = actions().create({ buddy: 'none' })
  renderApp(`/p/${id}/step/meeting-at`)
  expect(await screen.findByRole('textbox', { name: 'Ruimte (niet verplicht)' })).toHaveValue('Lokaal 12')
  expect(screen.getByRole('heading', { level: 1, name: 'Wanneer en waar is het gesprek?' })).toBeInTheDocument()
  expect(screen.getByRole('group', { name: 'Datum en tijd (niet verplicht)' })).toBeInTheDocument()
})
