import { describe, expect, test } from 'vitest'
import { fileNamePart, pdfFileName } from '../../src/pdf/file-name'

describe('the PDF file name', () => {
  test.each([
    ['Anouk', 'oudergesprek-anouk-2026-12-12.pdf'],
    ['Ayşe Łukasiewicz', 'oudergesprek-ayse-lukasiewicz-2026-12-12.pdf'],
    ['Çağla', 'oudergesprek-cagla-2026-12-12.pdf'],
    ['Nguyễn Thị Minh', 'oudergesprek-nguyen-thi-minh-2026-12-12.pdf'],
    ['<b>x</b>/../..', 'oudergesprek-b-x-b-2026-12-12.pdf'],
    ['--Anouk--', 'oudergesprek-anouk-2026-12-12.pdf'],
    ['', 'oudergesprek-2026-12-12.pdf'],
    ['   ', 'oudergesprek-2026-12-12.pdf'],
    ['مريم', 'oudergesprek-2026-12-12.pdf'],
  ])('for %j is %s', (name, expected) => {
    expect(pdfFileName(name, '2026-12-12')).toBe(expected)
  })

  // Letters Unicode does not split into a letter and an accent, spelled out one by one.
  test.each([
    ['Søren', 'soren'],
    ['Ægir', 'aegir'],
    ['Œdipe', 'oedipe'],
    ['Strauß', 'strauss'],
    ['Đorđe', 'dorde'],
    ['Guðrún', 'gudrun'],
    ['Þórdís', 'thordis'],
    ['Işıl', 'isil'],
    ['Ħamrun', 'hamrun'],
    ['Paŀlars', 'pallars'],
  ])('spells %j as %s', (name, part) => {
    expect(pdfFileName(name, '2026-12-12')).toBe(`oudergesprek-${part}-2026-12-12.pdf`)
  })

  test('has no name part when no name was given', () => {
    expect(pdfFileName(undefined, '2026-11-29')).toBe('oudergesprek-2026-11-29.pdf')
  })

  test('keeps only digits and dashes of the day', () => {
    expect(pdfFileName('Anouk', '2026-12-12<script>')).toBe('oudergesprek-anouk-2026-12-12.pdf')
  })
})

describe('a long name', () => {
  test('is cut to its first 40 characters, so the file name stays manageable', () => {
    expect(pdfFileName('Anna Maria Theodora Wilhelmina van der Heijden', '2026-12-12')).toBe(
      'oudergesprek-anna-maria-theodora-wilhelmina-van-der-h-2026-12-12.pdf',
    )
  })

  test('of exactly 40 characters is kept whole, one of 41 loses its last', () => {
    const forty = 'abcdefghij'.repeat(4)
    expect(pdfFileName(forty, '2026-12-12')).toBe(`oudergesprek-${forty}-2026-12-12.pdf`)
    expect(pdfFileName(`${forty}k`, '2026-12-12')).toBe(`oudergesprek-${forty}-2026-12-12.pdf`)
  })

  test('cut right after a space leaves no dangling dash', () => {
    expect(pdfFileName(`${'a'.repeat(39)} Bakker`, '2026-12-12')).toBe(`oudergesprek-${'a'.repeat(39)}-2026-12-12.pdf`)
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
