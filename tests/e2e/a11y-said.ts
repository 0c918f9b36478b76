import type { BrowserContext, Page } from '@playwright/test'

/** A text put into one of the app's live regions, as a screen reader is handed it. */
export interface Said {
  role: 'status' | 'alert'
  text: string
}

export const polite = (text: string): Said => ({ role: 'status', text })
export const assertive = (text: string): Said => ({ role: 'alert', text })

/**
 * Has every page of the page or context log each text added to a live region, from before the
 * app's first render. A new document starts a new log.
 */
export function listen(target: Page | BrowserContext) {
  return target.addInitScript(() => {
    const log: { role: string; text: string }[] = []
    Object.assign(window, { said: log })
    new MutationObserver((records) => {
      for (const record of records) {
        const region = (record.target as Element).closest?.('[role="status"], [role="alert"]')
        if (!region) continue
        record.addedNodes.forEach((node) => {
          const text = node.textContent?.trim()
          if (text) log.push({ role: region.getAttribute('role')!, text })
        })
      }
    }).observe(document, { childList: true, subtree: true, characterData: false })
  })
}

/** Everything the page's live regions were given since its document loaded. */
export const saidSoFar = (page: Page) => page.evaluate(() => (window as unknown as { said: Said[] }).said)

/**
 * What each region said, in order. A screen reader follows the two regions separately, and two
 * texts put in both by one change reach the page together: only the order within a region counts.
 */
export const byRegion = (said: Said[]) => ({
  polite: said.filter((s) => s.role === 'status').map((s) => s.text),
  assertive: said.filter((s) => s.role === 'alert').map((s) => s.text),
})
