import { describe, expect, test, vi } from 'vitest'
import { z } from 'zod/mini'
import type { UseFormReturn } from 'react-hook-form'
import { checkedWith, dateTimeCheck, dateTimeIssues, wholeNumber } from '../../src/ui/form-schemas'

/* The checks behind the form boxes: what the teacher typed, and the message each mistake gets. */

const TODAY = '2026-11-30'
const issue = (key: string, params: object) => JSON.stringify({ key, params })

describe('a whole number typed in a box', () => {
  const minutes = wholeNumber(
    { required: 'error.minutes.required', integer: 'error.minutes.integer', range: 'error.minutes.range' },
    { min: 5, max: 240 },
  )
  const message = (typed: string) => {
    const result = z.safeParse(minutes, typed)
    // The box shows the first problem found.
    return result.success ? result.data : result.error.issues[0]?.message
  }

  test('is read with spaces around it, from the lowest to the highest allowed', () => {
    expect(message(' 30 ')).toBe(30)
    expect(message('5')).toBe(5)
    expect(message('240')).toBe(240)
  })

  test('empty, not a whole number, or outside the limits: each has its own message', () => {
    expect(message('  ')).toBe('error.minutes.required')
    expect(message('30 min')).toBe('error.minutes.integer')
    expect(message('3.5')).toBe('error.minutes.integer')
    expect(message('x30')).toBe('error.minutes.integer')
    expect(message('4')).toBe('error.minutes.range')
    expect(message('241')).toBe('error.minutes.range')
    expect(message('-10')).toBe('error.minutes.range')
  })
})

describe('a date and a time typed in two boxes', () => {
  test('both empty, or both right: nothing to say', () => {
    expect(dateTimeIssues('', ' ', TODAY)).toEqual([])
    expect(dateTimeIssues('15-12-2026', '14:30', TODAY)).toEqual([])
  })

  test('a date without a time, or a time without a date, asks for the other', () => {
    expect(dateTimeIssues('15-12-2026', ' ', TODAY)).toEqual([{ path: 'time', message: 'error.time.missing' }])
    expect(dateTimeIssues('', '14:30', TODAY)).toEqual([{ path: 'date', message: issue('error.date.missing', {}) }])
  })

  test('a time that is not a time, and a date not understood, are both said', () => {
    expect(dateTimeIssues('31-02-2026', '25:00', TODAY)).toEqual([
      { path: 'date', message: expect.stringContaining('"key":"error.date.days.2"') },
      { path: 'time', message: 'error.time' },
    ])
  })

  test('a time skipped when the clocks go forward does not exist that night', () => {
    expect(dateTimeIssues('29-03-2026', '02:30', TODAY)).toEqual([{ path: 'time', message: 'error.time.clockChange' }])
  })

  test("the form's check puts each problem under its own box, on the device's today", () => {
    const schema = z.object({ date: z.string(), time: z.string() }).check(dateTimeCheck())
    const result = z.safeParse(schema, { date: '15-12-2026', time: '' })
    expect(result.success).toBe(false)
    expect(result.error?.issues).toMatchObject([{ code: 'custom', path: ['time'], message: 'error.time.missing' }])
    expect(z.safeParse(z.object({}).check(dateTimeCheck()), {}).success).toBe(true)
    // 5-1 without a year is next January, seen from the fixed test day in November.
    expect(z.safeParse(schema, { date: '5-1', time: '09:00' }).success).toBe(true)
  })
})

describe('two boxes checked together', () => {
  test('a change in one checks the other again only while the other shows an error', () => {
    const trigger = vi.fn(() => Promise.resolve(true))
    let error: object | undefined = { message: 'error.time.missing' }
    const form = { getFieldState: (name: string) => ({ error: name === 'time' ? error : undefined }), trigger }
    const { onChange } = checkedWith(form as unknown as UseFormReturn<{ date: string; time: string }>, 'time')
    onChange()
    expect(trigger).toHaveBeenCalledExactlyOnceWith('time')
    error = undefined
    onChange()
    expect(trigger).toHaveBeenCalledTimes(1)
  })
})
