import { STEPS, stepPath, viewPath, type StepId } from '../ui/paths'

export function stepNumber(step: StepId): number {
  return STEPS.indexOf(step) + 1
}

/** Where Continue leads: the next step, or back to check-your-answers when changing one answer. */
export function nextPath(id: string, step: StepId, returning: boolean): string {
  const next = STEPS[STEPS.indexOf(step) + 1]
  return returning || !next ? viewPath(id, 'check') : stepPath(id, next)
}

/** Where the back link leads, or null on the first step. */
export function previousPath(id: string | null, step: StepId, returning: boolean): string | null {
  if (id === null) return null
  if (returning) return viewPath(id, 'check')
  const previous = STEPS[STEPS.indexOf(step) - 1]
  return previous ? stepPath(id, previous) : null
}
