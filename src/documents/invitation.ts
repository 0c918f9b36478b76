import type { Checklist, DraftAnswers, Locale } from '../rules'
import { translator, type Translate } from '../i18n'
import { durationForParents, meetingForParents } from '../i18n/format'
import { buddyWasThere, followUpWithBuddy, type Preparation } from '../model'
import {
  buddyLines,
  childOf,
  formOf,
  greeting,
  othersSentence,
  questionsTip,
  subjectForParents,
  type Form,
} from './parent-words'
import { oneLine, pasteText } from './plain-text'
import { roomOf, signatureLines, teacherForParents, viaContact, type SchoolDetails } from './school'
import '../i18n/documents'

/**
 * The message the teacher sends to the parent (never to the buddy), in the chosen u or je form
 * for one or two parents: what it is about (never the teacher's own subject when there is
 * sensitive news), when, where, how long, who else comes, the buddy welcome only when a buddy is
 * involved (and with sensitive news, that the first part is with the parents alone), the tip to
 * write questions down, how to answer, and the teacher's name and school. In the language of the
 * example sentences: the language the teacher speaks with the parent. Plain words for parents.
 */
export function invitationText(answers: DraftAnswers, checklist: Checklist, school: SchoolDetails): string {
  const locale = checklist.scriptLocale
  const t = translator(locale)
  const form = formOf(answers)
  const child = childOf(answers, form, t)
  const subject = subjectForParents(answers)
  const reply = { who: whoToTell(answers, school, locale), via: viaContact(school, locale) }
  const details = [
    subject ? t('invite.purpose', { purpose: subject }) : '',
    answers.meetingAt ? t('invite.when', { when: meetingForParents(answers.meetingAt, locale) }) : '',
    where(answers, school, t),
    t('invite.length', { minutes: durationForParents(checklist.plannedMinutes, locale) }),
  ]
  return letter(
    [
      sentences([t(`invite.opening.${form}`, { child }), answers.meetingAt ? '' : t(`invite.noDate.${form}`, reply)]),
      lines(details),
      othersSentence(answers, locale, t) ?? '',
      sentences(buddyLines(answers, form, t, { who: reply.who, speaker: speaker(answers, school, locale), locale })),
      questionsTip(answers, form, t),
      answers.meetingAt ? t(`invite.reply.${form}`, reply) : '',
    ],
    { answers, form, school, t },
  )
}

/**
 * The invitation for the follow-up appointment as saved: when, where, how long, the buddy
 * welcome only when the buddy comes along, the tip and how to answer. Null while no date is saved.
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
    t('invite.when', { when: meetingForParents(followUp.at, locale) }),
    where(answers, school, t),
    followUp.minutes ? t('invite.length', { minutes: durationForParents(followUp.minutes, locale) }) : '',
  ]
  const buddy = followUpWithBuddy(preparation)
    ? t(buddyWasThere(preparation) ? `invite.buddyAgain.${form}` : `invite.buddyWelcome.${form}`)
    : ''
  const reply = { who: whoToTell(answers, school, locale), via: viaContact(school, locale) }
  return letter(
    [
      t(`invite.followUpOpening.${form}`, { child: childOf(answers, form, t) }),
      lines(details),
      buddy,
      // The news was told in the first conversation: the buddy may help prepare this one.
      questionsTip({ ...answers, sensitiveNews: false }, form, t),
      t(`invite.reply.${form}`, reply),
    ],
    { answers, form, school, t },
  )
}

/**
 * Whom the parents tell: "me" in a letter the teacher signs with their name; otherwise the
 * teacher named in words ("de leerkracht van Anouk"), never a "me" nobody signed.
 */
function whoToTell(answers: DraftAnswers, school: SchoolDetails, locale: Locale): string {
  const t = translator(locale)
  return oneLine(school.teacherName ?? '') ? t('invite.me') : teacherForParents(answers, school, locale)
}

/** Who talks with the parents first: "ik" in a letter the teacher signs, else the teacher in words. */
function speaker(answers: DraftAnswers, school: SchoolDetails, locale: Locale): string {
  const t = translator(locale)
  return oneLine(school.teacherName ?? '') ? t('invite.speaker') : teacherForParents(answers, school, locale)
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
