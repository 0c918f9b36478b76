// @vitest-environment node
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { PdfReply, PdfRequest } from '../../src/pdf/pdf-protocol'
import { checklistDocument } from './render'
import { answers } from '../rules/sample'
import { findAll, pdfStructure } from './pdf-structure'
import { flat, pdfText } from './pdf-text'

/**
 * The PDF worker's side of its messages, called as the worker calls it: a request in, a reply
 * out, the fonts fetched from the app's own server. Each test starts a fresh worker module, so
 * no font is at hand before the test fetches it.
 */
let fetched: string[] = []
let offline: RegExp | null = null

beforeEach(() => {
  vi.resetModules()
  fetched = []
  offline = null
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(url.replace(/^.*\//, ''))
      if (offline?.test(url)) throw new TypeError('Failed to fetch')
      return new Response(readFileSync(`.${url}`))
    }),
  )
})
afterEach(() => vi.unstubAllGlobals())

const worker = async () => (await import('../../src/pdf/pdf-maker')).handleRequest

const documentFor = (childName: string) =>
  checklistDocument(answers({ childName, meetingAt: '2026-12-12T15:30' }), {
    ticks: { 'during.small-talk': true },
  })

function made(reply: PdfReply): Uint8Array {
  if (reply.type !== 'make' || reply.result.kind !== 'made') throw new Error(`No PDF: ${JSON.stringify(reply)}`)
  return reply.result.bytes
}

describe('the PDF worker’s messages', () => {
  test('makes a tagged PDF of the document it is sent, with the fonts its names need', async () => {
    const handle = await worker()
    const reply = await handle({ id: 7, type: 'make', document: documentFor('Анна'), check: true })
    expect(reply).toMatchObject({ id: 7, type: 'make', result: { kind: 'made' } })
    const bytes = made(reply)
    expect(flat((await pdfText(bytes)).text)).toContain('Voor het gesprek over Анна')
    const structure = await pdfStructure(bytes)
    expect(structure.marked).toBe(true)
    expect(structure.language).toBe('nl')
    expect(findAll(structure.pages, 'H1').map((h) => h.text)).toEqual(['Voorbereiding oudergesprek'])
    expect(findAll(structure.pages, 'LI').length).toBeGreaterThan(10)
    expect(fetched.sort()).toEqual([
      'noto-sans-greek-cyrillic-bold.ttf',
      'noto-sans-greek-cyrillic-regular.ttf',
      'noto-sans-latin-bold.ttf',
      'noto-sans-latin-regular.ttf',
    ])
  })

  test('when checking, holds the PDF back and names what it cannot draw; unchecked, it makes it', async () => {
    const handle = await worker()
    const document = documentFor('Mia 🌟')
    const held = await handle({ id: 1, type: 'make', document, check: true })
    expect(held).toEqual({
      id: 1,
      type: 'make',
      result: {
        kind: 'held',
        problems: [{ characters: '🌟', context: '…het gesprek over Mia 🌟', reason: 'no-font' }],
      },
    })
    const anyway = made(await handle({ id: 2, type: 'make', document, check: false }))
    expect(flat((await pdfText(anyway)).text)).toContain('Voor het gesprek over Mia')
  })

  test('a font that cannot be fetched is named as not loaded, and fetched again next time', async () => {
    const handle = await worker()
    offline = /greek-cyrillic/
    const reply = await handle({ id: 3, type: 'make', document: documentFor('Анна'), check: true })
    expect(reply.type === 'make' && reply.result.kind === 'held' && reply.result.problems).toEqual([
      expect.objectContaining({ characters: 'А н а', reason: 'not-loaded' }),
    ])
    offline = null
    made(await handle({ id: 4, type: 'make', document: documentFor('Анна'), check: true }))
    expect(fetched.filter((file) => file === 'noto-sans-greek-cyrillic-regular.ttf')).toHaveLength(2)
  })

  test('a warm-up fetches the fonts ahead and keeps them: the PDF after it fetches nothing', async () => {
    const handle = await worker()
    const document = documentFor('Анна')
    expect(await handle({ id: 5, type: 'warm', document, compile: true })).toEqual({ id: 5, type: 'warm' })
    expect(fetched).toHaveLength(4)
    fetched = []
    made(await handle({ id: 6, type: 'make', document, check: true }))
    expect(fetched).toEqual([])
  })

  test('says it failed, with the reason, when no PDF can be made at all', async () => {
    const handle = await worker()
    offline = /./
    expect(await handle({ id: 9, type: 'make', document: documentFor('Anouk'), check: false })).toEqual({
      id: 9,
      type: 'failed',
      message: 'The Latin font is needed for every PDF',
    })
  })

  test('the worker answers each message with its reply, handing the PDF’s bytes over rather than copying them', async () => {
    const posted = vi.fn()
    vi.stubGlobal('postMessage', posted)
    await import('../../src/pdf/pdf-worker')
    const onmessage = (globalThis as unknown as { onmessage: (event: { data: PdfRequest }) => void }).onmessage
    onmessage({ data: { id: 11, type: 'make', document: documentFor('Anouk'), check: true } })
    await vi.waitFor(() => expect(posted).toHaveBeenCalledTimes(1), { timeout: 15_000 })
    const [reply, transfer] = posted.mock.calls[0]! as [PdfReply, ArrayBuffer[]]
    expect(transfer).toEqual([made(reply).buffer])
    expect(Buffer.from(made(reply).subarray(0, 4)).toString('latin1')).toBe('%PDF')
  })
})
