import { describe, expect, test } from 'vitest'
import { completeAnswers } from '../../src/rules'
import { answers } from './sample'

describe('the answers a checklist is made from', () => {
  test('are complete with whole minutes and a whole number of colleagues', () => {
    expect(completeAnswers(answers({ expectedMinutes: 30, otherAttendees: 1 }))).not.toBeNull()
  })

  test('are not complete with part minutes, such as 22.5', () => {
    expect(completeAnswers(answers({ expectedMinutes: 22.5 }))).toBeNull()
  })

  test('are not complete with part of a colleague', () => {
    expect(completeAnswers(answers({ otherAttendees: 0.5 }))).toBeNull()
  })
})

describe('the limits of what the teacher may type', () => {
  const atLimit = answers({
    expectedMinutes: 240,
    otherAttendees: 10,
    childName: 'k'.repeat(60),
    purpose: 'p'.repeat(150),
    parentNames: 'n'.repeat(60),
    room: 'r'.repeat(60),
    others: Array.from({ length: 10 }, () => ({ role: 'colleague' as const, name: 'c'.repeat(60) })),
  })

  test('hold at the limit, and short texts are fine too', () => {
    expect(completeAnswers(atLimit)).toEqual(atLimit)
    const short = answers({ expectedMinutes: 5, childName: 'K', purpose: 'p', parentNames: 'n', room: 'r' })
    expect(completeAnswers({ ...short, others: [{ role: 'ib', name: 'c' }] })).not.toBeNull()
  })

  test.each([
    ['minutes', { expectedMinutes: 241 }],
    ['minutes', { expectedMinutes: 4 }],
    ['others', { otherAttendees: 11 }],
    ['others', { otherAttendees: -1 }],
    ['the child’s name', { childName: 'k'.repeat(61) }],
    ['the purpose', { purpose: 'p'.repeat(151) }],
    ['the parents’ names', { parentNames: 'n'.repeat(61) }],
    ['the room', { room: 'r'.repeat(61) }],
    ['the list of others', { others: Array.from({ length: 11 }, () => ({ role: 'colleague' as const })) }],
    ['a name of someone else', { others: [{ role: 'ib' as const, name: 'c'.repeat(61) }] }],
    ['a role nobody has', { others: [{ role: 'caretaker' }] }],
  ])('are not complete one step beyond the limit of %s', (_, beyond) => {
    expect(completeAnswers({ ...atLimit, ...beyond } as never)).toBeNull()
  })
})
