import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import { givenAnswers, renderApp, said } from '../helpers'
import { buildChecklist, type Answers } from '../../src/rules'
import { testStore } from '../test-store'

const actions = () => testStore().getState().actions
/** How many items a saved preparation's checklist has, as the rules make it. */
const itemCount = (name: string) => {
  const saved = Object.values(testStore().getState().preparations).find((p) => p.answers.childName === name)!
  return buildChecklist(saved.answers as Answers).phases.flatMap((phase) => phase.items).length
}
const card = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!

/** Two preparations, each with its own tick and note. */
function givenTwoPreparations() {
  const sem = givenAnswers({ childName: 'Sem', buddy: 'none', meetingAt: '2026-12-01T10:00' })
  actions().setTick(sem, 'during.small-talk', true)
  actions().setNote(sem, 'during.small-talk', 'Over voetbal')
  const noor = givenAnswers({ childName: 'Noor', buddy: 'attending', meetingAt: '2026-12-14T09:00' })
  actions().setTick(noor, 'before.ask-buddy-along', true)
  actions().setNote(noor, 'during.small-talk', 'Over de nieuwe baby')
}

describe('the list of preparations', () => {
  // Statuses depend on the date: the list is looked at on 29 November 2026.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 10, 29, 10, 0))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('marks a conversation whose date has passed as held, and one the teacher finished as finished', async () => {
    givenAnswers({ childName: 'Bram', meetingAt: '2026-11-20T10:00' })
    const lotte = givenAnswers({ childName: 'Lotte', meetingAt: '2026-11-02T10:00' })
    actions().markFinished(lotte, true)
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Jouw voorbereidingen' })
    expect(within(card('Bram')).getByText('Gesprek geweest')).toBeInTheDocument()
    expect(within(card('Lotte')).getByText('Afgerond')).toBeInTheDocument()
  })

  test('shows each preparation, newest conversation first, with date, status and progress', async () => {
    givenTwoPreparations()
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Jouw voorbereidingen' })
    const names = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(names.slice(0, 2)).toEqual(['Noor', 'Sem'])
    expect(within(card('Noor')).getByText('maandag 14 december 2026 om 09:00')).toBeInTheDocument()
    expect(within(card('Noor')).getByText('In voorbereiding')).toBeInTheDocument()
    expect(within(card('Noor')).getByText(`1 van ${itemCount('Noor')} gedaan`)).toBeInTheDocument()
    expect(within(card('Sem')).getByText(`1 van ${itemCount('Sem')} gedaan`)).toBeInTheDocument()
    // Counted by the rules: the buddy's items on Noor's list and not on Sem's.
    expect(itemCount('Noor') - itemCount('Sem')).toBe(8)
  })

  test('opens each preparation with its own answers, ticks and notes, also after a reload', async () => {
    givenTwoPreparations()
    testStore().reloadFromStorage()
    const { user } = renderApp('/')
    await user.click(await screen.findByRole('button', { name: 'Open de voorbereiding voor Sem' }))
    expect(await screen.findByText('Voor het gesprek over Sem')).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Begin met een praatje' })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' })).toHaveValue('Over voetbal')
    expect(screen.queryByRole('checkbox', { name: /buddy/ })).not.toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Alle voorbereidingen' }))
    await user.click(await screen.findByRole('button', { name: 'Open de voorbereiding voor Noor' }))
    expect(await screen.findByText('Voor het gesprek over Noor')).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Laat weten dat de buddy welkom is' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Begin met een praatje' })).not.toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Notitie bij ‘Begin met een praatje’' })).toHaveValue(
      'Over de nieuwe baby',
    )
  })

  test('a follow-up remembers: open questions, agreements and the planned date; buddy and news asked again', async () => {
    const first = givenAnswers({ childName: 'Noor', buddy: 'attending', meetingAt: '2026-11-20T09:00' })
    actions().addQuestion(first, 'Kan er een extra leesmoment komen?')
    actions().addQuestion(first, 'Wanneer is de toets?')
    actions().setQuestionDone(first, testStore().getState().preparations[first]!.questions[1]!.id, true)
    actions().saveEvaluation(first, { agreements: 'Noor leest elke dag tien minuten voor.' })
    actions().saveFollowUp(first, { at: '2026-12-18T10:30', minutes: 20 })
    const { user } = renderApp('/')
    await user.click(
      await screen.findByRole('button', { name: 'Vervolggesprek voorbereiden na het gesprek over Noor' }),
    )
    await screen.findByRole('heading', { level: 1, name: 'Controleer je antwoorden' })
    expect(within(screen.getByText('Ouderbuddy').closest('div')!).getByText('Nog niet beantwoord')).toBeInTheDocument()
    expect(
      within(screen.getByText('Gevoelig nieuws').closest('div')!).getByText('Nog niet beantwoord'),
    ).toBeInTheDocument()
    expect(screen.getByText('vrijdag 18 december 2026 om 10:30')).toBeInTheDocument()
    expect(screen.getByText('20 minuten')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Wijzig of er een ouderbuddy meekomt' }))
    await user.click(await screen.findByRole('radio', { name: 'Nee, er is geen buddy' }))
    await user.click(screen.getByRole('button', { name: 'Doorgaan' }))
    await user.click(await screen.findByRole('link', { name: 'Wijzig of je gevoelig nieuws gaat vertellen' }))
    await user.click(await screen.findByRole('radio', { name: 'Nee' }))
    await user.click(screen.getByRole('button', { name: 'Doorgaan' }))
    await user.click(await screen.findByRole('button', { name: 'Maak mijn checklist' }))
    await screen.findByRole('heading', { level: 1, name: 'Jouw checklist' })
    const previous = screen.getByRole('region', { name: 'Van het vorige gesprek' })
    expect(within(previous).getByText('Noor leest elke dag tien minuten voor.')).toBeInTheDocument()
    const questions = screen.getByRole('region', { name: 'Vragen voor later' })
    expect(within(questions).getByRole('checkbox', { name: 'Kan er een extra leesmoment komen?' })).not.toBeChecked()
    expect(within(questions).queryByText('Wanneer is de toets?')).not.toBeInTheDocument()
    expect(screen.queryByRole('checkbox', { name: /buddy/ })).not.toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Alle voorbereidingen' }))
    const series = (await screen.findByRole('heading', { level: 3, name: 'Noor' })).closest('li')!
    expect(
      within(series)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Eerste gesprek', 'Vervolggesprek 1'])
  })

  test('deletes a preparation after confirmation, and undo restores it whole', async () => {
    givenTwoPreparations()
    const before = structuredClone(
      Object.values(testStore().getState().preparations).find((p) => p.answers.childName === 'Sem'),
    )
    const { user } = renderApp('/')
    await user.click(await screen.findByRole('button', { name: 'Verwijder de voorbereiding voor Sem' }))
    expect(screen.getByText('Weet je zeker dat je de voorbereiding voor Sem wilt verwijderen?')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Nee, bewaren' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }))
    expect(screen.queryByRole('heading', { level: 3, name: 'Sem' })).not.toBeInTheDocument()
    expect(screen.getByText('De voorbereiding voor Sem is verwijderd.')).toBeInTheDocument()
    expect(said().polite).toBe('De voorbereiding voor Sem is verwijderd.')
    expect(screen.getByRole('button', { name: 'Ongedaan maken' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }))
    expect(await screen.findByRole('heading', { level: 3, name: 'Sem' })).toBeInTheDocument()
    expect(said().polite).toBe('De voorbereiding voor Sem staat weer in de lijst.')
    // The Undo button went with the notice: focus is on the list's heading, not lost.
    expect(screen.getByRole('heading', { level: 1, name: 'Jouw voorbereidingen' })).toHaveFocus()
    const after = Object.values(testStore().getState().preparations).find((p) => p.answers.childName === 'Sem')
    expect(after).toEqual(before)
  })

  test('keeps a preparation when the teacher says no', async () => {
    givenTwoPreparations()
    const { user } = renderApp('/')
    await user.click(await screen.findByRole('button', { name: 'Verwijder de voorbereiding voor Noor' }))
    await user.click(screen.getByRole('button', { name: 'Nee, bewaren' }))
    expect(screen.getByRole('heading', { level: 3, name: 'Noor' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Verwijder de voorbereiding voor Noor' })).toHaveFocus()
    expect(said().polite).toBe('')
    expect(Object.keys(testStore().getState().preparations)).toHaveLength(2)
  })

  test('shows a preparation without a name as Zonder naam, with its open questions, and speaks of it as a child without a name', async () => {
    const id = givenAnswers({ childName: undefined })
    actions().addQuestion(id, 'Kan er een extra leesmoment komen?')
    const { user } = renderApp('/')
    const item = (await screen.findByRole('heading', { level: 3, name: 'Zonder naam' })).closest('li')!
    expect(within(item).getByText('1 open')).toBeInTheDocument()
    expect(
      within(within(item).getByRole('list', { name: 'Vragen voor later' })).getByText(
        'Kan er een extra leesmoment komen?',
      ),
    ).toBeInTheDocument()
    // In a sentence it is a child without a name, never "voor Zonder naam".
    expect(within(item).getByRole('button', { name: 'Open de voorbereiding voor (geen naam ingevuld)' })).toBeVisible()
    await user.click(within(item).getByRole('button', { name: 'Verwijder de voorbereiding voor (geen naam ingevuld)' }))
    expect(
      screen.getByText('Weet je zeker dat je de voorbereiding voor (geen naam ingevuld) wilt verwijderen?'),
    ).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }))
    expect(await screen.findByText('De voorbereiding voor (geen naam ingevuld) is verwijderd.')).toBeVisible()
  })
})
