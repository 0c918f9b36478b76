import { beforeEach, describe, expect, test, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { screen } from '@testing-library/react'
import { givenAnswers, renderApp, said } from '../helpers'
import { downloadBlob } from '../../src/ui/download'

// The browser's download is the boundary: the test sees what would be saved, and under which name.
vi.mock('../../src/ui/download', () => ({ downloadBlob: vi.fn() }))

/** Serves the committed font files, as the app's own server would. */
function serveFonts() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => new Response(readFileSync(`.${new URL(url, 'http://localhost').pathname}`))),
  )
}

const download = () => screen.getByRole('button', { name: 'Download de kaart als PDF' })

beforeEach(() => {
  vi.mocked(downloadBlob).mockClear()
  serveFonts()
})

describe('downloading the card', () => {
  test('saves a PDF named after the card, the child and the day', async () => {
    const id = givenAnswers({ childName: 'Ayşe', meetingAt: '2026-12-12T15:30' })
    const { user } = renderApp(`/p/${id}/card`)
    await screen.findByRole('heading', { level: 1, name: 'Gesprekskaart' })
    await user.click(download())
    const done = 'De PDF is klaar: oudergesprek-gesprekskaart-ayse-2026-12-12.pdf'
    expect(await screen.findByText(done, {}, { timeout: 5000 })).toBeVisible()
    expect(said()).toEqual({ polite: done, assertive: '' })
    const [blob, name] = vi.mocked(downloadBlob).mock.calls[0]!
    expect(name).toBe('oudergesprek-gesprekskaart-ayse-2026-12-12.pdf')
    expect(blob.type).toBe('application/pdf')
  })

  test('says first what cannot be drawn, and downloads all the same when asked', async () => {
    const id = givenAnswers({ childName: 'Mia 🌟', meetingAt: '2026-12-12T15:30' })
    const { user } = renderApp(`/p/${id}/card`)
    await screen.findByRole('heading', { level: 1, name: 'Gesprekskaart' })
    await user.click(download())
    const heading = await screen.findByRole('heading', { name: 'Niet alle tekst kan in de PDF' }, { timeout: 5000 })
    expect(heading).toHaveFocus()
    expect(screen.getByText('🌟 in ‘Mia 🌟’')).toBeInTheDocument()
    expect(downloadBlob).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Toch downloaden als PDF' }))
    expect(
      await screen.findByText('De PDF is klaar: oudergesprek-gesprekskaart-mia-2026-12-12.pdf', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
  })
})
