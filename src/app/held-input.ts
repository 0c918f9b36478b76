/**
 * The built page shows the first question before the app's JavaScript has run (prerender.tsx).
 * Until the app has started, its buttons have no code behind them: Continue would send the form
 * to an address (which the page's Content-Security-Policy refuses) and the language switch would
 * do nothing. A teacher on a slow phone who answers at once would lose that click.
 *
 * `holdInputUntilStart` runs as a small script in the built page's head, before the body shows
 * (vite.config.ts puts its source there and allows it by its hash). It
 * - holds every form submission and every click on a plain button or a link within the page
 *   until the app renders
 *   (`stopHoldingInput`), to be done again once it shows its first screen on the same elements
 *   (`startWithHeldInput`);
 * - hides the built page when this visit will not show it: saved data of this app (a returning
 *   teacher, English, a notice) or another address, until the app shows its own (the rule on
 *   `[data-starting]` in styles.css). Its dead Dutch first question then never flashes before the
 *   screen the teacher came for.
 *
 * It must stay self-contained: only its source text reaches the page, with no imports and no
 * names from outside. It uses `globalThis` for the window, so it runs in a unit test as well.
 */
export function holdInputUntilStart(): void {
  const held: HeldAction[] = []
  // A second click on the same dead button meant the same as the first.
  const hold = (action: HeldAction) => {
    const target = 'button' in action ? action.button : action.form
    if (!held.some((done) => ('button' in done ? done.button : done.form) === target)) held.push(action)
  }
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    if (event.target instanceof HTMLFormElement) hold({ form: event.target, submitter: event.submitter })
  }
  // A link within the page (the skip link, "Instellingen") would change the address under the
  // app before it reads it: held as well, and followed once the app runs.
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('button[type="button"], a[href^="#"]') : null
    if (target instanceof HTMLAnchorElement) event.preventDefault()
    if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) hold({ button: target })
  }
  document.addEventListener('submit', onSubmit, true)
  document.addEventListener('click', onClick, true)

  let shown = /^(#\/?|#\/new)?$/.test(location.hash)
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith('oudergesprek')) shown = false
  } catch {
    // Storage that cannot be read gets a notice: not the built page.
    shown = false
  }
  if (!shown) document.documentElement.setAttribute('data-starting', '')

  const input: HeldInput = {
    held,
    stop() {
      document.removeEventListener('submit', onSubmit, true)
      document.removeEventListener('click', onClick, true)
    },
  }
  Object.assign(globalThis, { oudergesprekHeldInput: input })
}

// Written out in holdInputUntilStart, whose source must not name anything from outside.
const GLOBAL = 'oudergesprekHeldInput'

type HeldAction =
  { form: HTMLFormElement; submitter: HTMLElement | null } | { button: HTMLButtonElement | HTMLAnchorElement }

interface HeldInput {
  held: HeldAction[]
  stop(): void
}

const heldInput = () => (globalThis as { [GLOBAL]?: HeldInput })[GLOBAL]

/**
 * Called just before the app renders (src/main.tsx): from then on React itself takes the
 * teacher's clicks, also on parts of the built page it has not hydrated yet.
 */
export function stopHoldingInput(): void {
  heldInput()?.stop()
}

/**
 * Called once the app shows its first screen: shows the page, and does again what the teacher
 * did before the app started, on the elements the app now runs (the hydrated built page keeps its
 * elements). What was done on elements the app has since replaced is let go: the teacher sees
 * the screen it now shows.
 */
export function startWithHeldInput(): void {
  const input = heldInput()
  if (!input) return
  Reflect.deleteProperty(globalThis, GLOBAL)
  input.stop()
  document.documentElement.removeAttribute('data-starting')
  for (const action of input.held) {
    if ('button' in action) {
      if (action.button.isConnected) action.button.click()
    } else if (action.form.isConnected) {
      action.form.requestSubmit(action.submitter?.isConnected ? action.submitter : null)
    }
  }
}
