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
