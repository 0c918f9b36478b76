import type { PdfBlock, PdfDocument } from '../../src/pdf/document'
import { pdfContent, type PdfInput } from '../../src/pdf/pdf-content'
import { buildChecklist, type Answers, type Locale } from '../../src/rules'
import { renderPdf, type PdfFonts } from '../../src/pdf/render-pdf'
import { testFonts } from './test-fonts'

/** A bare document of the given blocks, in Dutch, with a footer. */
export function documentOf(blocks: PdfBlock[], extra: Partial<PdfDocument> = {}): PdfDocument {
  return {
    language: 'nl',
    title: 'Proef',
    blocks,
    footer: { text: 'Gemaakt op 29 november 2026', pageTemplate: 'Pagina {n} van {total}' },
    ...extra,
  }
}

export const renderBlocks = (blocks: PdfBlock[], fonts: PdfFonts = testFonts(), extra: Partial<PdfDocument> = {}) =>
  renderPdf(documentOf(blocks, extra), fonts)

/**
 * The teacher's own checklist PDF for these answers, made on 29 November 2026, before anything
 * was ticked, noted or evaluated; `overrides` fills in what a test needs.
 */
export function checklistDocument(given: Answers, overrides: Partial<PdfInput> = {}, locale: Locale = 'nl') {
  return pdfContent({
    checklist: buildChecklist(given, { locale }),
    answers: given,
    ticks: {},
    notes: {},
    questions: [],
    evaluation: {},
    followUp: {},
    variant: 'own',
    today: '2026-11-29',
    ...overrides,
  })
}
