/** Every route of the app, in one place. The wizard's steps are named by its table of questions. */
export type StepId = string

/** The screens of one preparation besides the wizard's steps. */
export const VIEWS = ['check', 'checklist', 'card', 'after'] as const
export type View = (typeof VIEWS)[number]

export const HOME_PATH = '/'
/** The first question of a preparation that does not exist yet: it gets an id on Continue. */
export const NEW_PATH = '/new'
export const RECOVERY_PATH = '/recovery'
export const BACKUP_PATH = '/backup'
export const SETTINGS_PATH = '/settings'
/** The school's own version of the guidance: made, previewed, shared and read back. */
export const SCHOOL_PATH = '/settings/school'

/** Each preparation's screens carry its id, so every tab shows the preparation it opened. */
export const viewPath = (id: string, view: View) => `/p/${encodeURIComponent(id)}/${view}`
export const stepPath = (id: string, step: StepId, returnTo?: 'check') =>
  `/p/${encodeURIComponent(id)}/step/${step}${returnTo ? `?return=${returnTo}` : ''}`

export type Route =
  | { kind: 'home' }
  | { kind: 'new' }
  | { kind: 'recovery' }
  | { kind: 'backup' }
  | { kind: 'settings' }
  | { kind: 'school' }
  | { kind: 'step'; id: string; step: StepId }
  | { kind: 'view'; id: string; view: View }
  /** An address saved by an earlier version, without an id: it opens the preparation used last. */
  | { kind: 'old'; step: StepId | null; view: View | null }
  | { kind: 'not-found' }

const isStep = (value: string | undefined): value is StepId => /^[a-z][a-z-]*$/.test(value ?? '')
const isView = (value: string | undefined): value is View => (VIEWS as readonly string[]).includes(value ?? '')

/** What a path shows. */
export function matchRoute(path: string): Route {
  if (path === HOME_PATH) return { kind: 'home' }
  if (path === NEW_PATH) return { kind: 'new' }
  if (path === RECOVERY_PATH) return { kind: 'recovery' }
  if (path === BACKUP_PATH) return { kind: 'backup' }
  if (path === SETTINGS_PATH) return { kind: 'settings' }
  if (path === SCHOOL_PATH) return { kind: 'school' }
  const parts = path.split('/').slice(1)
  if (parts[0] === 'p' && parts[1]) {
    const id = safeDecode(parts[1])
    if (id && parts[2] === 'step' && isStep(parts[3]) && parts.length === 4) return { kind: 'step', id, step: parts[3] }
    if (id && isView(parts[2]) && parts.length === 3) return { kind: 'view', id, view: parts[2] }
  }
  if (parts[0] === 'step' && isStep(parts[1]) && parts.length === 2) return { kind: 'old', step: parts[1], view: null }
  if (isView(parts[0]) && parts.length === 1) return { kind: 'old', step: null, view: parts[0] }
  return { kind: 'not-found' }
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}
