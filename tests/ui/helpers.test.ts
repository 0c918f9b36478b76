// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import type { MouseEvent } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { clearDraft, readDraft, useForgetDraftOnLeave, useFormDraft, writeDraft } from '../../src/ui/drafts'
import { useConfirm } from '../../src/ui/use-confirm'
import { useTask } from '../../src/ui/use-task'
import { useDocumentTitle } from '../../src/ui/use-document-title'
import { downloadBlob } from '../../src/ui/download'
import { isRepeatClick } from '../../src/ui/repeat-click'
import * as announcer from '../../src/ui/announcer'

/* The small helpers behind the screens, as the teacher meets them there. */

const DEFAULTS = { childName: '', minutes: '', done: false }

describe('text typed but not yet confirmed survives a reload of the tab', () => {
  test('read back with only the fields the form knows, of the same kind', () => {
    writeDraft('step', { childName: 'Sam', minutes: 30, extra: 'x' })
    expect(window.sessionStorage.getItem('oudergesprek:draft:step')).toBe(
      '{"childName":"Sam","minutes":30,"extra":"x"}',
    )
    expect(readDraft('step', DEFAULTS)).toEqual({ childName: 'Sam', minutes: '', done: false })
  })

  test('nothing saved, something that is not a draft, or a refusing browser: the empty form', () => {
    expect(readDraft('none', DEFAULTS)).toEqual(DEFAULTS)
    for (const stored of ['"Sam"', 'null', '{broken']) {
      window.sessionStorage.setItem('oudergesprek:draft:bad', stored)
      expect(readDraft('bad', DEFAULTS)).toEqual(DEFAULTS)
    }
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    expect(() => writeDraft('step', { childName: 'Sam' })).not.toThrow()
    expect(() => clearDraft('step')).not.toThrow()
    expect(readDraft('step', DEFAULTS)).toEqual(DEFAULTS)
  })

  test('a full device keeps no draft, and the form still works', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(() => writeDraft('step', { childName: 'Sam' })).not.toThrow()
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    expect(() => clearDraft('step')).not.toThrow()
  })

  test("kept as the form's values change, and forgotten when the form goes away, not before", () => {
    let callback: (state: { values: object }) => void = () => {}
    const stop = vi.fn()
    const subscribe = vi.fn((options: { callback: typeof callback }) => {
      callback = options.callback
      return stop
    })
    const form = { subscribe } as unknown as UseFormReturn<{ childName: string }>
    const { unmount } = renderHook(() => useFormDraft(form, 'step'))
    expect(subscribe).toHaveBeenCalledWith(expect.objectContaining({ formState: { values: true } }))
    callback({ values: { childName: 'Sa' } })
    expect(readDraft('step', DEFAULTS).childName).toBe('Sa')
    unmount()
    expect(stop).toHaveBeenCalled()
    expect(window.sessionStorage.getItem('oudergesprek:draft:step')).toBeNull()
  })

  test('a form left inside the app forgets only its own draft', () => {
    writeDraft('question', { text: 'Leesmoment?' })
    writeDraft('other', { text: 'Blijft' })
    const { unmount } = renderHook(() => useForgetDraftOnLeave('question'))
    expect(window.sessionStorage.getItem('oudergesprek:draft:question')).not.toBeNull()
    unmount()
    expect(window.sessionStorage.getItem('oudergesprek:draft:question')).toBeNull()
    expect(window.sessionStorage.getItem('oudergesprek:draft:other')).not.toBeNull()
  })
})

describe('"Weet je het zeker?" in place of the button', () => {
  test('focus goes to the safe choice when it opens, and back to the button when the teacher keeps it', () => {
    const ask = document.createElement('button')
    const keep = document.createElement('button')
    document.body.append(ask, keep)
    const { result } = renderHook(() => useConfirm())
    result.current.askButton.current = ask
    result.current.keepButton.current = keep
    expect(result.current.confirming).toBe(false)
    expect(document.activeElement).toBe(document.body)
    act(() => result.current.ask())
    expect(result.current.confirming).toBe(true)
    expect(document.activeElement).toBe(keep)
    act(() => result.current.close())
    expect(result.current.confirming).toBe(false)
    expect(document.activeElement).toBe(ask)
    ask.remove()
    keep.remove()
  })
})

describe('a task run on demand, such as a download', () => {
  test('busy, then done: each step said once, a result that says nothing left unsaid', async () => {
    const said = vi.spyOn(announcer, 'announce')
    const { result } = renderHook(() =>
      useTask<string>({ busy: 'Bezig', done: (name) => (name ? `${name} is klaar` : null), failed: 'Mislukt' }),
    )
    expect(result.current[0]).toEqual({ kind: 'idle' })
    let finish: (name: string) => void = () => {}
    let running: Promise<void> = Promise.resolve()
    act(() => {
      running = result.current[1](() => new Promise((resolve) => (finish = resolve)))
    })
    expect(result.current[0]).toEqual({ kind: 'busy' })
    expect(said).toHaveBeenLastCalledWith('Bezig')
    await act(async () => {
      finish('De PDF')
      await running
    })
    expect(result.current[0]).toEqual({ kind: 'done', value: 'De PDF' })
    expect(said).toHaveBeenLastCalledWith('De PDF is klaar')
    said.mockClear()
    await act(() => result.current[1](() => Promise.resolve('')))
    expect(said).toHaveBeenCalledExactlyOnceWith('Bezig')
  })

  test('a failure is said at once, assertively', async () => {
    const said = vi.spyOn(announcer, 'announce')
    const { result } = renderHook(() => useTask<string>({ failed: 'Mislukt' }))
    await act(() => result.current[1](() => Promise.reject(new Error('no'))))
    expect(result.current[0]).toEqual({ kind: 'failed' })
    expect(said).toHaveBeenCalledExactlyOnceWith('Mislukt', { assertive: true })
  })

  test('without words to say, nothing is said', async () => {
    const said = vi.spyOn(announcer, 'announce')
    const { result } = renderHook(() => useTask<string>())
    await act(() => result.current[1](() => Promise.resolve('x')))
    await act(() => result.current[1](() => Promise.reject(new Error('no'))))
    expect(said).not.toHaveBeenCalled()
  })
})

describe('the page title, a download and a double click', () => {
  test('the title follows the page', () => {
    const { rerender } = renderHook(({ title }) => useDocumentTitle(title), { initialProps: { title: 'Stap 1 van 6' } })
    expect(document.title).toBe('Stap 1 van 6')
    rerender({ title: 'Stap 2 van 6' })
    expect(document.title).toBe('Stap 2 van 6')
  })

  test('a download is a hidden link clicked once with the file name, its address let go a minute later', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    URL.createObjectURL = vi.fn(() => 'blob:file')
    URL.revokeObjectURL = vi.fn()
    const clicks: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this)
      expect(this.isConnected).toBe(true)
    })
    downloadBlob(new Blob(['x']), 'gesprek.pdf')
    expect(clicks).toHaveLength(1)
    expect(clicks[0]).toMatchObject({ href: 'blob:file', download: 'gesprek.pdf', hidden: true, isConnected: false })
    vi.advanceTimersByTime(59_999)
    expect(URL.revokeObjectURL).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:file')
  })

  test('the second click of a double click is a repeat; a single click is not', () => {
    expect(isRepeatClick({ detail: 2 } as MouseEvent)).toBe(true)
    expect(isRepeatClick({ detail: 1 } as MouseEvent)).toBe(false)
    // A click made with the keyboard counts no clicks.
    expect(isRepeatClick({ detail: 0 } as MouseEvent)).toBe(false)
  })
})
