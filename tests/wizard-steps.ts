import { QUESTIONS } from '../src/wizard/questions'

/**
 * The wizard's steps as tests name them: counted from the question table and found by address,
 * so a question added to the table changes only the tests about that question.
 */
export const stepCount = (): number => QUESTIONS.length

/** The caption above a wizard step, by the step's address: "Stap 2 van 8" (or "Step 2 of 8"). */
export function stepCaption(step: string, locale: 'nl' | 'en' = 'nl'): string {
  const n = QUESTIONS.findIndex((question) => question.step === step) + 1
  if (n === 0) throw new Error(`The wizard has no step ${step}`)
  return locale === 'nl' ? `Stap ${n} van ${stepCount()}` : `Step ${n} of ${stepCount()}`
}

/** The document title of a wizard step, with "Fout: " while its errors show. */
export const stepTitle = (step: string, { errors = false } = {}): string =>
  `${errors ? 'Fout: ' : ''}${stepCaption(step)} – Oudergesprek voorbereiden`
