import { describe, expect, test } from 'vitest'
import { nameSearch, searchable } from '../../src/home/name-search'

const names = (childName?: string, parentNames?: string) => ({
  ...(childName === undefined ? {} : { childName }),
  ...(parentNames === undefined ? {} : { parentNames }),
})

describe('searching by name', () => {
  test('finds a child whatever the accents and capitals, typed either way', () => {
    expect(nameSearch('zoe')(names('Zoë de Vries'))).toBe(true)
    expect(nameSearch('ZOË')(names('zoe de vries'))).toBe(true)
    expect(nameSearch('chloe')(names('Chloé'))).toBe(true)
    expect(nameSearch('yilmaz')(names('Ayşe Yılmaz'))).toBe(true)
    expect(nameSearch('ayse')(names('Ayşe Yılmaz'))).toBe(true)
  })

  test('finds the parents by name, and needs every word typed, in any order', () => {
    expect(nameSearch('sanne')(names('Noor', 'Sanne en Mark'))).toBe(true)
    expect(nameSearch('mark noor')(names('Noor', 'Sanne en Mark'))).toBe(true)
    expect(nameSearch('mark bram')(names('Noor', 'Sanne en Mark'))).toBe(false)
    expect(nameSearch('zoe')(names('Noor', 'Sanne en Mark'))).toBe(false)
  })

  test('finds everything when nothing is typed, and a preparation without names only then', () => {
    expect(nameSearch('  ')(names())).toBe(true)
    expect(nameSearch('a')(names())).toBe(false)
  })

  test('ignores direction marks and extra spaces', () => {
    expect(searchable('  Sem\u202Efdp  de   Boer ')).toBe('semfdp de boer')
    expect(nameSearch('sem  de')(names('Sem\u2066 de Boer'))).toBe(true)
  })
})
