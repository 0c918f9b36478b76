import { type Card, type Checklist, type DraftAnswers } from '../rules'
import { translator, type Translate } from '../i18n'
import { formatDate } from '../i18n/format'
import { cardFacts, spokenTo } from '../documents/card-facts'
import type { SchoolDetails } from '../documents/school'
import type { Question } from '../model'
import { withoutTurningCharacters, type PdfBlock, type PdfDocument } from './document'
import { creditBlocks } from './credit'
import '../i18n/documents'

export interface CardPdfInput {
  checklist: Checklist
  card: Card
  answers: DraftAnswers
  /** The notes on the checklist's items: the one on the room goes on the card. */
  notes: Record<string, string>
  questions: Question[]
  /** What the teacher typed under "Aantekeningen" on the card. */
  cardNotes: string
  /** The teacher's usual room, for a conversation without a room of its own. */
  school: SchoolDetails
  /** The day the file is made, `YYYY-MM-DD`. */
  today: string
}

/**
 * The conversation card as one compact A4 page: who, when and where; the opening sentences; the
 * timed agenda; the reminders; the open questions with room for more; the notes typed so far,
 * ruled lines down to the source and the acknowledgement at the foot of the page.
 */
export function cardContent(input: CardPdfInput): PdfDocument {
  return withoutTurningCharacters(cardDocument(input))
}

function cardDocument(input: CardPdfInput): PdfDocument {
  const { checklist, card, answers, today } = input
  const locale = checklist.locale
  const t = translator(locale)
  const facts = cardFacts(checklist, answers, input.notes, input.school)
  const rows = [
    ...(facts.child ? [{ label: t('card.child'), value: facts.child }] : []),
    { label: t('card.when'), value: facts.when },
    { label: t('card.duration'), value: facts.duration },
    { label: t('card.room'), value: facts.room },
    { label: t('card.who'), value: facts.who },
  ]
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: t('card.title') },
    { kind: 'rows', rows },
    ...openingBlocks(card, answers, t),
    { kind: 'heading', level: 2, text: t('card.agenda') },
    {
      kind: 'list',
      ordered: true,
      items: card.agenda.map((row) => ({
        ...(row.clock ? { lead: `${row.clock.start}–${row.clock.end}` } : {}),
        text: `${row.title} · ${t('card.agenda.minutes', { n: row.minutes })}`,
      })),
    },
    { kind: 'heading', level: 2, text: t('card.reminders') },
    { kind: 'list', ordered: false, items: card.reminders.map((text) => ({ text })) },
    ...writingBlocks(input, t),
    ...creditBlocks(checklist, t),
  ]
  return {
    language: locale,
    title: t('card.title'),
    subject: facts.child ? t('card.about', { name: facts.child }) : t('card.title'),
    blocks,
    footer: {
      text: t('pdf.made', { date: formatDate(today, locale) }),
      pageTemplate: t('pdf.page', { n: '{n}', total: '{total}' }),
    },
    compact: true,
    onePage: true,
  }
}

function openingBlocks(card: Card, answers: DraftAnswers, t: Translate): PdfBlock[] {
  if (card.openings.length === 0) return []
  return [
    { kind: 'heading', level: 2, text: t('card.openings') },
    ...card.openings.flatMap((opening): PdfBlock[] => [
      ...(opening.heading ? [{ kind: 'heading', level: 3, text: opening.heading } as const] : []),
      {
        kind: 'list',
        ordered: false,
        items: opening.scripts.map((script) => ({
          text: `${spokenTo(script.audience, answers, t)} ‘${script.text}’ (${t(`checklist.origin.${script.origin}`)})`,
        })),
      },
    ]),
  ]
}

/** The open questions with two lines for more, then the notes typed so far and lines to the page end. */
function writingBlocks({ questions, cardNotes }: CardPdfInput, t: Translate): PdfBlock[] {
  const open = questions.filter((question) => !question.done)
  const notes = cardNotes.trim()
  return [
    { kind: 'heading', level: 2, text: t('card.later') },
    ...(open.length > 0 ? [{ kind: 'list', ordered: false, items: open.map((q) => ({ text: q.text })) } as const] : []),
    { kind: 'lines', count: 2 },
    { kind: 'heading', level: 2, text: t('card.notes') },
    ...(notes ? [{ kind: 'paragraph', text: notes } as const] : []),
    { kind: 'lines', count: 'fill' },
  ]
}
