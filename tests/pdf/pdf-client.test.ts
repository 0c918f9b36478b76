// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { PdfReply, PdfRequest } from '../../src/pdf/pdf-protocol'
import type { PdfDocument } from '../../src/pdf/document'

/**
 * The page's side of the PDF worker's messages. A stand-in for the browser's Worker records what
 * it is sent and answers as told; the PDF code itself is replaced, so these tests are about the
 * messages only: each reply reaches the request it belongs to, and a worker that cannot start
 * leaves the work to the page.
 */
const onPage = vi.fn(async (request: PdfRequest): Promise<PdfReply> => ({
  id: request.id,
  type: 'failed',
  message: 'on the page',
}))
vi.mock('../../src/pdf/pdf-maker', () => ({ handleRequest: onPage }))

class FakeWorker {
  static started: FakeWorker[] = []
  onmessage: ((event: { data: PdfReply }) => void) | null = null
  onerror: ((event: { preventDefault: () => void }) => void) | null = null
  sent: PdfRequest[] = []
  terminated = false
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this)
  }
  postMessage(request: PdfRequest) {
    this.sent.push(request)
  }
  terminate() {
    this.terminated = true
  }
  reply(data: PdfReply) {
    this.onmessage?.({ data })
  }
}

const document: PdfDocument = { language: 'nl', title: 'Proef', blocks: [], footer: null }

beforeEach(() => {
  vi.resetModules()
  FakeWorker.started = []
  onPage.mockClear()
  vi.stubGlobal('Worker', FakeWorker)
})
afterEach(() => vi.unstubAllGlobals())

const client = () => import('../../src/pdf/pdf-client')

describe('asking the PDF worker', () => {
  test('starts one module worker, numbers the requests and gives each its own reply', async () => {
    const { askPdf } = await client()
    const first = askPdf({ type: 'warm', document, compile: true })
    const second = askPdf({ type: 'make', document, check: true })
    expect(FakeWorker.started).toHaveLength(1)
    const [worker] = FakeWorker.started
    expect(worker!.options).toMatchObject({ type: 'module' })
    expect(worker!.url.pathname).toMatch(/pdf-worker\.ts$/)
    const [warm, make] = worker!.sent
    expect(warm).toMatchObject({ type: 'warm', compile: true })
    expect(make).toMatchObject({ type: 'make', check: true })
    expect(make!.id).not.toBe(warm!.id)

    // Answered the other way round: each promise still gets its own.
    const bytes = new Uint8Array([37, 80, 68, 70])
    worker!.reply({ id: make!.id, type: 'make', result: { kind: 'made', bytes } })
    worker!.reply({ id: warm!.id, type: 'warm' })
    expect(await second).toEqual({ id: make!.id, type: 'make', result: { kind: 'made', bytes } })
    expect(await first).toEqual({ id: warm!.id, type: 'warm' })
    expect(onPage).not.toHaveBeenCalled()
  })

  test('a worker that cannot start leaves what it was asked, and all after, to the page', async () => {
    const { askPdf } = await client()
    const asked = askPdf({ type: 'make', document, check: false })
    const [worker] = FakeWorker.started
    const preventDefault = vi.fn()
    worker!.onerror!({ preventDefault })
    expect(await asked).toMatchObject({ type: 'failed', message: 'on the page' })
    expect(worker!.terminated).toBe(true)
    expect(preventDefault).toHaveBeenCalled()
    await askPdf({ type: 'make', document, check: true })
    expect(onPage).toHaveBeenCalledTimes(2)
    expect(FakeWorker.started).toHaveLength(1)
  })

  test('without workers, the page makes the PDF, and a warm-up there only fetches the fonts', async () => {
    vi.stubGlobal('Worker', undefined)
    const { askPdf } = await client()
    await askPdf({ type: 'warm', document, compile: true })
    expect(onPage).toHaveBeenCalledWith(expect.objectContaining({ type: 'warm', compile: false }))
  })
})
