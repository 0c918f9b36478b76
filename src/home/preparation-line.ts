import type { Translate } from '../i18n'
import type { DraftAnswers, Locale } from '../rules'
import { formatMeetingAt } from '../i18n/format'
import { childHeading } from './child-name'

// Apart from child-name.ts, which the first screen loads: the dates' formatting stays out of it.
/** A preparation in one line, for a list to choose from: "Noor, donderdag 3 december 2026 om 09:00". */
export const preparationLine = (answers: Pick<DraftAnswers, 'childName' | 'meetingAt'>, t: Translate, locale: Locale) =>
  t('backup.row', {
    child: childHeading(answers.childName, t),
    when: answers.meetingAt ? formatMeetingAt(answers.meetingAt, locale) : t('backup.row.noDate'),
  })
