import { stepPath, viewPath } from '../ui/paths'
import type { Question } from './question-types'

const indexOf = (questions: Question[], step: string) => questions.findIndex((q) => q.step === step)

export function stepNumber(questions: Question[], step: string): number {
  return indexOf(questions, step) + 1
}

/** Where Continue leads: the next step, or back to check-your-answers when changing one answer. */
export function nextPath(questions: Question[], id: string, step: string, returning: boolean): string {
  const next = questions[indexOf(questions, step) + 1]
  return returning || !next ? viewPath(id, 'check') : stepPath(id, next.step)
}

/** Where the back link leads, or null on the first step. */
export function previousPath(
  questions: Question[],
  id: string | null,
  step: string,
  returning: boolean,
): string | null {
  if (id === null) return null
  if (returning) return viewPath(id, 'check')
  const previous = questions[indexOf(questions, step) - 1]
  return previous ? stepPath(id, previous.step) : null
}
