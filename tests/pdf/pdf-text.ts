import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of every page, each text run on its own line, and the document's metadata. */
export async function pdfText(bytes: ArrayBuffer | Uint8Array) {
  const data = bytes instanceof Uint8Array ? new Uint8Array(bytes) : new Uint8Array(bytes.slice(0))
  const pdf = await getDocument({ data }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'))
  }
  const info = (await pdf.getMetadata()).info as unknown as Record<string, unknown>
  return { pages, text: pages.join('\n'), info, numPages: pdf.numPages }
}

/** Text with line breaks turned back into spaces, to find sentences that wrapped. */
export const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ')
