import { renderToString } from 'react-dom/server'
import { hydrateRoot } from 'react-dom/client'
import { expect, test, vi } from 'vitest'
import { act, screen } from '@testing-library/react'
import { announce, LiveRegions } from '../../src/ui/announcer'
import { UpdatePrompt } from '../../src/app/update-prompt'
import { createUpdateChannel, type UpdateChannel, type UpdateOffer } from '../../src/app/service-worker'
import type { ReactNode } from 'react'

// The built page is hydrated when the app starts. Whatever happened before that (something said,
// a new version found) must not make the page differ from the built HTML: React would then throw
// the built page away and draw it again, and a teacher's early click could be lost.

/** Builds `tree` to HTML as the build does, lets `before` happen, then hydrates; returns React's recoverable errors. */
async function hydrateAfter(tree: ReactNode, before: () => void) {
  const container = document.createElement('div')
  container.innerHTML = renderToString(tree)
  document.body.append(container)
  before()
  const recovered = vi.fn()
  await act(async () => {
    hydrateRoot(container, tree, { onRecoverableError: recovered })
  })
  return recovered
}

test('something said before the app started is said once it has, without redrawing the built page', async () => {
  const recovered = await hydrateAfter(<LiveRegions />, () => announce('Bewaard'))
  expect(recovered).not.toHaveBeenCalled()
  expect(screen.getByRole('status')).toHaveTextContent('Bewaard')
})

test('a new version found before the app started is offered once it has, without redrawing the built page', async () => {
  const channel: UpdateChannel = createUpdateChannel()
  let offer: UpdateOffer | null = null
  const withOffer: UpdateChannel = { ...channel, offer: () => offer }
  const recovered = await hydrateAfter(<UpdatePrompt channel={withOffer} />, () => {
    offer = { load: () => {} }
  })
  expect(recovered).not.toHaveBeenCalled()
  expect(screen.getByRole('button', { name: 'Nieuwe versie laden' })).toBeVisible()
})
