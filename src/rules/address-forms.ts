import type { Answers } from './answers'
import type { GuidanceScript } from './guidance-schema'
import type { Audience, Locale } from './vocabulary'

/**
 * How many people a sentence speaks to. The buddy counts as in the room when coming or maybe
 * coming: the checklist prepares for the buddy being there (chairs, opening, extra time).
 * Colleagues from school are not spoken to in these sentences.
 */
export function addressedCount(audience: Audience, answers: Pick<Answers, 'buddy' | 'parentsAttending'>): number {
  const buddyInRoom = answers.buddy === 'attending' || answers.buddy === 'unknown' ? 1 : 0
  if (audience === 'buddy') return 1
  if (audience === 'parents') return answers.parentsAttending
  return answers.parentsAttending + buddyInRoom
}

/** Which of a sentence's forms these answers take: u or je to one, u or jullie to more; English. */
export function formKey(
  script: Pick<GuidanceScript, 'audience'>,
  language: Locale,
  answers: Pick<Answers, 'buddy' | 'parentsAttending' | 'address'>,
): 'u' | 'je' | 'jullie' | 'en' {
  if (language === 'en') return 'en'
  if (answers.address === 'u') return 'u'
  return addressedCount(script.audience, answers) > 1 ? 'jullie' : 'je'
}

/**
 * The form of a sentence for these answers: `u` or `je` to one person, `uPlural` (else `u`) or
 * `jullie` to more; in English `en`, or `enPlural` where English needs it.
 */
export function scriptForm(
  script: GuidanceScript,
  language: Locale,
  answers: Pick<Answers, 'buddy' | 'parentsAttending' | 'address'>,
): string {
  const many = addressedCount(script.audience, answers) > 1
  if (language === 'en') return (many && script.enPlural) || script.en
  if (answers.address === 'u') return (many && script.uPlural) || script.u
  // The schema makes sure every script that can speak to more than one person has a jullie form.
  return (many && script.jullie) || script.je
}
