import type { Checklist, DraftAnswers } from '../rules'
import { translator } from '../i18n'
import { formatMeetingAt } from '../i18n/format'
import '../i18n/documents'

export interface PlanTexts {
  when: string
  duration: string
  /** Said only when time was added: the extra minutes are our suggestion, with the rule behind them. */
  suggestion: string | null
  chairs: string
}

/** The plan in words, the same on screen and on paper: date and time, length with buffer and its rule, chairs. */
export function planTexts(checklist: Checklist, answers: DraftAnswers): PlanTexts {
  const t = translator(checklist.locale)
  const { plannedMinutes: planned, expectedMinutes: expected, bufferMinutes: buffer } = checklist
  return {
    when: answers.meetingAt ? formatMeetingAt(answers.meetingAt, checklist.locale) : t('checklist.when.none'),
    duration:
      buffer > 0
        ? t('checklist.duration.buffer', { planned, expected, buffer })
        : t('checklist.duration.plain', { planned }),
    suggestion: buffer > 0 ? t('checklist.duration.suggestion', { ...checklist.bufferRule }) : null,
    chairs: [
      t('checklist.chairs.value', { n: checklist.chairsInWords }),
      answers.buddy === 'unknown' ? t('checklist.chairs.maybeBuddy') : '',
    ]
      .filter(Boolean)
      .join(' '),
  }
}
