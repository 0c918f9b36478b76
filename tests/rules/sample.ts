import type { Answers } from '../../src/rules'

/** A complete set of answers; tests override what they are about. */
export function answers(overrides: Partial<Answers> = {}): Answers {
  return {
    buddy: 'attending',
    sensitiveNews: true,
    expectedMinutes: 30,
    parentsAttending: 1,
    otherAttendees: 0,
    childName: 'Anouk',
    address: 'u',
    ...overrides,
  }
}
