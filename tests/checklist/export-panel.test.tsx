import { beforeEach, describe, expect, test, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { screen } from '@testing-library/react'
import { givenAnswers, renderApp } from '../helpers'
import { downloadBlob } from '../../src/ui/download'

// The browser's download is the boundary: the test sees what would be saved, and under which name.
vi.mock('../../src/ui/download', () => ({ downloadBlob: vi.fn() }))

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
