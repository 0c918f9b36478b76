import { type Checklist, type DraftAnswers } from '../rules'
import { translator, type Translate } from '../i18n'
import { formatDate } from '../i18n/format'
import { planTexts } from '../documents/plan'
import { followUpText } from '../documents/report'
import { oneLine } from '../documents/plain-text'
import type { SchoolDetails } from '../documents/school'
import { buddyWasThere, type SavedCard, type Evaluation, type FollowUp, type Question } from '../model'
import { withoutTurningCharacters, type PdfBlock, type PdfDocument, type PdfItem } from './document'
import { creditBlocks } from './credit'
import { parentContent } from './parent-content'
import '../i18n/documents'

/** Who the PDF is for: the teacher, a colleague such as the intern begeleider, or the parent. */
export type PdfVariant = 'own' | 'colleague' | 'parent'

export interface PdfInput {
  checklist: Checklist
  answers: DraftAnswers
  ticks: Record<string, true>
  notes: Record<string, string>
  questions: Question[]
  evaluation: Evaluation
  followUp: FollowUp
  /** The notes typed on the conversation card: the teacher's own, so only in the own variant. */
  card?: SavedCard
  variant: PdfVariant
  /** In the colleague's version, what the teacher ticked in: their notes, and how it went. */
  include?: { notes: boolean; rating: boolean }
  /** The teacher's name, the school and the usual room, for the parent's version. */
  school?: SchoolDetails
  /** The day the file is made, `YYYY-MM-DD`. */
  today: string
}

/**
 * Whether the teacher's own notes and experiences go in: always for the teacher, for a colleague
 * when ticked. Only the teacher's and the colleague's versions are checklists (see pdfContent).
 */
const withNotes = ({ variant, include }: PdfInput) => variant === 'own' || include?.notes === true
const withRating = ({ variant, include }: PdfInput) => variant === 'own' || include?.rating === true

/** The document for whom the teacher chose: the parent's version is a letter, not the checklist. */
export function pdfContent(input: PdfInput): PdfDocument {
  return withoutTurningCharacters(
    input.variant === 'parent' ? parentContent({ ...input, school: input.school ?? {} }) : checklistContent(input),
  )
}

/**
 * The checklist as a PDF document, in the checklist's language: the plan, the items per phase,
 * the evaluation once there is one, space to write, and the source. The teacher's notes,
 * experiences and rating are in the own version, and in a colleague's only when ticked in.
 */
function checklistContent(input: PdfInput): PdfDocument {
  const { checklist, answers, variant, today } = input
  const locale = checklist.locale
  const t = translator(locale)
  const name = answers.childName?.trim()
  const plan = planTexts(checklist, answers)
  const purpose = oneLine(answers.purpose ?? '')
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: t('pdf.title') },
    ...(name ? [{ kind: 'paragraph', text: t('checklist.for', { name }), tone: 'lead' } as const] : []),
    ...(variant === 'colleague' ? [{ kind: 'paragraph', text: colleagueLabel(input, t), tone: 'muted' } as const] : []),
    { kind: 'space', points: 6 },
    {
      kind: 'rows',
      rows: [
        ...(purpose ? [{ label: t('report.purpose'), value: purpose }] : []),
        { label: t('checklist.when'), value: plan.when },
        { label: t('checklist.duration'), value: [plan.duration, plan.suggestion].filter(Boolean).join(' ') },
        { label: t('checklist.chairs'), value: plan.chairs },
      ],
    },
    ...checklist.phases.flatMap((phase): PdfBlock[] => [
      { kind: 'heading', level: 2, text: t(`checklist.phase.${phase.phase}`) },
      {
        kind: 'checklist',
        stateLabels: stateLabels(t),
        items: phase.items.map((item) => checklistItem(item, input, t)),
      },
    ]),
    ...evaluationBlocks(input, t),
    ...writingBlocks(input, t),
    ...creditBlocks(checklist, t),
  ]
  return {
    language: locale,
    title: t('pdf.title'),
    subject: name ? t('checklist.for', { name }) : t('pdf.title'),
    blocks,
    footer: {
      text: t('pdf.made', { date: formatDate(today, locale) }),
      pageTemplate: t('pdf.page', { n: '{n}', total: '{total}' }),
    },
  }
}

/** "Voor een collega, niet voor de ouder. Voorbereid door juf Sanne.": for whom, and whose preparation it is. */
function colleagueLabel(input: PdfInput, t: Translate): string {
  const teacher = oneLine(input.school?.teacherName ?? '')
  return [
    t('pdf.colleague'),
    withNotes(input) ? '' : t('pdf.colleague.noNotes'),
    teacher ? `${t('pdf.by', { teacher })}.` : '',
  ]
    .filter(Boolean)
    .join(' ')
}

const stateLabels = (t: Translate) => ({ checked: t('pdf.done'), unchecked: t('pdf.notDone') })

type ChecklistItemData = Checklist['phases'][number]['items'][number]

function checklistItem(item: ChecklistItemData, input: PdfInput, t: Translate): PdfItem {
  const note = withNotes(input) ? input.notes[item.id]?.trim() : undefined
  return {
    checked: input.ticks[item.id] === true,
    title: item.title,
    text: item.text,
    scriptsLabel: t(
      input.checklist.scriptLocale === input.checklist.locale ? 'checklist.scripts' : 'checklist.scripts.otherLanguage',
    ),
    scripts: item.scripts.map((script) => ({
      text: `‘${script.text}’`,
      origin: t(`checklist.origin.${script.origin}`),
    })),
    note: note ? `${t('pdf.note')}${note}` : null,
  }
}

/** Space to write during the conversation (after the card's notes), and the questions to come back to (each with its box). */
function writingBlocks(input: PdfInput, t: Translate): PdfBlock[] {
  const { questions } = input
  const cardNotes = withNotes(input) ? input.card?.notes?.trim() : undefined
  return [
    { kind: 'heading', level: 2, text: t('pdf.notesDuring') },
    ...(cardNotes ? [{ kind: 'paragraph', text: cardNotes } as const] : []),
    { kind: 'lines', count: 8 },
    { kind: 'heading', level: 2, text: t('pdf.answerLater') },
    ...(questions.length > 0
      ? [
          {
            kind: 'checklist',
            stateLabels: stateLabels(t),
            items: questions.map((q) => ({ checked: q.done, title: q.text, scripts: [], note: null })),
          } as const,
        ]
      : []),
    { kind: 'lines', count: Math.max(2, 5 - questions.length) },
  ]
}

/** The evaluation and follow-up; the rating and the experiences only where they may go (see withNotes, withRating). */
function evaluationBlocks(input: PdfInput, t: Translate): PdfBlock[] {
  const { evaluation, checklist } = input
  const notes = withNotes(input)
  const buddy = buddyWasThere(input)
  const rows = [
    [t('report.rating'), withRating(input) && evaluation.rating ? t(`after.rating.${evaluation.rating}`) : undefined],
    [
      t(input.answers.parentsAttending === 2 ? 'report.byParents' : 'report.byParent'),
      notes ? evaluation.parent : undefined,
    ],
    [t('report.byBuddy'), notes && buddy ? evaluation.buddy : undefined],
    [t('report.byTeacher'), notes ? evaluation.teacher : undefined],
    [t('report.discussed'), evaluation.discussed],
    [t('report.agreements'), evaluation.agreements],
    [t('report.followUp'), followUpText(input, t, checklist.locale) ?? undefined],
  ].flatMap(([label, value]) => (label && value?.trim() ? [{ label, value: value.trim() }] : []))
  if (rows.length === 0) return []
  return [
    { kind: 'heading', level: 2, text: t('pdf.evaluation') },
    { kind: 'rows', rows },
  ]
}
