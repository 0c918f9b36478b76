import { test, expect } from './fixtures'

/**
 * Every test fails on a Content-Security-Policy violation (see fixtures.ts). These two cause one
 * on purpose, to show the check sees it; they then take it off the list, as it was expected.
 */
test.describe('the page refuses what its Content-Security-Policy forbids, and every test would notice', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })

  test('an inline script', async ({ page, cspViolations, consoleErrors }) => {
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'document.title = "injected"'
      document.head.append(script)
    })
    await expect.poll(() => cspViolations.map((v) => `${v.directive} ${v.blocked}`)).toEqual(['script-src-elem inline'])
    expect(await page.title()).not.toBe('injected')
    expect(consoleErrors).toEqual([expect.stringContaining('Content Security Policy')])
    cspViolations.length = 0
    consoleErrors.length = 0
  })

  test('a string evaluated as code', async ({ page, cspViolations, consoleErrors }) => {
    await page.evaluate(() => {
      // A string timer is compiled by the page itself, as `new Function` would be.
      ;(setTimeout as (code: string, ms: number) => number)('document.title = "evaluated"', 0)
    })
    await expect.poll(() => cspViolations.map((v) => `${v.directive} ${v.blocked}`)).toEqual(['script-src eval'])
    expect(await page.title()).not.toBe('evaluated')
    expect(consoleErrors).toEqual([expect.stringContaining('Content Security Policy')])
    cspViolations.length = 0
    consoleErrors.length = 0
  })
})
