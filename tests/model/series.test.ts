import { expect, test } from 'vitest'
import { seriesOf } from '../../src/model'
import { preparation } from '../store/fixtures'
import { answers } from '../rules/sample'

const on = (id: string, meetingAt: string | undefined, followsId?: string) =>
  preparation(id, {
    answers: answers(meetingAt ? { meetingAt } : {}),
    ...(followsId ? { followsId } : {}),
    createdAt: `2026-11-0${id.length}T00:00:00.000Z`,
  })

test('a conversation and its follow-ups are one series, from the first to the last', () => {
  const groups = seriesOf([
    on('b2', '2026-12-19T10:00', 'b1'),
    on('a', '2026-12-05T10:00'),
    on('b1', '2026-12-12T10:00'),
    on('b3', '2027-01-09T10:00', 'b2'),
  ])
  expect(groups.map((g) => g.map((p) => p.id))).toEqual([['b1', 'b2', 'b3'], ['a']])
})

test('a series comes where its newest conversation would; one without a date goes on top', () => {
  const groups = seriesOf([on('old', '2026-10-01T10:00'), on('x', '2026-11-01T10:00'), on('next', undefined, 'old')])
  expect(groups.map((g) => g.map((p) => p.id))).toEqual([['old', 'next'], ['x']])
})

test('the series with the newest conversation comes first, whatever order they were saved in', () => {
  const saved = [
    on('x', '2026-11-01T10:00'),
    on('old', '2026-10-01T10:00'),
    on('late', '2027-02-01T10:00', 'old'),
    on('y', '2026-12-01T10:00'),
  ]
  const expected = [['old', 'late'], ['y'], ['x']]
  expect(seriesOf(saved).map((g) => g.map((p) => p.id))).toEqual(expected)
  expect(seriesOf([...saved].reverse()).map((g) => g.map((p) => p.id))).toEqual(expected)
})

test('a follow-up whose first conversation was deleted stands on its own; a loop does not hang', () => {
  const groups = seriesOf([
    on('f', '2026-12-19T10:00', 'gone'),
    on('p', '2026-12-01T10:00', 'q'),
    on('q', '2026-12-02T10:00', 'p'),
  ])
  expect(groups.flat()).toHaveLength(3)
  expect(groups.find((g) => g.some((p) => p.id === 'f'))!.map((p) => p.id)).toEqual(['f'])
})
