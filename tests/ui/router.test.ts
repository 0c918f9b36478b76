// @vitest-environment jsdom
import { describe, expect, test } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { hasTeacherNavigated, href, navigate, parse, replaceAddress, useLocation } from '../../src/ui/router'

/* The address bar as the teacher uses it: links, Back and Forward, and the app's own redirects. */

describe('reading an address', () => {
  test('the path and the query after the #, the start when there is none', () => {
    const { path, query } = parse('#/p/x/step/buddy?return=check')
    expect(path).toBe('/p/x/step/buddy')
    expect(query.get('return')).toBe('check')
    expect(parse('').path).toBe('/')
    expect(parse('#').path).toBe('/')
    expect(parse('#?a=1').path).toBe('/')
    expect(parse('/settings').path).toBe('/settings')
    expect([...parse('#/x').query.keys()]).toEqual([])
    expect(href('/settings')).toBe('#/settings')
  })
})

describe('moving to another screen', () => {
  test("a redirect swaps the address in place, and is not the teacher's own step", () => {
    window.location.hash = ''
    const before = window.history.length
    const { result } = renderHook(() => useLocation())
    act(() => navigate('/new', { replace: true }))
    expect(result.current.path).toBe('/new')
    expect(window.location.hash).toBe('#/new')
    expect(window.history.length).toBe(before)
    expect(hasTeacherNavigated()).toBe(false)
  })

  test('a step the teacher takes is a new history entry, noted at once, and shown', async () => {
    const { result } = renderHook(() => useLocation())
    const before = window.history.length
    act(() => navigate('/settings'))
    expect(hasTeacherNavigated()).toBe(true)
    expect(window.history.length).toBe(before + 1)
    await act(() => new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true })))
    expect(result.current.path).toBe('/settings')
  })

  test('replacing the address draws nothing, keeping the history entry and its state', () => {
    window.history.replaceState({ scroll: 12 }, '', '#/p/x/card')
    const { result } = renderHook(() => useLocation())
    replaceAddress('/p/y/card')
    expect(window.location.hash).toBe('#/p/y/card')
    expect(window.history.state).toEqual({ scroll: 12 })
    expect(result.current.path).toBe('/p/x/card')
  })

  test('a screen that leaves stops listening to the address', () => {
    const { result, unmount } = renderHook(() => useLocation())
    const shown = result.current
    unmount()
    act(() => navigate('/backup', { replace: true }))
    expect(result.current).toBe(shown)
  })
})
