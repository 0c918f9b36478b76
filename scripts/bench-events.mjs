// The slowest click or keystroke per screen with the CPU slowed down 4× (Chrome DevTools
// Protocol), as the browser's Event Timing API reports it: from the input to the next paint.
// A teacher answers the wizard, ticks and writes a note on the checklist, writes on the
// conversation card and fills in the after page. Entries under 16 ms are not reported by the
// browser: such a screen shows as "< 16 ms". Each entry is split as the browser times it: the
// wait before the handlers ran (input delay, long when something else held the main thread),
// the handlers, and the wait for the next paint (rendering).
export const CPU_SLOWDOWN = 4
// A quick typist: about ten keys a second.
const TYPING_MS = 100
const TEXT = 'Moeder vertelde over de verhuizing.'

/** Collects every event entry of 16 ms or more, with what was clicked or typed in. */
export function observeEvents() {
  window.__events = []
  const label = (node) =>
    node?.getAttribute?.('aria-label') ?? node?.labels?.[0]?.textContent?.trim() ?? node?.textContent?.trim()
  new PerformanceObserver((list) => {
    // Only the teacher's own clicks and keystrokes (an interaction id), not a hover that waited.
    for (const entry of list.getEntries())
      if (entry.interactionId > 0)
        window.__events.push({
          type: entry.name,
          duration: entry.duration,
          delay: entry.processingStart - entry.startTime,
          handlers: entry.processingEnd - entry.processingStart,
          target: label(entry.target)?.slice(0, 40),
        })
  }).observe({ type: 'event', durationThreshold: 16, buffered: true })
}

/** The entries since the last call, once the page has painted and the observer has reported. */
export async function takeEvents(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))))
  return page.evaluate(() => window.__events.splice(0))
}

const role = (page, kind, name) => page.getByRole(kind, { name, exact: true })

async function wizard(page) {
  // The question is in the page before the script runs; a teacher reads it first, so the walk
  // starts once the app has loaded and the main thread is idle.
  await page.goto('/', { waitUntil: 'networkidle' })
  await role(page, 'heading', 'Komt er een ouderbuddy mee naar het gesprek?').waitFor()
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)))
  await takeEvents(page)
  const next = () => role(page, 'button', 'Doorgaan').click()
  const type = async (name, text) => {
    await role(page, 'textbox', name).click()
    await page.keyboard.type(text, { delay: TYPING_MS })
  }
  await role(page, 'radio', 'Ja, de buddy komt mee').click()
  await next()
  await role(page, 'radio', 'Ja').click()
  await next()
  await page.getByRole('textbox', { name: /Hoeveel minuten/ }).fill('')
  await page.getByRole('textbox', { name: /Hoeveel minuten/ }).click()
  await page.keyboard.type('30', { delay: TYPING_MS })
  await next()
  await role(page, 'radio', '2 ouders of verzorgers').click()
  await next()
  await page.getByRole('textbox', { name: /Hoe heet het kind/ }).click()
  await page.keyboard.type('Anouk', { delay: TYPING_MS })
  await next()
  await role(page, 'radio', 'Met ‘u’').click()
  await next()
  // With news to tell, the subject is asked twice: for the teacher and for the parent.
  await page.getByRole('textbox', { name: /Het onderwerp voor jezelf/ }).click()
  await page.keyboard.type('Hoe het lezen gaat', { delay: TYPING_MS })
  await next()
  await type('Datum', '12-12-2026')
  await type('Tijd', '15:30')
  await next()
  await role(page, 'heading', 'Controleer je antwoorden').waitFor()
}

async function checklist(page) {
  await role(page, 'button', 'Maak mijn checklist').click()
  await role(page, 'heading', 'Jouw checklist').waitFor()
  await takeEvents(page)
  // Whatever the guidance calls them: the first three items, and a note on the first.
  for (const n of [0, 1, 2]) await page.getByRole('checkbox').nth(n).click()
  await typeFirstNote(page, TEXT)
}

/** Opens the note of the checklist's first item and types in it, at a teacher's pace. */
export async function typeFirstNote(page, text) {
  await page
    .getByRole('button', { name: /^Notitie toevoegen bij/ })
    .first()
    .click()
  await page
    .getByRole('textbox', { name: /^Notitie bij/ })
    .first()
    .click()
  await page.keyboard.type(text, { delay: TYPING_MS })
}

async function card(page) {
  await role(page, 'link', 'Gesprekskaart').click()
  await page.getByRole('heading', { level: 1, name: /Gesprekskaart/ }).waitFor()
  await takeEvents(page)
  await role(page, 'button', 'Start de timer').click()
  await role(page, 'textbox', 'Aantekeningen').click()
  await page.keyboard.type(TEXT, { delay: TYPING_MS })
  await role(page, 'link', 'Naar de checklist').click()
  await role(page, 'heading', 'Jouw checklist').waitFor()
}

async function after(page) {
  await role(page, 'button', 'Het gesprek is geweest').click()
  await role(page, 'heading', 'Na het gesprek').waitFor()
  await takeEvents(page)
  await page.getByRole('radio').first().click()
  await role(page, 'textbox', 'Wat is er afgesproken?').click()
  await page.keyboard.type(TEXT, { delay: TYPING_MS })
  await role(page, 'textbox', 'Datum').click()
  await page.keyboard.type('19-12-2026', { delay: TYPING_MS })
  await role(page, 'textbox', 'Tijd').click()
  await page.keyboard.type('14:30', { delay: TYPING_MS })
}

const SCREENS = { wizard, checklist, card, after }

/** One teacher's walk through the screens in a fresh context: the slowest event on each. */
export async function slowestEvents(browser, base) {
  const context = await browser.newContext({ baseURL: base, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
  await context.addInitScript(observeEvents)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  const slowest = {}
  for (const [screen, walk] of Object.entries(SCREENS)) {
    await walk(page)
    const events = await takeEvents(page)
    slowest[screen] = events.reduce((max, e) => (e.duration > (max?.duration ?? 0) ? e : max), null)
  }
  await context.close()
  return slowest
}
