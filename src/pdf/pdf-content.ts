import { guidance, type Checklist, type DraftAnswers } from '../rules'
import { translator, type Translate } from '../i18n'
import { formatDate } from '../i18n/format'
import { planTexts } from '../documents/plan'
import { followUpText } from '../documents/report'
import { buddyWasThere, type SavedCard, type Evaluation, type FollowUp, type Question } from '../model'
import type { PdfBlock, PdfDocument, PdfItem } from './document'

export type PdfVariant = 'own' | 'share'

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
  /** The day the file is made, `YYYY-MM-DD`. */
  today: string
}

/**
 * The checklist as a PDF document, in the checklist's language: the plan, the items per phase,
 * the evaluation once there is one, space to write, and the source. The teacher's notes and
 * experiences are only in the own variant.
 */
export function pdfContent(input: PdfInput): PdfDocument {
  const { checklist, answers, variant, today } = input
  const locale = checklist.locale
  const t = translator(locale)
  const name = answers.childName?.trim()
  const plan = planTexts(checklist, answers)
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: t('pdf.title') },
    ...(name ? [{ kind: 'paragraph', text: t('checklist.for', { name }), tone: 'lead' } as const] : []),
    ...(variant === 'share' ? [{ kind: 'paragraph', text: t('pdf.shareVariant'), tone: 'muted' } as const] : []),
    { kind: 'space', points: 6 },
    {
      kind: 'rows',
      rows: [
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
    { kind: 'paragraph', tone: 'muted', atPageEnd: true, text: t('pdf.source', { title: guidance.title[locale] }) },
    { kind: 'paragraph', tone: 'muted', text: guidance.acknowledgement[locale] },
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

const stateLabels = (t: Translate) => ({ checked: t('pdf.done'), unchecked: t('pdf.notDone') })

type ChecklistItemData = Checklist['phases'][number]['items'][number]

function checklistItem(item: ChecklistItemData, input: PdfInput, t: Translate): PdfItem {
  const note = input.variant === 'own' ? input.notes[item.id]?.trim() : undefined
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
  const cardNotes = input.variant === 'own' ? input.card?.notes?.trim() : undefined
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

/** The evaluation and follow-up; the experiences are the teacher's own notes, so only in the own copy. */
function evaluationBlocks(input: PdfInput, t: Translate): PdfBlock[] {
  const { evaluation, variant, checklist } = input
  const own = variant === 'own'
  const buddy = buddyWasThere(input)
  const rows = [
    [t('report.rating'), evaluation.rating ? t(`after.rating.${evaluation.rating}`) : undefined],
    [t('report.byParent'), own ? evaluation.parent : undefined],
    [t('report.byBuddy'), own && buddy ? evaluation.buddy : undefined],
    [t('report.byTeacher'), own ? evaluation.teacher : undefined],
    [t('report.agreements'), evaluation.agreements],
    [t('report.followUp'), followUpText(input, t, checklist.locale) ?? undefined],
  ].flatMap(([label, value]) => (label && value?.trim() ? [{ label, value: value.trim() }] : []))
  if (rows.length === 0) return []
  return [
    { kind: 'heading', level: 2, text: t('pdf.evaluation') },
    { kind: 'rows', rows },
  ]
}
