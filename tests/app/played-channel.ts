import { vi } from 'vitest'
import type { RegisterSWOptions } from 'vite-plugin-pwa/types'
import { createUpdateChannel } from '../../src/app/service-worker'

/**
 * An update channel registered with the browser's part played by the test: `worker` holds the
 * options the channel registered its service worker with, `workers` stands for
 * navigator.serviceWorker, and `activate` and `reload` record what the channel asked.
 */
export async function playedChannel() {
  const channel = createUpdateChannel()
  const activate = vi.fn(async () => {})
  const reload = vi.fn()
  const workers = new EventTarget()
  let worker: RegisterSWOptions = {}
  await channel.register({
    workers,
    load: async () => ({
      registerSW: (options) => {
        worker = options
        return activate
      },
    }),
    reload,
  })
  return { channel, activate, reload, workers, worker }
}
