import type { StoreState } from '../store/store'
import { parse, navigate } from '../ui/router'
import { HOME_PATH, matchRoute, NEW_PATH } from '../ui/paths'
import type { ChunkName } from './lazy-screens'

/**
 * Whether this page load shows what the built page already holds (src/app/prerender.tsx): the
 * first question of a fresh preparation, in Dutch, with nothing saved and nothing to report.
 * Then the app hydrates that HTML; otherwise (a returning teacher, English, a notice about the
 * saved data, another address) it renders afresh.
 */
export function showsBuiltFirstScreen(state: StoreState): boolean {
  const { path, query } = parse(window.location.hash)
  const fresh =
    Object.keys(state.preparations).length === 0 &&
    state.settings.locale === 'nl' &&
    state.mode === 'ok' &&
    state.notice === null &&
    [...query.keys()].length === 0
  if (!fresh || (path !== HOME_PATH && path !== NEW_PATH)) return false
  // The start sends a teacher without preparations to the first question: do it before rendering.
  if (path === HOME_PATH) navigate(NEW_PATH, { replace: true })
  return true
}

/** The chunk the screen at this address comes from: loaded before the first render, so it shows at once. */
export function firstChunk(): ChunkName {
  const { kind } = matchRoute(parse(window.location.hash).path)
  return kind === 'new' || kind === 'step' ? 'wizard' : 'screens'
}
