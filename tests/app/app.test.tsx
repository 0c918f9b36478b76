import { describe, expect, test, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { actions, givenAnswers, renderApp, said } from '../helpers'
import { STORAGE_KEY } from '../../src/store/persistence'
import { SET_ASIDE_PREFIX } from '../../src/store/set-aside'
import { preparation, saved } from '../store/fixtures'
import { testStore } from '../test-store'

describe('the app frame', () => {
  test('tells the teacher what part of a preparation could not be read, and that the original was kept aside', async () => {
    const bad = {
      ...preparation('a'),
      answers: { ...preparation('a').answers, childName: 'Sem' },
      followUp: { minutes: 999 },
    }
    window.localStorage.setItem(STORAGE_KEY, saved([bad]))
    testStore().reloadFromStorage()
    const { user } = renderApp('/')
    const notice = (await screen.findByText(/In de voorbereiding voor Sem/)).closest<HTMLElement>('.notice')!
    const lines = [
      'In de voorbereiding voor Sem was niet alles te lezen. Weggelaten: de vervolgafspraak.',
      'Een kopie van wat niet te lezen was, is apart bewaard op dit apparaat.',
    ]
    for (const line of lines) expect(notice).toHaveTextContent(line)
    // Said once, politely: it is news, not an error.
    expect(said()).toEqual({ polite: lines.join(' '), assertive: '' })
    expect(Object.keys(window.localStorage).some((key) => key.startsWith(SET_ASIDE_PREFIX))).toBe(true)
    expect(within(notice).getByRole('link', { name: 'Herstel bewaarde gegevens' })).toHaveAttribute(
      'href',
      '#/recovery',
    )
    await user.click(screen.getByRole('button', { name: 'Sluiten' }))
    expect(screen.queryByText(/was niet alles te lezen/)).not.toBeInTheDocument()
  })

  test('the recovery page lists a set-aside copy whose date is not a date, with an unknown date', async () => {
    const record = (at: string) =>
      JSON.stringify({ format: 'oudergesprek-set-aside', reason: 'unusable', at, data: '{}' })
    window.localStorage.setItem(`${SET_ASIDE_PREFIX}x1`, record('gisteren'))
    window.localStorage.setItem(`${SET_ASIDE_PREFIX}x2`, record('2026-11-29T12:00:00.000Z'))
    renderApp('/recovery')
    expect(await screen.findByRole('heading', { name: 'Apart bewaard op een onbekende datum' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Apart bewaard op 29 november 2026' })).toBeInTheDocument()
  })

  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'a link to a preparation "%s" that is not here says so and makes nothing',
    async (id) => {
      givenAnswers({ childName: 'Sem' })
      testStore().flushSaves()
      const before = window.localStorage.getItem(STORAGE_KEY)
      renderApp(`/p/${id}/checklist`)
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Deze voorbereiding staat niet op dit apparaat' }),
      ).toBeInTheDocument()
      testStore().flushSaves()
      expect(window.localStorage.getItem(STORAGE_KEY)).toBe(before)
    },
  )

  test('shows a plain message for an address that does not exist', async () => {
    renderApp('/nergens')
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet.' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Naar het begin' })).toHaveAttribute('href', '#/')
  })

  test('starts at the first question on a device without preparations', async () => {
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Komt er een ouderbuddy mee naar het gesprek?' }))
    expect(window.location.hash).toBe('#/new')
  })

  test('an address from the earlier version opens the preparation used last', async () => {
    givenAnswers({ childName: 'Sem' })
    const noor = givenAnswers({ childName: 'Noor' })
    renderApp('/checklist')
    expect(await screen.findByText('Voor het gesprek over Noor')).toBeInTheDocument()
    expect(window.location.hash).toBe(`#/p/${noor}/checklist`)
  })

  test('this tab keeps showing its own preparation when another tab opens a different one', async () => {
    const sem = givenAnswers({ childName: 'Sem' })
    const noor = givenAnswers({ childName: 'Noor' })
    testStore().flushSaves()
    const { user } = renderApp(`/p/${sem}/checklist`)
    await screen.findByText('Voor het gesprek over Sem')
    const other = JSON.parse(window.localStorage.getItem(STORAGE_KEY)!)
    other.state.lastUsedId = noor
    other.state.preparations[noor].notes = { 'during.small-talk': 'In het andere tabblad' }
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(other))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    await user.click(screen.getByRole('checkbox', { name: 'Begin met een praatje' }))
    expect(screen.getByText('Voor het gesprek over Sem')).toBeInTheDocument()
    testStore().flushSaves()
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY)!).state.preparations
    expect(saved[sem].ticks).toEqual({ 'during.small-talk': true })
    expect(saved[noor].ticks).toEqual({})
  })

  test('the address of a preparation that is not here says so, and offers the list', async () => {
    renderApp('/p/onbekend/checklist')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze voorbereiding staat niet op dit apparaat' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Alle voorbereidingen' })).toHaveAttribute('href', '#/')
  })

  test('a preparation deleted in another tab while it is open here can be brought back', async () => {
    const id = givenAnswers({ childName: 'Sem' })
    testStore().flushSaves()
    const { user } = renderApp(`/p/${id}/checklist`)
    await screen.findByText('Voor het gesprek over Sem')
    const other = JSON.parse(window.localStorage.getItem(STORAGE_KEY)!)
    other.state.preparations = {}
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(other))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze voorbereiding is in een ander tabblad verwijderd' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }))
    expect(await screen.findByText('Voor het gesprek over Sem')).toBeInTheDocument()
  })

  test('when the saved data cannot be read, nothing is saved until the teacher has downloaded it and decided', async () => {
    window.localStorage.setItem(STORAGE_KEY, '{kapot')
    testStore().reloadFromStorage()
    const { user } = renderApp('/')
    const problem = [
      'De opgeslagen gegevens op dit apparaat konden niet worden gelezen. De app overschrijft ze niet.',
      'Wat je nu verandert, wordt niet bewaard. Kies op de pagina ‘Herstel bewaarde gegevens’ wat je wilt doen.',
    ]
    const notice = (await screen.findByText(problem[0]!)).closest<HTMLElement>('.notice')!
    expect(notice).toHaveTextContent(problem[1]!)
    expect(said().assertive).toBe(problem.join(' '))
    await user.click(within(notice).getByRole('link', { name: 'Herstel bewaarde gegevens' }))
    await screen.findByRole('heading', { level: 1, name: 'Herstel bewaarde gegevens' })
    const createObjectURL = vi.fn((blob: Blob) => {
      void blob
      return 'blob:x'
    })
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    await user.click(screen.getByRole('button', { name: 'Download de opgeslagen gegevens' }))
    expect(await (createObjectURL.mock.calls[0]![0] as Blob).text()).toBe('{kapot')
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe('{kapot')
    await user.click(screen.getByRole('button', { name: 'Ik heb ze gedownload. Ga verder met bewaren' }))
    await waitFor(() => expect(screen.queryByText(problem[0]!)).not.toBeInTheDocument())
    expect(screen.getByRole('heading', { level: 3, name: /Apart bewaard op/ })).toBeInTheDocument()
    vi.unstubAllGlobals()
  })

  test('the notices about saved data link once to the recovery page, and not on that page itself', async () => {
    window.localStorage.setItem(STORAGE_KEY, '{kapot')
    testStore().reloadFromStorage()
    const { user } = renderApp('/')
    // Two notices: the data cannot be read, and a copy was set aside; never "Je kunt gewoon verder".
    expect(
      await screen.findByText(/^De opgeslagen gegevens op dit apparaat konden niet worden gelezen\./),
    ).toBeInTheDocument()
    expect(
      screen.getByText('Een kopie van wat niet te lezen was, is apart bewaard op dit apparaat.'),
    ).toBeInTheDocument()
    expect(screen.queryByText(/Je kunt gewoon verder/)).not.toBeInTheDocument()
    const link = screen.getByRole('link', { name: 'Herstel bewaarde gegevens' })
    await user.click(link)
    await screen.findByRole('heading', { level: 1, name: 'Herstel bewaarde gegevens' })
    expect(screen.getByText(/^Wat je nu verandert, wordt niet bewaard\./)).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Herstel bewaarde gegevens' })).not.toBeInTheDocument()
  })

  test('data from a newer version is left alone; the teacher is told changes are kept aside, and asked to reload', async () => {
    const newer = JSON.stringify({ version: 99, state: {} })
    window.localStorage.setItem(STORAGE_KEY, newer)
    testStore().reloadFromStorage()
    renderApp('/')
    const what =
      'Wat je hier verandert, komt nu niet in je gegevens. Het wordt apart bewaard, en de nieuwe versie neemt het over. Laad de pagina opnieuw om de nieuwe versie te gebruiken.'
    expect(await screen.findByText(what)).toBeInTheDocument()
    expect(said().assertive).toMatch(/Laad de pagina opnieuw om de nieuwe versie te gebruiken\.$/)
    actions().create({ buddy: 'none' })
    testStore().flushSaves()
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe(newer)
    // What was made is kept in this tab's draft, for the newer version.
    const drafts = Object.keys(window.localStorage).filter((key) => key.startsWith('oudergesprek:draft:'))
    expect(drafts).toHaveLength(1)
  })
})

test('tells the teacher when a change could not be saved, and stops once saving works again', async () => {
  givenAnswers()
  const { user } = renderApp('/checklist')
  const tick = await screen.findByRole('checkbox', { name: 'Begin met een praatje' })
  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  await user.click(tick)
  testStore().flushSaves()
  const message = await screen.findByText(/^Je laatste wijziging kon niet worden bewaard op dit apparaat\./)
  expect(said().assertive).toBe(message.textContent)
  expect(tick).toBeChecked()
  setItem.mockRestore()
  await user.click(tick)
  testStore().flushSaves()
  await waitFor(() => expect(message).not.toBeInTheDocument())
})
