import { pdfContent, type PdfInput } from './pdf-content'
import { cardContent, type CardPdfInput } from './card-content'
import type { PdfDocument } from './document'
import type { Undrawable } from './undrawable'
import { pdfFileName } from './file-name'
import { askPdf } from './pdf-client'

/**
 * The export, loaded on demand by the screens: the documents are put together here, and made
 * into bytes by the PDF worker (pdf-worker.ts), so the page stays responsive meanwhile. The
 * screen saves the file; this module never touches the page.
 */

/** A PDF ready to save under its name, or what it could not draw (emoji, a script without a font). */
export type PdfOutcome = { kind: 'file'; name: string; blob: Blob } | { kind: 'held'; problems: Undrawable[] }

/**
 * The PDF for this input. Unless `anyway`, it is held when some text cannot be drawn, and the
 * outcome names that text instead.
 */
export const makePdf = (input: PdfInput, anyway: boolean): Promise<PdfOutcome> =>
  make(pdfContent(input), pdfFileName(input.answers.childName, conversationDay(input), input.variant), anyway)

/** The conversation card's one-page PDF, held as `makePdf` holds it. */
export const makeCardPdf = (input: CardPdfInput, anyway: boolean): Promise<PdfOutcome> =>
  make(cardContent(input), pdfFileName(input.answers.childName, conversationDay(input), 'card'), anyway)

/** Gets the worker ready for this PDF in the background: its fonts fetched, its code compiled. */
export const warmPdf = (input: PdfInput): Promise<void> => warm(pdfContent(input))

/** Gets the worker ready for the card's PDF in the background. */
export const warmCardPdf = (input: CardPdfInput): Promise<void> => warm(cardContent(input))

const conversationDay = (input: { answers: PdfInput['answers']; today: string }) =>
  input.answers.meetingAt?.slice(0, 10) ?? input.today

async function make(document: PdfDocument, name: string, anyway: boolean): Promise<PdfOutcome> {
  const reply = await askPdf({ type: 'make', document, check: !anyway })
  if (reply.type !== 'make')
    throw new Error(`The PDF could not be made: ${reply.type === 'failed' ? reply.message : ''}`)
  const { result } = reply
  if (result.kind === 'held') return result
  return { kind: 'file', name, blob: new Blob([result.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }) }
}

async function warm(document: PdfDocument): Promise<void> {
  await askPdf({ type: 'warm', document, compile: true })
  // A mark for the browser's performance tools and the bench: the next PDF will be quick.
  globalThis.performance?.mark?.('oudergesprek:pdf-ready')
}
