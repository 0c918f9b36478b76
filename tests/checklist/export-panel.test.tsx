import { beforeEach, describe, expect, test, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { screen, within } from '@testing-library/react'
import { actions, givenAnswers, renderApp } from '../helpers'
import { downloadBlob } from '../../src/ui/download'
import { renderPdf } from '../../src/pdf/render-pdf'
import type * as RenderPdf from '../../src/pdf/render-pdf'
import { documentTexts } from '../../src/pdf/document'

// The browser's download is the boundary: the test sees what would be saved, and under which name.
vi.mock('../../src/ui/download', () => ({ downloadBlob: vi.fn() }))
// The PDF is made as usual; the test reads which document it was made from.
vi.mock('../../src/pdf/render-pdf', async (original) => {
  const real = await original<typeof RenderPdf>()
  return { ...real, renderPdf: vi.fn(real.renderPdf) }
})

/** Serves the committed font files, as the app's own server would; `offline` fonts fail to come. */
function serveFonts(offline: RegExp | null = null) {
  const fetch = vi.fn(async (url: string) => {
    const path = new URL(url, 'http://localhost').pathname
    if (offline?.test(path)) throw new TypeError('Failed to fetch')
    return new Response(readFileSync(`.${path}`))
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

const downloadButton = () => screen.getByRole('button', { name: 'Download als PDF' })
/** The first export fetches and reads the fonts: slower than one screen update under jsdom. */
const warningHeading = () => screen.findByRole('heading', { name: 'Niet alle tekst kan in de PDF' }, { timeout: 5000 })

beforeEach(() => {
  vi.mocked(downloadBlob).mockClear()
  vi.mocked(renderPdf).mockClear()
})

describe('downloading the PDF', () => {
  // First in this file: the Cyrillic font has not been fetched yet by any other test.
  test('says so when a font cannot be fetched, and downloads without it when asked', async () => {
    serveFonts(/greek-cyrillic/)
    givenAnswers({ childName: 'Анна', meetingAt: '2026-12-12T15:30' })
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByRole('button', { name: 'Download als PDF' }))
    const heading = await warningHeading()
    expect(heading).toHaveFocus()
    expect(screen.getByText(/lettertype ophalen\. Dat lukte niet, misschien ben je offline/)).toBeInTheDocument()
    expect(screen.getByText('А н а in ‘Voor het gesprek over Анна’')).toBeInTheDocument()
    expect(downloadBlob).not.toHaveBeenCalled()

    await user.click(screen.getByRole('button', { name: 'Toch downloaden als PDF' }))
    expect(await screen.findByText('De PDF is klaar: oudergesprek-2026-12-12.pdf')).toBeInTheDocument()
    expect(downloadBlob).toHaveBeenCalledWith(expect.any(Blob), 'oudergesprek-2026-12-12.pdf')
    expect(screen.queryByRole('heading', { name: 'Niet alle tekst kan in de PDF' })).not.toBeInTheDocument()
  })

  test('downloads straight away when every character can be drawn', async () => {
    serveFonts()
    givenAnswers({ childName: 'Ayşe', meetingAt: '2026-12-12T15:30' })
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByRole('button', { name: 'Download als PDF' }))
    expect(
      await screen.findByText('De PDF is klaar: oudergesprek-ayse-2026-12-12.pdf', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Niet alle tekst kan in de PDF' })).not.toBeInTheDocument()
    const [blob] = vi.mocked(downloadBlob).mock.calls[0]!
    expect(blob.type).toBe('application/pdf')
  })

  test('tells the teacher before downloading that an emoji cannot be drawn, and offers to print', async () => {
    serveFonts()
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    givenAnswers({ childName: 'Mia 🌟', meetingAt: '2026-12-12T15:30' })
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByRole('button', { name: 'Download als PDF' }))
    await warningHeading()
    expect(
      screen.getByText('Deze tekens kan de app niet in een PDF zetten. Ze ontbreken dan in de PDF:'),
    ).toBeInTheDocument()
    expect(screen.getByText('🌟 in ‘…het gesprek over Mia 🌟’')).toBeInTheDocument()
    expect(screen.queryByText(/De PDF is klaar/)).not.toBeInTheDocument()
    expect(downloadBlob).not.toHaveBeenCalled()

    await user.click(screen.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }))
    expect(print).toHaveBeenCalledTimes(1)
    expect(downloadBlob).not.toHaveBeenCalled()

    await user.click(screen.getByRole('button', { name: 'Toch downloaden als PDF' }))
    expect(await screen.findByText('De PDF is klaar: oudergesprek-mia-2026-12-12.pdf')).toBeInTheDocument()
    expect(downloadBlob).toHaveBeenCalledTimes(1)
  })

  test('asks again on the next download: the warning is not remembered', async () => {
    serveFonts()
    givenAnswers({ childName: 'Mia 🌟' })
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByRole('button', { name: 'Download als PDF' }))
    await user.click(await screen.findByRole('button', { name: 'Toch downloaden als PDF' }))
    await screen.findByText(/De PDF is klaar/)
    await user.click(downloadButton())
    expect(await warningHeading()).toBeInTheDocument()
    expect(downloadBlob).toHaveBeenCalledTimes(1)
  })
})

/** Every text of the document the n-th PDF was made from. */
const renderedText = (call: number) => documentTexts(vi.mocked(renderPdf).mock.calls[call]![0]).join(' ')

describe('choosing who the PDF is for', () => {
  test('offers three versions, each saying who it is for and what is in it; the teacher’s own is chosen', async () => {
    givenAnswers()
    renderApp('/checklist')
    const group = await screen.findByRole('group', { name: 'Voor wie is de PDF?' })
    // Each is named by its label alone; what is in it is its description, said once, after the name.
    const [own, colleague, parent] = within(group).getAllByRole('radio')
    expect(own).toHaveAccessibleName('Voor jezelf')
    expect(colleague).toHaveAccessibleName('Voor een collega')
    // Never addressed to the buddy: the parent decides what the buddy sees.
    expect(parent).toHaveAccessibleName('Voor de ouder')
    expect(within(group).getByRole('radio', { name: /^Voor jezelf/ })).toBeChecked()
    expect(within(group).getByRole('radio', { name: /^Voor jezelf/ })).toHaveAccessibleDescription(
      'Je checklist met je vinkjes, je notities en hoe het gesprek ging.',
    )
    expect(within(group).getByRole('radio', { name: /^Voor een collega/ })).toHaveAccessibleDescription(
      /niet voor de ouder/,
    )
    expect(parent).toHaveAccessibleDescription(
      /Je checklist en notities staan er niet in\. Geef de PDF aan de ouder zelf\. De ouder beslist wat de buddy ziet\.$/,
    )
  })

  test('without a buddy the parent’s version does not mention one', async () => {
    givenAnswers({ buddy: 'none' })
    renderApp('/checklist')
    const parent = await screen.findByRole('radio', { name: /^Voor de ouder/ })
    expect(parent.closest('.radio')).toHaveTextContent(/^Voor de ouderWaar het gesprek over gaat/)
    expect(parent.closest('.radio')).not.toHaveTextContent(/buddy/i)
  })

  test('to two parents the parent’s version says “de ouders”, with or without the buddy', async () => {
    const withBuddy = givenAnswers({ parentsAttending: 2, buddy: 'attending' })
    const withoutBuddy = givenAnswers({ parentsAttending: 2, buddy: 'none' })
    const { unmount } = renderApp(`/p/${withBuddy}/checklist`)
    expect(await screen.findByRole('radio', { name: 'Voor de ouders' })).toHaveAccessibleDescription(
      /Geef de PDF aan de ouders zelf\. Zij beslissen wat de buddy ziet\.$/,
    )
    unmount()
    renderApp(`/p/${withoutBuddy}/checklist`)
    const parent = await screen.findByRole('radio', { name: /^Voor de ouders/ })
    expect(parent.closest('.radio')).toHaveTextContent(/^Voor de oudersWaar het gesprek over gaat/)
  })

  test('asks about notes and the rating only for a colleague, and the rating only once there is one', async () => {
    const id = givenAnswers()
    const { user } = renderApp('/checklist')
    await screen.findByRole('radio', { name: /^Voor jezelf/ })
    expect(screen.queryByRole('checkbox', { name: /Met mijn notities/ })).not.toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: /^Voor een collega/ }))
    expect(screen.getByRole('checkbox', { name: /Met mijn notities/ })).not.toBeChecked()
    expect(screen.queryByRole('checkbox', { name: /hoe het gesprek ging/ })).not.toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: /^Voor de ouder/ }))
    expect(screen.queryByRole('checkbox', { name: /Met mijn notities/ })).not.toBeInTheDocument()

    actions().saveEvaluation(id, { rating: 'difficult' })
    await user.click(screen.getByRole('radio', { name: /^Voor een collega/ }))
    const rating = screen.getByRole('checkbox', { name: /hoe het gesprek ging/ })
    expect(rating).toHaveAccessibleName('Ook hoe het gesprek ging (goed, wisselend of moeizaam)')
    expect(rating).toHaveAccessibleDescription('Je keuze: ‘Moeizaam’.')
  })

  test('downloads the parent’s version under its own name, without the checklist', async () => {
    serveFonts()
    const id = givenAnswers({ meetingAt: '2026-12-12T15:30', sensitiveNews: false, purpose: 'hoe het gaat met lezen' })
    actions().saveEvaluation(id, { rating: 'difficult' })
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByRole('radio', { name: /^Voor de ouder/ }))
    await user.click(downloadButton())
    expect(
      await screen.findByText('De PDF is klaar: oudergesprek-voor-ouder-anouk-2026-12-12.pdf', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(downloadBlob).toHaveBeenCalledWith(expect.any(Blob), 'oudergesprek-voor-ouder-anouk-2026-12-12.pdf')
    const text = renderedText(0)
    expect(text).toContain('Waar gaat het over? Hoe het gaat met lezen')
    expect(text).not.toContain('Begin met een praatje')
    expect(text).not.toContain('Moeizaam')
  })

  test('downloads a colleague’s version under its own name, with notes and rating only when ticked', async () => {
    serveFonts()
    const id = givenAnswers({ meetingAt: '2026-12-12T15:30' })
    actions().setNote(id, 'during.small-talk', 'Vader is ziek')
    actions().saveEvaluation(id, { rating: 'difficult', teacher: 'Ik was gehaast' })
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByRole('radio', { name: /^Voor een collega/ }))
    await user.click(downloadButton())
    expect(
      await screen.findByText('De PDF is klaar: oudergesprek-collega-anouk-2026-12-12.pdf', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    const plain = renderedText(0)
    expect(plain).toContain('Voor een collega, niet voor de ouder.')
    for (const hidden of ['Vader is ziek', 'Moeizaam', 'Ik was gehaast']) expect(plain).not.toContain(hidden)

    await user.click(screen.getByRole('checkbox', { name: /Met mijn notities/ }))
    await user.click(screen.getByRole('checkbox', { name: /hoe het gesprek ging/ }))
    await user.click(downloadButton())
    await vi.waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(2))
    const ticked = renderedText(1)
    for (const shown of ['Notitie: Vader is ziek', 'Hoe ging het Moeizaam', 'Ik was gehaast'])
      expect(ticked).toContain(shown)
  })

  test('checks the parent’s version for text it cannot draw, too', async () => {
    serveFonts()
    givenAnswers({ childName: 'Mia 🌟', meetingAt: '2026-12-12T15:30' })
    const { user } = renderApp('/checklist')
    await user.click(await screen.findByRole('radio', { name: /^Voor de ouder/ }))
    await user.click(downloadButton())
    await warningHeading()
    expect(screen.getByText('🌟 in ‘Gesprek over Mia 🌟’')).toBeInTheDocument()
    expect(downloadBlob).not.toHaveBeenCalled()
  })
})
