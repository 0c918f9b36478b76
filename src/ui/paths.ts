/** Every route of the app, in one place: the wizard's steps in order, then the views. */
export const STEPS = ['buddy', 'sensitive-news', 'minutes', 'attendees', 'child-name', 'address', 'meeting-at'] as const
export type StepId = (typeof STEPS)[number]

export const stepPath = (step: StepId, returnTo?: 'check') => `/step/${step}${returnTo ? `?return=${returnTo}` : ''}`
export const HOME_PATH = '/'
export const FIRST_STEP_PATH = stepPath(STEPS[0])
export const CHECK_PATH = '/check'
export const CHECKLIST_PATH = '/checklist'
export const AFTER_PATH = '/after'
