import type { PdfBlock, PdfDocument } from '../../src/pdf/document'
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
