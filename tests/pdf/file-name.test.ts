import { describe, expect, test } from 'vitest'
import { pdfFileName } from '../../src/pdf/file-name'

describe('the PDF file name', () => {
  test.each([
    ['Anouk', 'oudergesprek-anouk-2026-12-12.pdf'],
    ['Ayşe Łukasiewicz', 'oudergesprek-ayse-lukasiewicz-2026-12-12.pdf'],
    ['Çağla', 'oudergesprek-cagla-2026-12-12.pdf'],
    ['Nguyễn Thị Minh', 'oudergesprek-nguyen-thi-minh-2026-12-12.pdf'],
    ['<b>x</b>/../..', 'oudergesprek-b-x-b-2026-12-12.pdf'],
    ['', 'oudergesprek-2026-12-12.pdf'],
    ['   ', 'oudergesprek-2026-12-12.pdf'],
    ['مريم', 'oudergesprek-2026-12-12.pdf'],
  ])('for %j is %s', (name, expected) => {
    expect(pdfFileName(name, '2026-12-12')).toBe(expected)
  })

  test('has no name part when no name was given', () => {
    expect(pdfFileName(undefined, '2026-11-29')).toBe('oudergesprek-2026-11-29.pdf')
  })
})
