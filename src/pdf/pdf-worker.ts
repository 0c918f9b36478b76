import { handleRequest } from './pdf-maker'
import type { PdfRequest } from './pdf-protocol'

/**
 * The PDF worker: makes the bytes off the page's main thread, so a click or a keystroke is
 * answered at once while a PDF is made. Started by pdf-client.ts as a module worker.
 */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<PdfRequest>) => void) | null
  postMessage: (message: unknown, transfer: Transferable[]) => void
}

scope.onmessage = (event) =>
  void handleRequest(event.data).then((reply) => {
    // The bytes move to the page rather than being copied.
    const transfer = reply.type === 'make' && reply.result.kind === 'made' ? [reply.result.bytes.buffer] : []
    scope.postMessage(reply, transfer as Transferable[])
  })
