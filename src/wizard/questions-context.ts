import { createContext, useContext } from 'react'
import type { AnswerField } from '../rules'
import { QUESTIONS } from './questions'
import type { Question } from './question-types'

/** The wizard's table of questions; a test can give the app a longer one. */
export const Questions = createContext<Question[]>(QUESTIONS)

export const useQuestions = () => useContext(Questions)

/** The page that asks for an answer. */
export function stepOf(questions: Question[], field: AnswerField): string | undefined {
  const asks = (f: Question['fields'][number]) => f.name === field || (f.kind === 'people' && f.countField === field)
  return questions.find((question) => question.fields.some(asks))?.step
}
