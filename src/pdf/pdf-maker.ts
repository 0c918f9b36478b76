import { create, type Font } from 'fontkit'
import { documentTexts, type PdfDocument } from './document'
import { FONT_GROUPS, groupsNeeded } from './font-coverage'
import { loadedGroups, renderPdf } from './render-pdf'
import { undrawableText } from './undrawable'
import type { MadePdf, PdfReply, PdfRequest } from './pdf-protocol'

/**
 * What makes a PDF's bytes: the PDF library, the fonts and the layout. It runs in a Web Worker
 * (pdf-worker.ts), so the page stays responsive, or on the page itself where no worker can start.
 * Only the Latin font is fetched ahead; a script's font is fetched when a text needs it. Parsed
 * fonts are kept, so a later PDF works offline and skips the parsing.
 */
const urls = import.meta.glob<string>('./fonts/**/*.{ttf,otf}', { query: '?url', import: 'default', eager: true })
const parsed = new Map<string, Font>()
const pending = new Map<string, Promise<void>>()
/** PDFs made so far by this worker (or page): the engine compiles the hot code as they add up. */
let made = 0

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

/**
 * Makes the PDF, or, when `check` is set and some text cannot be drawn (an emoji, a script
 * without a font, a font that could not be fetched), says what instead of making it.
 */
export async function makePdf(document: PdfDocument, check: boolean): Promise<MadePdf> {
  const texts = documentTexts(document)
  await loadGroups(groupsNeeded(texts))
  if (check) {
    const problems = undrawableText(texts, loadedGroups(parsed))
    if (problems.length > 0) return { kind: 'held', problems }
  }
  const bytes = await renderPdf(document, parsed)
  made += 1
  return { kind: 'made', bytes }
}

/**
 * How many PDFs are made before the code runs fully compiled: measured, the third PDF of a worker
 * takes about half the time of the second, and a fourth no less than the third.
 */
const WARM_RUNS = 3

/**
 * Gets ready for the PDF the teacher is likely to ask for: fetches and reads the fonts its text
 * needs and, with `compile`, makes it unsaved until the code runs compiled (once per worker), so
 * the first click is as quick as the next.
 */
async function warmUp(document: PdfDocument, compile: boolean): Promise<void> {
  await loadGroups(groupsNeeded(documentTexts(document)))
  while (compile && made < WARM_RUNS) await makePdf(document, false)
}

/** Answers one request of the page: the worker's message handler, also called on the page itself. */
export async function handleRequest(request: PdfRequest): Promise<PdfReply> {
  try {
    if (request.type === 'warm') {
      await warmUp(request.document, request.compile)
      return { id: request.id, type: 'warm' }
    }
    return { id: request.id, type: 'make', result: await makePdf(request.document, request.check) }
  } catch (error) {
    return { id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
}
