import { describe, expect, test } from 'vitest'
import { act, cleanup, screen } from '@testing-library/react'
import { actions, givenAnswers, renderApp } from '../helpers'
import { testStore } from '../test-store'

// What the teacher types on the checklist before pressing anything: kept through a reload,
// forgotten once it has been added or the teacher has left the page.

/** A reload: the page goes without React's clean-up, so what the tab keeps (sessionStorage) stays. */
function reload(path: string) {
  const kept = { ...window.sessionStorage }
  cleanup()
  for (const [key, value] of Object.entries(kept)) window.sessionStorage.setItem(key, value)
  return renderApp(path)
}
const newQuestion = () => screen.findByRole('textbox', { name: 'Nieuwe vraag' })
const addButton = () => screen.getByRole('button', { name: 'Vraag toevoegen' })
const questionsOf = (id: string) => testStore().getState().preparations[id]!.questions

describe('a question for later, typed on the checklist', () => {
  test('survives a reload before it is added, and the box is empty again once it is', async () => {
    const path = `/p/${givenAnswers()}/checklist`
    const { user } = renderApp(path)
    await user.type(await newQuestion(), 'Kan er een extra leesmoment komen?')
    const afterReload = reload(path)
    expect(await newQuestion()).toHaveValue('Kan er een extra leesmoment komen?')
    await afterReload.user.click(addButton())
    expect(screen.getByRole('checkbox', { name: 'Kan er een extra leesmoment komen?' })).toBeVisible()
    reload(path)
    expect(await newQuestion()).toHaveValue('')
  })

  test('is forgotten when the teacher leaves the checklist and comes back', async () => {
    const path = `/p/${givenAnswers()}/checklist`
    const { user } = renderApp(path)
    await user.type(await newQuestion(), 'Niet meer nodig')
    act(() => {
      window.location.hash = '#/'
    })
    await screen.findByRole('heading', { level: 1, name: 'Jouw voorbereidingen' })
    act(() => {
      window.location.hash = `#${path}`
    })
    expect(await newQuestion()).toHaveValue('')
  })

  test('of only spaces is refused with a message; a question marked done can be marked open again', async () => {
    const id = givenAnswers()
    const { user } = renderApp(`/p/${id}/checklist`)
    await user.type(await newQuestion(), '   ')
    await user.click(addButton())
    expect(await newQuestion()).toHaveAccessibleDescription(/Schrijf eerst de vraag op\./)
    expect(questionsOf(id)).toEqual([])
    await user.clear(await newQuestion())
    await user.type(await newQuestion(), 'Wanneer is de toets?')
    await user.click(addButton())
    const question = screen.getByRole('checkbox', { name: 'Wanneer is de toets?' })
    await user.click(question)
    expect(question).toBeChecked()
    await user.click(question)
    expect(question).not.toBeChecked()
    expect(questionsOf(id)[0]!.done).toBe(false)
  })
})

describe('a note on an item', () => {
  test('emptied by the teacher, keeps its box open with the cursor in it', async () => {
    const id = givenAnswers()
    actions().setNote(id, 'during.small-talk', 'Over de vakantie')
    const { user } = renderApp(`/p/${id}/checklist`)
    const note = await screen.findByRole('textbox', { name: /^Notitie bij/ })
    await user.clear(note)
    expect(note).toBeInTheDocument()
    expect(note).toHaveFocus()
    expect(note).toHaveValue('')
  })
})
