// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { chromiumCandidates, testBrowser } from '../../scripts/test-browser.mjs'

const nowhere = () => false

describe('the browser the browser tests drive', () => {
  test('is CHROME_PATH when it is set, even with a system Chromium', () => {
    expect(testBrowser({ CHROME_PATH: '/opt/chrome/chrome' }, 'linux', () => true)).toEqual({
      path: '/opt/chrome/chrome',
      from: 'CHROME_PATH',
    })
  })

  test("is the system's Chromium when there is one, looked for where its packages put it", () => {
    const installed = (path: string) => path === '/usr/bin/chromium-browser'
    expect(testBrowser({}, 'linux', installed)).toEqual({ path: '/usr/bin/chromium-browser', from: 'system' })
    expect(testBrowser({}, 'linux', (path) => path === '/usr/bin/chromium').path).toBe('/usr/bin/chromium')
  })

  test("is Playwright's own Chromium when there is no other", () => {
    expect(testBrowser({}, 'linux', nowhere)).toEqual({ path: undefined, from: 'playwright' })
    expect(testBrowser({ CHROME_PATH: '' }, 'darwin', nowhere)).toEqual({ path: undefined, from: 'playwright' })
  })

  test('is looked for in the Applications folder on a Mac and under Program Files on Windows', () => {
    expect(chromiumCandidates('darwin', { HOME: '/Users/sanne' })).toEqual([
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/sanne/Applications/Chromium.app/Contents/MacOS/Chromium',
    ])
    const windows = chromiumCandidates('win32', { LOCALAPPDATA: 'C:\\Users\\sanne\\AppData\\Local' })
    expect(windows).toHaveLength(1)
    expect(windows[0]).toMatch(/^C:\\Users\\sanne\\AppData\\Local[\\/]Chromium[\\/]Application[\\/]chrome\.exe$/)
  })
})
