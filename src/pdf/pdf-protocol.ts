import type { PdfDocument } from './document'
import type { Undrawable } from './undrawable'

/**
 * The messages between the page and the PDF worker (pdf-worker.ts). The page lays out nothing:
 * it sends the document as data, and gets the PDF's bytes back, or what could not be drawn.
 * `id` pairs each reply with its request.
 */
export type PdfRequest =
  /** Make the PDF; with `check`, only when every character can be drawn. */
  | { id: number; type: 'make'; document: PdfDocument; check: boolean }
  /** Fetch the fonts this document needs and, with `compile`, make it unsaved, so the next `make` is quick. */
  | { id: number; type: 'warm'; document: PdfDocument; compile: boolean }

export type MadePdf = { kind: 'made'; bytes: Uint8Array } | { kind: 'held'; problems: Undrawable[] }

export type PdfReply =
  | { id: number; type: 'make'; result: MadePdf }
  | { id: number; type: 'warm' }
  | { id: number; type: 'failed'; message: string }
