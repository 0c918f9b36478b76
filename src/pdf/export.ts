import { create, type Font } from 'fontkit'
import { pdfContent, type PdfInput } from './pdf-content'
import { cardContent, type CardPdfInput } from './card-content'
import { documentTexts, type PdfDocument } from './document'
import { BASE_GROUP, FONT_GROUPS, groupsNeeded } from './font-coverage'
import { loadedGroups, renderPdf } from './render-pdf'
import { undrawableText, type Undrawable } from './undrawable'
import { pdfFileName } from './file-name'
import { downloadBlob } from '../ui/download'

/**
 * The export, loaded on demand: the PDF library and the fonts never weigh on the first screen.
 * Only the Latin font is fetched ahead; a script's font is fetched when a text needs it. Parsed
 * fonts are kept, so a later export works offline and skips the parsing.
 */
const urls = import.meta.glob<string>('./fonts/**/*.{ttf,otf}', { query: '?url', import: 'default', eager: true })
const parsed = new Map<string, Font>()
const pending = new Map<string, Promise<void>>()

function loadFile(file: string): Promise<void> {
  const url = urls[`./fonts/${file}`]
  if (!url) return Promise.reject(new Error(`No font file ${file}`))
  let loading = pending.get(file)
  if (!loading) {
    loading = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`Font ${file}: ${response.status}`)
        return response.arrayBuffer()
      })
      .then((bytes) => void parsed.set(file, create(new Uint8Array(bytes))))
    // A failed fetch (offline, say) is tried again next time.
    loading.catch(() => pending.delete(file))
    pending.set(file, loading)
  }
  return loading
}

/** Fetches the fonts of the groups; a font that cannot be fetched is left out, not fatal here. */
async function loadGroups(names: ReadonlySet<string>): Promise<void> {
  const files = FONT_GROUPS.filter((g) => names.has(g.name)).flatMap((g) => [g.files.regular, g.files.bold])
  await Promise.allSettled([...new Set(files)].map(loadFile))
}

/** Fetches the Latin fonts every PDF needs; called in the background once the checklist shows. */
export function loadFonts(): Promise<void> {
  return loadGroups(new Set([BASE_GROUP]))
}

/**
 * What the PDF for this input could not draw, after fetching the fonts its text needs: emoji,
 * scripts without a font, fonts that could not be fetched. Empty when everything will show.
 */
export const checkPdf = (input: PdfInput): Promise<Undrawable[]> => undrawableIn(pdfContent(input))

/** Makes the PDF and hands it to the browser as a download; returns the file name. */
export const downloadPdf = (input: PdfInput): Promise<string> =>
  save(pdfContent(input), pdfFileName(input.answers.childName, conversationDay(input), input.variant))

/** What the conversation card's PDF could not draw; empty when everything will show. */
export const checkCardPdf = (input: CardPdfInput): Promise<Undrawable[]> => undrawableIn(cardContent(input))

/** Makes the conversation card's one-page PDF and downloads it; returns the file name. */
export const downloadCardPdf = (input: CardPdfInput): Promise<string> =>
  save(cardContent(input), pdfFileName(input.answers.childName, conversationDay(input), 'card'))

const conversationDay = (input: { answers: PdfInput['answers']; today: string }) =>
  input.answers.meetingAt?.slice(0, 10) ?? input.today

async function undrawableIn(document: PdfDocument): Promise<Undrawable[]> {
  const texts = documentTexts(document)
  await loadGroups(groupsNeeded(texts))
  return undrawableText(texts, loadedGroups(parsed))
}

async function save(document: PdfDocument, name: string): Promise<string> {
  await loadGroups(groupsNeeded(documentTexts(document)))
  const bytes = await renderPdf(document, parsed)
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), name)
  return name
}
