import type { CDPSession, Page } from '@playwright/test'
import { test, expect, expectNoAxeViolations } from './fixtures'

/** A phone held upright: WCAG 1.4.10 asks that content reflows at 320 CSS pixels wide. */
export const PHONE = { width: 320, height: 640 }
const DESKTOP = { width: 1280, height: 800 }

/**
 * The browser's own text size, as a teacher sets it in the settings (16 px by default): the app
 * sizes its text in rem, so this is the root font.
 */
async function setTextSize(page: Page, percent: number) {
  const cdp = (sessions.get(page) ?? sessions.set(page, await page.context().newCDPSession(page)).get(page))!
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100, fixed: (13 * percent) / 100 } })
}
const sessions = new WeakMap<Page, CDPSession>()

/**
 * What a reader cannot see on the screen as it is, in words:
 * - `sideways`: the page is wider than the window, so it scrolls sideways;
 * - `outside`: text that lies partly outside the window, or wholly to its right;
 * - `clipped`: an element that hides what overflows it (overflow hidden or clip) while its content
 *   is wider or taller than its box, so part of its text is cut off.
 * Elements hidden on purpose are left out: those of at most 1 px that hide their overflow (text
 * for screen readers only), and text moved wholly off to the left (the skip link until focused).
 * So are form fields: what is typed in one scrolls inside it, as the caret moves.
 */
async function unseen(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement
    const width = root.clientWidth
    const hiddenOnPurpose = (element: Element | null): boolean => {
      for (let e = element; e; e = e.parentElement) {
        const box = e.getBoundingClientRect()
        if (box.width <= 1 && box.height <= 1 && getComputedStyle(e).overflow !== 'visible') return true
      }
      return false
    }
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${(element.textContent ?? '').trim().slice(0, 50)}”`

    const outside: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || hiddenOnPurpose(node.parentElement)) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const off = [...range.getClientRects()].some(
        (r) => r.width > 0 && r.right > 0 && (r.left < -0.5 || r.right > width + 0.5),
      )
      if (off) outside.push(describe(node.parentElement!))
    }

    const clipped: string[] = []
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element)
      const clips = [style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip')
      if (!clips || hiddenOnPurpose(element) || element.matches('input, textarea, select')) continue
      if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
        clipped.push(
          `${describe(element)}: ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`,
        )
    }
    return {
      sideways: root.scrollWidth > width ? [`page ${root.scrollWidth} px wide in ${width} px`] : [],
      outside,
      clipped,
    }
  })
}

/** Nothing scrolls sideways and no text lies outside the window at 320 × 640. */
export async function expectReflow(page: Page, screen: string) {
  await page.setViewportSize(PHONE)
  expect(await unseen(page), `${screen} at 320 × 640`).toEqual({ sideways: [], outside: [], clipped: [] })
}

/** With the browser's text at 200 %, nothing is clipped, outside the window or scrolling sideways. */
export async function expectLargeTextFits(page: Page, screen: string) {
  await page.setViewportSize(DESKTOP)
  await setTextSize(page, 200)
  try {
    expect(await unseen(page), `${screen} with text at 200 %`).toEqual({ sideways: [], outside: [], clipped: [] })
  } finally {
    await setTextSize(page, 100)
  }
}

/** Every check of one screen as it is now: reflow at 320 px, text at 200 %, and axe. */
export async function checkScreen(page: Page, screen: string) {
  await test.step(screen, async () => {
    await expectReflow(page, screen)
    await expectLargeTextFits(page, screen)
    await expectNoAxeViolations(page)
  })
}
