import { describe, expect, test } from 'vitest'
import type { Person } from '../../src/rules'
import { listInWords, othersInWords, othersOf, teacherInWords } from '../../src/documents/people'

const ib = (name?: string): Person => (name === undefined ? { role: 'ib' } : { role: 'ib', name })

describe('who comes, by role, in words', () => {
  test.each<[Person[], string[]]>([
    [[ib('mevrouw Jansen')], ['de intern begeleider (mevrouw Jansen)']],
    [[ib()], ['de intern begeleider']],
    [[{ role: 'interpreter' }], ['een tolk']],
    [[{ role: 'interpreter', name: 'Ahmed Yılmaz' }], ['de tolk (Ahmed Yılmaz)']],
    [[{ role: 'director' }], ['de directeur']],
    [[{ role: 'director', name: 'meneer Bakker' }], ['de directeur (meneer Bakker)']],
    [[{ role: 'colleague' }], ['een collega van school']],
    [[{ role: 'colleague' }, { role: 'colleague' }], ['twee collega’s van school']],
    [[{ role: 'colleague', name: 'Piet' }], ['een collega van school (Piet)']],
    [[{ role: 'other' }], ['iemand anders']],
    [[{ role: 'other' }, { role: 'other' }, { role: 'other' }], ['drie anderen']],
    [[{ role: 'other', name: 'Fatima de Wit' }], ['Fatima de Wit']],
    [[{ role: 'interpreter' }, { role: 'interpreter' }], ['twee tolken']],
    [[ib(), ib()], ['twee intern begeleiders']],
  ])('%j in Dutch', (others, words) => {
    expect(othersInWords(others, 'nl')).toEqual(words)
  })

  test.each<[Person[], string[]]>([
    [[ib('Mrs Jansen')], ['the special needs coordinator (Mrs Jansen)']],
    [[{ role: 'interpreter' }], ['an interpreter']],
    [[{ role: 'director' }], ['the head teacher']],
    [[{ role: 'colleague' }, { role: 'colleague' }], ['two colleagues from school']],
    [[{ role: 'other' }], ['someone else']],
  ])('%j in English', (others, words) => {
    expect(othersInWords(others, 'en')).toEqual(words)
  })

  test('keeps the order the teacher gave, names each named person, and counts the unnamed of a role once', () => {
    const others: Person[] = [
      { role: 'colleague' },
      ib('mevrouw Jansen'),
      { role: 'colleague', name: 'Piet' },
      { role: 'interpreter' },
      { role: 'colleague' },
    ]
    expect(othersInWords(others, 'nl')).toEqual([
      'twee collega’s van school',
      'de intern begeleider (mevrouw Jansen)',
      'een collega van school (Piet)',
      'een tolk',
    ])
  })

  test('counts up to ten in words', () => {
    const ten = Array.from({ length: 10 }, (): Person => ({ role: 'colleague' }))
    expect(othersInWords(ten, 'nl')).toEqual(['tien collega’s van school'])
    expect(othersInWords(ten.slice(0, 9), 'en')).toEqual(['nine colleagues from school'])
    expect(othersInWords(ten.slice(0, 2), 'nl')).toEqual(['twee collega’s van school'])
    // Above the answers' limit, as older data might hold: in digits.
    expect(othersInWords([...ten, { role: 'colleague' }], 'nl')).toEqual(['11 collega’s van school'])
  })

  test('a name of only spaces or line breaks counts as no name; a name is one clean line', () => {
    expect(othersInWords([ib('  '), ib('\n')], 'nl')).toEqual(['twee intern begeleiders'])
    expect(othersInWords([ib('mevrouw\r\nJansen')], 'nl')).toEqual(['de intern begeleider (mevrouw Jansen)'])
  })

  test('lists people as a sentence does', () => {
    expect(listInWords([], 'nl')).toBe('')
    expect(listInWords(['a'], 'nl')).toBe('a')
    expect(listInWords(['a', 'b'], 'nl')).toBe('a en b')
    expect(listInWords(['a', 'b', 'c'], 'nl')).toBe('a, b en c')
    expect(listInWords(['a', 'b', 'c'], 'en')).toBe('a, b and c')
  })

  test('names the teacher when a name is set', () => {
    expect(teacherInWords('Sanne de Vries', 'nl')).toBe('de leerkracht (Sanne de Vries)')
    expect(teacherInWords(' ', 'nl')).toBe('de leerkracht')
    expect(teacherInWords(undefined, 'en')).toBe('the teacher')
  })

  test('reads a count without roles, from before roles were asked, as colleagues from school', () => {
    expect(othersOf({ otherAttendees: 2 })).toEqual([{ role: 'colleague' }, { role: 'colleague' }])
    expect(othersOf({ otherAttendees: 1, others: [{ role: 'interpreter' }] })).toEqual([{ role: 'interpreter' }])
    expect(othersOf({})).toEqual([])
  })
})
