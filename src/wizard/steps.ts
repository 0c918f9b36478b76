import { CHECK_PATH, STEPS, stepPath, type StepId } from '../ui/paths'

export function isStepId(value: string): value is StepId {
  return (STEPS as readonly string[]).includes(value)
}

export function stepNumber(step: StepId): number {
  return STEPS.indexOf(step) + 1
}

/** Where Continue leads: the next step, or back to check-your-answers when changing one answer. */
export function nextPath(step: StepId, returning: boolean): string {
  const next = STEPS[STEPS.indexOf(step) + 1]
  return returning || !next ? CHECK_PATH : stepPath(next)
}

/** Where the back link leads, or null on the first step. */
export function previousPath(step: StepId, returning: boolean): string | null {
  if (returning) return CHECK_PATH
  const previous = STEPS[STEPS.indexOf(step) - 1]
  return previous ? stepPath(previous) : null
}
