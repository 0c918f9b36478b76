// Which Chromium the browser tests drive, and making sure there is one: `npm run test:e2e` runs
// this file before Playwright, and playwright.config.ts asks it for the path.
//
// 1. CHROME_PATH, when it is set (it must point at a Chromium or Chrome that exists);
// 2. else a Chromium installed on this machine, at the places its packages put it;
// 3. else Playwright's own Chromium, which this file installs the first time (a download of
//    about 150 MB into Playwright's cache; later runs find it there).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where a system Chromium lives, per operating system. */
export function chromiumCandidates(platform = process.platform, env = process.env) {
  if (platform === 'darwin')
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      join(env.HOME ?? '', 'Applications/Chromium.app/Contents/MacOS/Chromium'),
    ]
  if (platform === 'win32')
    return [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']]
      .filter((folder) => folder !== undefined)
      .map((folder) => join(folder, 'Chromium', 'Application', 'chrome.exe'))
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium']
}

/**
 * The browser for the tests: CHROME_PATH as given, else the first system Chromium found, else
 * undefined, which makes Playwright start its own Chromium.
 */
export function testBrowser(env = process.env, platform = process.platform, exists = existsSync) {
  if (env.CHROME_PATH) return { path: env.CHROME_PATH, from: 'CHROME_PATH' }
  const found = chromiumCandidates(platform, env).find((path) => exists(path))
  return found ? { path: found, from: 'system' } : { path: undefined, from: 'playwright' }
}

/** Says which browser the tests use, and installs Playwright's own when there is no other. */
function ensureBrowser() {
  const browser = testBrowser()
  if (browser.from === 'CHROME_PATH' && !existsSync(browser.path)) {
    console.error(`CHROME_PATH is ${browser.path}, but there is no file there. Point it at a Chromium, or unset it.`)
    return 1
  }
  if (browser.path) {
    console.log(
      `Browser tests use ${browser.path} (${browser.from === 'system' ? 'found on this machine' : 'CHROME_PATH'}).`,
    )
    return 0
  }
  console.log("No Chromium on this machine and no CHROME_PATH: the browser tests use Playwright's own Chromium.")
  console.log('Installing it if it is not there yet: npx playwright install chromium')
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  if (install.status !== 0)
    console.error(
      "Playwright's Chromium could not be installed (is the internet reachable?). Install Chromium with your system's package manager, or set CHROME_PATH.",
    )
  return install.status ?? 1
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(ensureBrowser())
