import { guidance, type Checklist, type DraftAnswers, type Locale } from '../rules'
import { translator } from '../i18n'
import { formatDate, formatMeetingAt } from '../i18n/format'

export type PdfVariant = 'own' | 'share'

/** What the PDF says, in reading order: built from the preparation, laid out by render-pdf. */
export interface PdfContent {
  language: Locale
  title: string
  subtitle: string | null
  variantNote: string | null
  plan: { label: string; value: string }[]
  phases: { heading: string; items: PdfItem[] }[]
  writingBlocks: { heading: string; lines: number }[]
  source: string[]
  footer: { made: string; pageTemplate: string }
}

export interface PdfItem {
  checked: boolean
  title: string
  text: string
  scriptsLabel: string
  scripts: string[]
  note: string | null
}

export interface PdfInput {
  checklist: Checklist
  answers: DraftAnswers
  ticks: Record<string, true>
  notes: Record<string, string>
  variant: PdfVariant
  /** The day the file is made, `YYYY-MM-DD`. */
  today: string
}

/** The PDF's content for a preparation, in the checklist's language. Notes only in the own variant. */
export function pdfContent({ checklist, answers, ticks, notes, variant, today }: PdfInput): PdfContent {
  const locale = checklist.locale
  const t = translator(locale)
  const name = answers.childName?.trim()
  const { plannedMinutes: planned, expectedMinutes: expected, bufferMinutes: buffer } = checklist
  return {
    language: locale,
    title: t('pdf.title'),
    subtitle: name ? t('checklist.for', { name }) : null,
    variantNote: variant === 'share' ? t('pdf.shareVariant') : null,
    plan: [
      {
        label: t('checklist.when'),
        value: answers.meetingAt ? formatMeetingAt(answers.meetingAt, locale) : t('checklist.when.none'),
      },
      {
        label: t('checklist.duration'),
        value: buffer > 0 ? t('checklist.duration.buffer', { planned, expected, buffer }) : t('checklist.duration.plain', { planned }),
      },
      {
        label: t('checklist.chairs'),
        value: [t('checklist.chairs.value', { n: checklist.chairs }), answers.buddy === 'unknown' ? t('checklist.chairs.maybeBuddy') : '']
          .filter(Boolean)
          .join(' '),
      },
    ],
    phases: checklist.phases.map((phase) => ({
      heading: t(`checklist.phase.${phase.phase}`),
      items: phase.items.map((item) => ({
        checked: ticks[item.id] === true,
        title: item.title,
        text: item.text,
        scriptsLabel: t('checklist.scripts'),
        scripts: item.scripts.map((script) => `‘${script}’`),
        note: variant === 'own' && notes[item.id]?.trim() ? `${t('pdf.note')}${notes[item.id]!.trim()}` : null,
      })),
    })),
    writingBlocks: [
      { heading: t('pdf.notesDuring'), lines: 8 },
      { heading: t('pdf.answerLater'), lines: 5 },
    ],
    source: [t('pdf.source', { title: guidance.title[locale] }), guidance.acknowledgement[locale]],
    footer: { made: t('pdf.made', { date: formatDate(today, locale) }), pageTemplate: t('pdf.page', { n: '{n}', total: '{total}' }) },
  }
}
