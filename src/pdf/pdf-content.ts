import { guidance, type Checklist, type DraftAnswers, type Locale } from '../rules'
import { translator, type Translate } from '../i18n'
import { formatDate } from '../i18n/format'
import { planTexts } from '../documents/plan'
import { followUpText } from '../documents/report'
import { buddyWasThere, type Evaluation, type FollowUp, type Question } from '../model'

export type PdfVariant = 'own' | 'share'

/** What the PDF says, in reading order: built from the preparation, laid out by render-pdf. */
export interface PdfContent {
  language: Locale
  title: string
  subtitle: string | null
  variantNote: string | null
  plan: { label: string; value: string }[]
  phases: { heading: string; items: PdfItem[] }[]
  /** How it went and what comes next, once there is something to say. */
  evaluation: { heading: string; rows: { label: string; value: string }[] } | null
  writingBlocks: { heading: string; lines: number; entries: { text: string; done: boolean }[] }[]
  source: string[]
  footer: { made: string; pageTemplate: string }
}

export interface PdfItem {
  checked: boolean
  title: string
  text: string
  scriptsLabel: string
  /** Each sentence in quotes, with where it comes from ("uit de handreiking" / "suggestie"). */
  scripts: { text: string; origin: string | null }[]
  note: string | null
}

export interface PdfInput {
  checklist: Checklist
  answers: DraftAnswers
  ticks: Record<string, true>
  notes: Record<string, string>
  questions: Question[]
  evaluation: Evaluation
  followUp: FollowUp
  variant: PdfVariant
  /** The day the file is made, `YYYY-MM-DD`. */
  today: string
}

/** The PDF's content for a preparation, in the checklist's language. Notes only in the own variant. */
export function pdfContent(input: PdfInput): PdfContent {
  const { checklist, answers, ticks, notes, questions, variant, today } = input
  const locale = checklist.locale
  const t = translator(locale)
  const name = answers.childName?.trim()
  const plan = planTexts(checklist, answers)
  return {
    language: locale,
    title: t('pdf.title'),
    subtitle: name ? t('checklist.for', { name }) : null,
    variantNote: variant === 'share' ? t('pdf.shareVariant') : null,
    plan: [
      { label: t('checklist.when'), value: plan.when },
      { label: t('checklist.duration'), value: [plan.duration, plan.suggestion].filter(Boolean).join(' ') },
      { label: t('checklist.chairs'), value: plan.chairs },
    ],
    phases: checklist.phases.map((phase) => ({
      heading: t(`checklist.phase.${phase.phase}`),
      items: phase.items.map((item) => ({
        checked: ticks[item.id] === true,
        title: item.title,
        text: item.text,
        scriptsLabel: t(checklist.scriptLocale === locale ? 'checklist.scripts' : 'checklist.scripts.otherLanguage'),
        scripts: item.scripts.map((script) => ({
          text: `‘${script.text}’`,
          origin: t(`checklist.origin.${script.origin}`),
        })),
        note: variant === 'own' && notes[item.id]?.trim() ? `${t('pdf.note')}${notes[item.id]!.trim()}` : null,
      })),
    })),
    evaluation: evaluationRows(input, t),
    writingBlocks: [
      { heading: t('pdf.notesDuring'), lines: 8, entries: [] },
      {
        heading: t('pdf.answerLater'),
        lines: Math.max(2, 5 - questions.length),
        entries: questions.map((q) => ({ text: q.text, done: q.done })),
      },
    ],
    source: [t('pdf.source', { title: guidance.title[locale] }), guidance.acknowledgement[locale]],
    footer: {
      made: t('pdf.made', { date: formatDate(today, locale) }),
      pageTemplate: t('pdf.page', { n: '{n}', total: '{total}' }),
    },
  }
}

/** The evaluation and follow-up; the experiences are the teacher's own notes, so only in the own copy. */
function evaluationRows(input: PdfInput, t: Translate): PdfContent['evaluation'] {
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
  return rows.length > 0 ? { heading: t('pdf.evaluation'), rows } : null
}
