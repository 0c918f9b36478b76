import { describe, expect, test } from 'vitest'
import { fileNamePart, pdfFileName } from '../../src/pdf/file-name'

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

describe('the file name says who the PDF is for', () => {
  test.each([
    ['own', 'oudergesprek-anouk-2026-12-12.pdf'],
    ['colleague', 'oudergesprek-collega-anouk-2026-12-12.pdf'],
    ['parent', 'oudergesprek-voor-ouder-anouk-2026-12-12.pdf'],
  ] as const)('%s: %s', (audience, expected) => {
    expect(pdfFileName('Anouk', '2026-12-12', audience)).toBe(expected)
  })

  test('keeps the audience when no name was given', () => {
    expect(pdfFileName(undefined, '2026-11-29', 'parent')).toBe('oudergesprek-voor-ouder-2026-11-29.pdf')
    expect(pdfFileName('  ', '2026-11-29', 'colleague')).toBe('oudergesprek-collega-2026-11-29.pdf')
  })
})

describe('a long name in the file name', () => {
  test('is cut to 40 characters, never ending on a dash', () => {
    const name = 'Maximiliaan Alexander Christiaan van den Berg-Hoogstraten'
    expect(fileNamePart(name)).toBe('maximiliaan-alexander-christiaan-van-den')
    expect(fileNamePart('a'.repeat(39) + ' b')).toBe('a'.repeat(39))
    expect(fileNamePart('a'.repeat(41))).toHaveLength(40)
    expect(fileNamePart('a'.repeat(40))).toBe('a'.repeat(40))
    expect(pdfFileName(name, '2026-12-12', 'parent')).toBe(
      'oudergesprek-voor-ouder-maximiliaan-alexander-christiaan-van-den-2026-12-12.pdf',
    )
  })
})
