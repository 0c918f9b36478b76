import type { Checklist, DraftAnswers } from '../rules'
import { translator } from '../i18n'
import { formatMeetingAt } from '../i18n/format'
import { listInWords } from './people'
import '../i18n/documents'

export interface PlanTexts {
  when: string
  /** The minutes the teacher plans: "Plan 30 minuten." */
  duration: string
  /**
   * Said only when extra time applies: the usual time, the suggestion and who makes it longer,
   * and the rule behind it (ours, not the sheet's).
   */
  suggestion: string | null
  chairs: string
}

/** One answer to "Hoeveel minuten plan je?": the minutes, and what they are. */
export interface LengthChoice {
  minutes: number
  label: string
}

/** The plan in words, the same on screen and on paper: date and time, the chosen length and the suggestion, chairs. */
export function planTexts(checklist: Checklist, answers: DraftAnswers): PlanTexts {
  const t = translator(checklist.locale)
  const { plannedMinutes: planned, expectedMinutes: expected, bufferMinutes: buffer } = checklist
  const { bufferRule: rule, extraTimeFor } = checklist
  const interpreter = extraTimeFor.includes('interpreter')
  const why = listInWords(
    extraTimeFor.map((reason) => t(`plan.why.${reason}`)),
    checklist.locale,
  )
  return {
    when: answers.meetingAt ? formatMeetingAt(answers.meetingAt, checklist.locale) : t('checklist.when.none'),
    duration: t('checklist.duration.plain', { planned }),
    suggestion:
      buffer > 0
        ? [
            t('plan.suggestion', { expected, suggested: checklist.suggestedMinutes, buffer, why }),
            interpreter ? t('plan.interpreter') : '',
            t('checklist.duration.suggestion', {
              percent: interpreter ? rule.interpreterPercent : rule.percent,
              roundUpTo: rule.roundUpTo,
              minimum: rule.minimum,
            }),
          ]
            .filter(Boolean)
            .join(' ')
        : null,
    chairs: [
      t('checklist.chairs.value', { n: checklist.chairsInWords }),
      answers.buddy === 'unknown' ? t('checklist.chairs.maybeBuddy') : '',
    ]
      .filter(Boolean)
      .join(' '),
  }
}

/**
 * What the teacher can plan: the usual minutes and the suggestion, and a length chosen earlier
 * that is neither (after the usual minutes changed, or from a follow-up). Empty when there is
 * nothing to choose: no extra time suggested and nothing else chosen.
 */
export function lengthChoices(checklist: Checklist): LengthChoice[] {
  const t = translator(checklist.locale)
  const { expectedMinutes: expected, suggestedMinutes: suggested, plannedMinutes: planned } = checklist
  const choices = [{ minutes: expected, label: t('plan.choice.usual', { n: expected }) }]
  if (suggested !== expected) choices.push({ minutes: suggested, label: t('plan.choice.suggested', { n: suggested }) })
  if (planned !== expected && planned !== suggested)
    choices.push({ minutes: planned, label: t('plan.choice.earlier', { n: planned }) })
  return choices.length > 1 ? choices : []
}
