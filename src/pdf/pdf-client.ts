import type { PdfReply, PdfRequest } from './pdf-protocol'

/** A request without its id: the client numbers them. */
export type PdfAsk = PdfRequest extends infer R ? (R extends PdfRequest ? Omit<R, 'id'> : never) : never

type Answer = (request: PdfRequest) => Promise<PdfReply>

/**
 * On the page itself, where no worker can start (an old browser, the tests' jsdom, a strict host).
 * A warm-up there only fetches the fonts: making a PDF ahead would hold the page up.
 */
const onPage: Answer = async (request) =>
  (await import('./pdf-maker')).handleRequest(request.type === 'warm' ? { ...request, compile: false } : request)

let answer: Answer | null = null
let lastId = 0

/**
 * The PDF worker, started on first use and kept: it holds the parsed fonts and its compiled code
 * for every later PDF. Should it fail to start or break, what it was asked goes to the page, and
 * so does everything after.
 */
function startWorker(): Answer {
  if (typeof Worker === 'undefined') return onPage
  let worker: Worker
  try {
    worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf' })
  } catch {
    return onPage
  }
  const waiting = new Map<number, { request: PdfRequest; resolve: (reply: PdfReply) => void }>()
  worker.onmessage = (event: MessageEvent<PdfReply>) => {
    waiting.get(event.data.id)?.resolve(event.data)
    waiting.delete(event.data.id)
  }
  worker.onerror = (event) => {
    event.preventDefault()
    worker.terminate()
    answer = onPage
    for (const { request, resolve } of waiting.values()) void onPage(request).then(resolve)
    waiting.clear()
  }
  return (request) =>
    new Promise((resolve) => {
      waiting.set(request.id, { request, resolve })
      worker.postMessage(request)
    })
}

/** Sends a request to the PDF worker and waits for its reply. */
export function askPdf(request: PdfAsk): Promise<PdfReply> {
  answer ??= startWorker()
  lastId += 1
  return answer({ ...request, id: lastId } as PdfRequest)
}
