import { BUDDY_VALUES, ADDRESS_VALUES, LIMITS, type Answers } from './answers'

/**
 * What conditions in the guidance data can test: the answers plus values derived from them.
 * Each fact has a domain, so the data's conditions can be checked against it.
 */
export const FACT_DOMAINS = {
  buddy: { kind: 'values', values: BUDDY_VALUES },
  sensitiveNews: { kind: 'values', values: [true, false] },
  address: { kind: 'values', values: ADDRESS_VALUES },
  parentsAttending: { kind: 'values', values: [1, 2] },
  expectedMinutes: { kind: 'number', min: LIMITS.minutes.min, max: LIMITS.minutes.max },
  otherAttendees: {
    kind: 'number',
    min: LIMITS.otherAttendees.min,
    max: LIMITS.otherAttendees.max,
  },
  peoplePresent: { kind: 'number', min: 2, max: 2 + 1 + 1 + LIMITS.otherAttendees.max },
  /** Someone besides the teacher, the parents and the buddy comes: from school, or a tolk. */
  othersComing: { kind: 'values', values: [true, false] },
  /** A tolk is among the others. */
  interpreter: { kind: 'values', values: [true, false] },
} as const

export type FactName = keyof typeof FACT_DOMAINS
export type FactValue = string | number | boolean
export type Facts = Record<FactName, FactValue>

export const FACT_NAMES = Object.keys(FACT_DOMAINS) as FactName[]

/** Everyone in the room: the teacher, the parents, a buddy who comes along, and school staff. */
export function peoplePresent(answers: Answers): number {
  return 1 + answers.parentsAttending + (answers.buddy === 'attending' ? 1 : 0) + answers.otherAttendees
}

/** Chairs to set out: everyone present, plus one in case a buddy of unknown plans comes. */
export function chairsNeeded(answers: Answers): number {
  return peoplePresent(answers) + (answers.buddy === 'unknown' ? 1 : 0)
}

/** Whether a tolk comes: one of the others has that role. */
export function hasInterpreter(answers: Pick<Answers, 'others'>): boolean {
  return answers.others?.some((person) => person.role === 'interpreter') ?? false
}

export function deriveFacts(answers: Answers): Facts {
  return {
    buddy: answers.buddy,
    sensitiveNews: answers.sensitiveNews,
    address: answers.address,
    parentsAttending: answers.parentsAttending,
    expectedMinutes: answers.expectedMinutes,
    otherAttendees: answers.otherAttendees,
    peoplePresent: peoplePresent(answers),
    othersComing: answers.otherAttendees > 0,
    interpreter: hasInterpreter(answers),
  }
}
