import type { Checklist, DraftAnswers } from '../rules'
import { translator, type Translate } from '../i18n'
import { formatMeetingAt } from '../i18n/format'
import { buddyWasThere, followUpWithBuddy, type Preparation } from '../model'
import { buddyWelcome, childOf, formOf, greeting, othersSentence, questionsTip, type Form } from './parent-words'
import { oneLine, pasteText } from './plain-text'
import { roomOf, signatureLines, type SchoolDetails } from './school'

/**
 * The message the teacher sends to the parent (never to the buddy), in the chosen u or je form
 * for one or two parents: what it is about, when, where, how long, who else comes, the buddy
 * welcome only when a buddy is involved, the tip to write questions down, and the teacher's
 * name and school. It is in the language of the example sentences: the language the teacher
 * speaks with the parent.
 */
export function invitationText(answers: DraftAnswers, checklist: Checklist, school: SchoolDetails): string {
  const locale = checklist.scriptLocale
  const t = translator(locale)
  const form = formOf(answers)
  const child = childOf(answers, form, t)
  const purpose = oneLine(answers.purpose ?? '')
  const opening = [t(`invite.opening.${form}`, { child }), answers.meetingAt ? '' : t(`invite.noDate.${form}`)]
  const details = [
    purpose ? t('invite.purpose', { purpose }) : '',
    answers.meetingAt ? t('invite.when', { when: formatMeetingAt(answers.meetingAt, locale) }) : '',
    where(answers, school, t),
    t('invite.length', { minutes: checklist.plannedMinutes }),
  ]
  const company = [othersSentence(answers, locale, t), buddyWelcome(answers, form, t)]
  return letter([sentences(opening), lines(details), sentences(company), questionsTip(answers, form, t)], {
    answers,
    form,
    school,
    t,
  })
}

/**
 * The invitation for the follow-up appointment as saved: when, where, how long, the buddy
 * welcome only when the buddy comes along, and the tip. Null while no date is saved.
 */
export function followUpInvitationText(
  preparation: Pick<Preparation, 'answers' | 'followUp' | 'evaluation'>,
  checklist: Checklist,
  school: SchoolDetails,
): string | null {
  const { answers, followUp } = preparation
  if (!followUp.at) return null
  const locale = checklist.scriptLocale
  const t = translator(locale)
  const form = formOf(answers)
  const details = [
    t('invite.when', { when: formatMeetingAt(followUp.at, locale) }),
    where(answers, school, t),
    followUp.minutes ? t('invite.length', { minutes: followUp.minutes }) : '',
  ]
  const buddy = followUpWithBuddy(preparation)
    ? t(buddyWasThere(preparation) ? `invite.buddyAgain.${form}` : `invite.buddyWelcome.${form}`)
    : ''
  return letter(
    [
      t(`invite.followUpOpening.${form}`, { child: childOf(answers, form, t) }),
      lines(details),
      buddy,
      questionsTip(answers, form, t),
    ],
    { answers, form, school, t },
  )
}

interface Sender {
  answers: DraftAnswers
  form: Form
  school: SchoolDetails
  t: Translate
}

/** Greeting, paragraphs, closing and signature, with a blank line between paragraphs. */
function letter(paragraphs: string[], { answers, form, school, t }: Sender): string {
  const body = [greeting(answers, t), ...paragraphs.filter(Boolean), t(`invite.closing.${form}`)].join('\n\n')
  return pasteText([body, ...signatureLines(school)])
}

function where(answers: DraftAnswers, school: SchoolDetails, t: Translate): string {
  const room = roomOf(answers, school)
  return room ? t('invite.where', { where: room }) : ''
}

const sentences = (parts: (string | null)[]) => parts.filter(Boolean).join(' ')
const lines = (parts: string[]) => parts.filter(Boolean).join('\n')
