import { expect, test } from 'vitest'
import { screen } from '@testing-library/react'
import { renderApp } from '../helpers'
import { testStore } from '../test-store'

test('the teacher’s name, school and usual room are kept as they are typed, with a quiet “Bewaard”', async () => {
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('link', { name: 'Instellingen' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Instellingen' })).toBeInTheDocument()
  await user.type(screen.getByRole('textbox', { name: 'Jouw naam (niet verplicht)' }), 'juf Sanne')
  await user.type(screen.getByRole('textbox', { name: 'Naam van de school (niet verplicht)' }), 'De Linde')
  await user.type(
    screen.getByRole('textbox', { name: 'Je vaste ruimte voor gesprekken (niet verplicht)' }),
    'Lokaal 12',
  )
  expect(await screen.findByText('Bewaard')).toBeInTheDocument()
  testStore().reloadFromStorage()
  expect(testStore().getState().settings).toMatchObject({
    teacherName: 'juf Sanne',
    schoolName: 'De Linde',
    defaultRoom: 'Lokaal 12',
  })
  await user.clear(screen.getByRole('textbox', { name: 'Jouw naam (niet verplicht)' }))
  expect(testStore().getState().settings).not.toHaveProperty('teacherName')
})
