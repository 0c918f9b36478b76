import { afterEach, describe, expect, test, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import { announce, LiveRegions, REPEAT_MS, useAnnounce } from '../../src/ui/announcer'

/** Every text a region was given, in order, as a screen reader would be handed it. */
function listen(region: HTMLElement): string[] {
  const heard: string[] = []
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => heard.push(node.textContent ?? ''))
  }).observe(region, { childList: true, subtree: true })
  return heard
}

/** Lets the observer report what changed. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)))

afterEach(() => {
  vi.useRealTimers()
})

describe('the live regions', () => {
  test('say a status politely and an error assertively, each once, in its own region', async () => {
    render(<LiveRegions />)
    const polite = listen(screen.getByRole('status'))
    const assertive = listen(screen.getByRole('alert'))
    act(() => announce('Bewaard'))
    act(() => announce('De PDF kon niet worden gemaakt.', { assertive: true }))
    await settle()
    expect(polite).toEqual(['Bewaard'])
    expect(assertive).toEqual(['De PDF kon niet worden gemaakt.'])
    expect(screen.getByRole('status')).toHaveTextContent(/^Bewaard$/)
  })

  test('say the same words once when they come twice at once, and again when they are news again', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T10:00:00Z') })
    render(<LiveRegions />)
    const polite = listen(screen.getByRole('status'))
    act(() => announce('Gekopieerd'))
    vi.setSystemTime(Date.now() + REPEAT_MS - 1)
    act(() => announce('Gekopieerd'))
    await settle()
    expect(polite).toEqual(['Gekopieerd'])
    vi.setSystemTime(Date.now() + 1)
    act(() => announce('Gekopieerd'))
    act(() => announce('Bewaard'))
    await settle()
    expect(polite).toEqual(['Gekopieerd', 'Gekopieerd', 'Bewaard'])
  })

  test('a polite status does not stop an assertive error of the same words', async () => {
    render(<LiveRegions />)
    const assertive = listen(screen.getByRole('alert'))
    act(() => announce('Kopiëren lukte niet.'))
    act(() => announce('Kopiëren lukte niet.', { assertive: true }))
    await settle()
    expect(assertive).toEqual(['Kopiëren lukte niet.'])
  })

  test('start silent in a new frame', () => {
    const first = render(<LiveRegions />)
    act(() => announce('Bewaard'))
    first.unmount()
    render(<LiveRegions />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })
})

function Offer({ offer, text }: { offer: object | null; text: string }) {
  useAnnounce(offer, text)
  return null
}

test('useAnnounce says its text when the cause comes, not on a new render or in another language', async () => {
  const { rerender } = render(
    <>
      <Offer offer={null} text="Er is een nieuwe versie." />
      <LiveRegions />
    </>,
  )
  const polite = listen(screen.getByRole('status'))
  const offer = {}
  rerender(
    <>
      <Offer offer={offer} text="Er is een nieuwe versie." />
      <LiveRegions />
    </>,
  )
  rerender(
    <>
      <Offer offer={offer} text="There is a new version." />
      <LiveRegions />
    </>,
  )
  await settle()
  expect(polite).toEqual(['Er is een nieuwe versie.'])
  rerender(
    <>
      <Offer offer={{}} text="There is a new version." />
      <LiveRegions />
    </>,
  )
  await settle()
  expect(polite).toEqual(['Er is een nieuwe versie.', 'There is a new version.'])
})
