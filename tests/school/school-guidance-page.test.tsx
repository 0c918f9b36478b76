import { beforeAll, expect, test } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { renderApp } from '../helpers'
import { testStore } from '../test-store'
import { loadChunk } from '../../src/app/lazy-screens'

// The page comes in a chunk of its own, loaded in the app when the settings page is idle.
beforeAll(() => loadChunk('school'))

const preview = () => screen.getByRole('region', { name: 'Checklist in het voorbeeld' })
const item = (title: string) => screen.getByRole('group', { name: title })
const family = () => screen.getByRole('group', { name: 'Het gezin in het voorbeeld' })

async function openPage(schoolName = 'OBS De Linde') {
  testStore().getState().actions.saveSettings({ schoolName })
  const rendered = renderApp('/settings')
  await rendered.user.click(await screen.findByRole('link', { name: 'Handreiking van onze school' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Handreiking van onze school' })).toBeInTheDocument()
  return rendered
}

test('a hidden item leaves the preview’s checklist at once', async () => {
  const { user } = await openPage()
  expect(within(preview()).getByText('Wees eerlijk over wat haalbaar is')).toBeInTheDocument()
  await user.click(within(item('Wees eerlijk over wat haalbaar is')).getByRole('radio', { name: 'Verbergen' }))
  expect(within(preview()).queryByText('Wees eerlijk over wat haalbaar is')).not.toBeInTheDocument()
  await user.click(within(item('Wees eerlijk over wat haalbaar is')).getByRole('radio', { name: 'Houden' }))
  expect(within(preview()).getByText('Wees eerlijk over wat haalbaar is')).toBeInTheDocument()
})

test('a sentence in the school’s own words shows in the preview, labelled as the school’s', async () => {
  const { user } = await openPage()
  const questions = item('Waardeer de vragen')
  await user.click(within(questions).getByRole('radio', { name: 'In eigen woorden' }))
  await user.type(within(questions).getByRole('textbox', { name: 'Zin 1 in eigen woorden' }), 'Fijn dat u dit vraagt.')
  expect(within(preview()).getByText(/‘Fijn dat u dit vraagt\.’/)).toHaveTextContent(
    '‘Fijn dat u dit vraagt.’ (van onze school)',
  )
})

test('an item of the school’s own shows only for a family with a tolk, with the tolkdienst’s number filled in', async () => {
  const { user } = await openPage()
  await user.type(
    screen.getByRole('textbox', { name: 'Telefoonnummer van de tolkdienst (niet verplicht)' }),
    '050 123 45 67',
  )
  await user.click(screen.getByRole('button', { name: 'Eigen punt toevoegen' }))
  const own = screen.getByRole('group', { name: 'Eigen punt 1' })
  expect(within(own).getByRole('textbox', { name: 'Titel' })).toHaveFocus()
  await user.type(within(own).getByRole('textbox', { name: 'Titel' }), 'Bestel de tolk')
  fireEvent.change(within(own).getByRole('textbox', { name: 'Tekst' }), {
    target: { value: 'Bel de tolkdienst: {interpreterPhone}.' },
  })
  await user.click(within(own).getByRole('button', { name: 'Voorwaarde toevoegen' }))
  const condition = within(own).getByRole('group', { name: 'Voorwaarde 1 van Eigen punt 1' })
  await user.selectOptions(within(condition).getByRole('combobox', { name: 'Waar gaat de voorwaarde over?' }), 'Tolk')
  expect(within(condition).getByRole('checkbox', { name: 'Er komt een tolk' })).toBeChecked()

  expect(within(preview()).queryByText('Bestel de tolk')).not.toBeInTheDocument()
  await user.click(within(family()).getByRole('checkbox', { name: 'Er komt een tolk' }))
  const ordered = within(preview()).getByText('Bestel de tolk').closest('li')!
  expect(ordered).toHaveTextContent('Bel de tolkdienst: 050 123 45 67.')
  expect(ordered).toHaveTextContent('(van onze school)')
})

test('a version with an empty text is not used: the problem names the item and the field', async () => {
  const { user } = await openPage()
  await user.click(screen.getByRole('button', { name: 'Eigen punt toevoegen' }))
  await user.click(screen.getByRole('button', { name: 'Gebruik deze versie' }))
  expect(screen.getByRole('heading', { name: /Dit moet nog anders/ })).toHaveFocus()
  expect(screen.getByText('Punt ‘school.punt-1’: het veld ‘title’ is leeg.')).toBeInTheDocument()
  expect(testStore().getState().schoolGuidance).toBeNull()
})

test('“Gebruik deze versie” keeps it on this device; going back to the sheet asks first', async () => {
  const { user } = await openPage()
  await user.click(within(item('Wees eerlijk over wat haalbaar is')).getByRole('radio', { name: 'Verbergen' }))
  await user.click(screen.getByRole('button', { name: 'Gebruik deze versie' }))
  expect(testStore().getState().schoolGuidance).toMatchObject({
    school: { name: 'OBS De Linde' },
    items: { 'during.honest-about-feasibility': { hidden: true } },
  })
  expect(screen.getByText(/Op dit apparaat in gebruik: de handreiking van OBS De Linde, versie 1/)).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Terug naar de handreiking zoals die was' }))
  expect(screen.getByRole('button', { name: 'Nee, houden' })).toHaveFocus()
  await user.click(screen.getByRole('button', { name: 'Nee, houden' }))
  expect(testStore().getState().schoolGuidance).not.toBeNull()
  await user.click(screen.getByRole('button', { name: 'Terug naar de handreiking zoals die was' }))
  await user.click(screen.getByRole('button', { name: 'Ja, terug naar zoals die was' }))
  expect(testStore().getState().schoolGuidance).toBeNull()
  expect(within(item('Wees eerlijk over wat haalbaar is')).getByRole('radio', { name: 'Houden' })).toBeChecked()
})

test('a file that is not valid is refused with a Dutch message naming the item and the field', async () => {
  const { user } = await openPage()
  const file = new File(
    [
      JSON.stringify({
        format: 'oudergesprek-handreiking-school',
        formatVersion: 1,
        school: { name: 'OBS De Linde' },
        version: 1,
        date: '2026-11-23',
        items: { 'during.welcome-questions': { examples: { '1': { u: '' } } } },
      }),
    ],
    'handreiking.json',
    { type: 'application/json' },
  )
  await user.upload(screen.getByLabelText('Handreiking uit een bestand gebruiken'), file)
  expect(
    await screen.findByText('Punt ‘during.welcome-questions’: het veld ‘examples.1.u’ is leeg.'),
  ).toBeInTheDocument()
  expect(testStore().getState().schoolGuidance).toBeNull()
})

test('a valid file is summed up first and used once confirmed', async () => {
  const { user } = await openPage()
  const file = new File(
    [
      JSON.stringify({
        format: 'oudergesprek-handreiking-school',
        formatVersion: 1,
        school: { name: 'OBS Het Anker' },
        version: 3,
        date: '2026-11-23',
        items: { 'after.talk-again-later': { hidden: true } },
      }),
    ],
    'handreiking.json',
    { type: 'application/json' },
  )
  await user.upload(screen.getByLabelText('Handreiking uit een bestand gebruiken'), file)
  expect(
    await screen.findByText(
      'Handreiking van OBS Het Anker, versie 3 van 23 november 2026: 1 punten verborgen, 0 punten in eigen woorden, 0 eigen punten.',
    ),
  ).toBeInTheDocument()
  expect(testStore().getState().schoolGuidance).toBeNull()
  await user.click(screen.getByRole('button', { name: 'Gebruik de versie uit het bestand' }))
  expect(testStore().getState().schoolGuidance).toMatchObject({ school: { name: 'OBS Het Anker' }, version: 3 })
  expect(screen.getByRole('textbox', { name: 'Naam van de school' })).toHaveValue('OBS Het Anker')
})
