import regularUrl from './fonts/noto-sans-regular-latin.ttf?url'
import boldUrl from './fonts/noto-sans-bold-latin.ttf?url'
import { pdfContent, type PdfInput } from './pdf-content'
import { renderPdf, type PdfFonts } from './render-pdf'
import { pdfFileName } from './file-name'
import { downloadBlob } from '../ui/download'

/**
 * The export, loaded on demand: the PDF library and the fonts never weigh on the first screen.
 * The fonts are fetched once and kept, so a later export works offline.
 */
let fonts: Promise<PdfFonts> | null = null

export function loadFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([fetchBase64(regularUrl), fetchBase64(boldUrl)]).then(([regular, bold]) => ({ regular, bold }))
  fonts.catch(() => {
    fonts = null
  })
  return fonts
}

async function fetchBase64(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Font ${url}: ${response.status}`)
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'))
    void response.blob().then((blob) => reader.readAsDataURL(blob), reject)
  })
  return dataUrl.slice(dataUrl.indexOf(',') + 1)
}

/** Makes the PDF and hands it to the browser as a download; returns the file name. */
export async function downloadPdf(input: PdfInput): Promise<string> {
  const bytes = renderPdf(pdfContent(input), await loadFonts())
  const name = pdfFileName(input.answers.childName, input.answers.meetingAt?.slice(0, 10) ?? input.today)
  downloadBlob(new Blob([bytes], { type: 'application/pdf' }), name)
  return name
}
