import { describe, expect, test } from 'vitest'
import { repairPreparation } from '../../src/store/repair'
import { preparation } from './fixtures'

/*
 * A saved preparation with a damaged part: the teacher keeps every part that can still be read,
 * and is told which parts were dropped (in the order the notice lists them), with the original
 * kept to download.
 */

const NOW = '2026-11-29T12:00:00.000Z'
const whole = preparation('a')
/** The preparation saved as `a` with these parts changed, read back. */
function readBack(changes: Record<string, unknown>, id = 'a') {
  const value = { ...whole, ...changes }
  const result = repairPreparation(value, id, NOW)
  if (!result) throw new Error('not read as a preparation')
  return { ...result, value }
}

describe('a damaged preparation keeps what can be read', () => {
  test('a whole preparation comes back as it is, with nothing to tell', () => {
    expect(repairPreparation(whole, 'a', NOW)).toEqual({ preparation: whole, repair: null })
  })

  test('one saved under another key takes the key as its id, without a notice: nothing the teacher wrote is lost', () => {
    expect(repairPreparation(whole, 'b', NOW)).toEqual({ preparation: { ...whole, id: 'b' }, repair: null })
  })

  test('what is not an object at all is not a preparation', () => {
    for (const value of [null, 'a', 12, [whole]]) expect(repairPreparation(value, 'a', NOW)).toBeNull()
  })

  test('dates that are not texts become now; a held or finished mark that is not yes or no becomes no', () => {
    const { preparation: p, repair } = readBack({ createdAt: 12, updatedAt: null, held: 'yes', finished: 1 })
    expect(p).toMatchObject({ createdAt: NOW, updatedAt: NOW, held: false, finished: false })
    expect(repair?.parts).toEqual(['status', 'dates'])
    expect(readBack({ held: true, finished: true, createdAt: 1 }).preparation).toMatchObject({
      held: true,
      finished: true,
      updatedAt: whole.updatedAt,
    })
  })

  test('only ticks that are ticked and notes that are texts stay; the others are reported as dropped', () => {
    const { preparation: p, repair } = readBack({
      ticks: { 'during.small-talk': true, 'during.close': false },
      notes: { 'during.small-talk': 'Goed', 'during.close': 3 },
    })
    expect(p.ticks).toEqual({ 'during.small-talk': true })
    expect(p.notes).toEqual({ 'during.small-talk': 'Goed' })
    expect(repair?.parts).toEqual(['ticks', 'notes'])
  })

  test('ticks, notes and questions that are not a record or a list are dropped whole', () => {
    const { preparation: p, repair } = readBack({ ticks: [true], notes: 'Goed', questions: { q: 1 } })
    expect(p).toMatchObject({ ticks: {}, notes: {}, questions: [] })
    expect(repair?.parts).toEqual(['ticks', 'notes', 'questions'])
  })

  test('of the questions, the ones that can be read stay, in their order', () => {
    const kept = [
      { id: 'q1', text: 'Leesmoment?', done: false },
      { id: 'q2', text: 'Rekenen?', done: true },
    ]
    const { preparation: p, repair } = readBack({ questions: [kept[0], { id: 'q3', text: '' }, kept[1]] })
    expect(p.questions).toEqual(kept)
    expect(repair?.parts).toEqual(['questions'])
  })

  test('of an object part, each field that can be read stays; an unknown field counts as damage', () => {
    const { preparation: p, repair } = readBack({
      evaluation: { rating: 'excellent', agreements: 'Over zes weken' },
      followUp: { minutes: 30, withBuddy: 'yes' },
      card: { notes: 'Aantekening', colour: 'red' },
    })
    expect(p.evaluation).toEqual({ agreements: 'Over zes weken' })
    expect(p.followUp).toEqual({ minutes: 30 })
    expect(p.card).toEqual({ notes: 'Aantekening' })
    expect(repair?.parts).toEqual(['evaluation', 'followUp', 'card'])
  })

  test('an object part that is not an object is dropped whole', () => {
    const { preparation: p, repair } = readBack({ answers: 'Sam', texts: [] })
    expect(p.answers).toEqual({})
    expect(p.texts).toEqual({})
    expect(repair).toEqual({
      id: 'a',
      childName: undefined,
      parts: ['answers', 'texts'],
      original: { ...whole, answers: 'Sam', texts: [] },
    })
  })

  test('the notice names the child from the answers that are left, and keeps the original to download', () => {
    const { repair, value } = readBack({ answers: { childName: 'Sam', parentsAttending: 7 } })
    expect(repair).toEqual({ id: 'a', childName: 'Sam', parts: ['answers'], original: value })
  })

  test('the link to the conversation it follows up and the agreements carried over stay when they can be read', () => {
    const { preparation: kept } = readBack({ followsId: 'earlier', carriedAgreements: 'Elke week lezen', held: 'x' })
    expect(kept).toMatchObject({ followsId: 'earlier', carriedAgreements: 'Elke week lezen' })
    const { preparation: dropped } = readBack({ followsId: '', carriedAgreements: 4, held: 'x' })
    expect(dropped).not.toHaveProperty('followsId')
    expect(dropped).not.toHaveProperty('carriedAgreements')
    expect(readBack({ held: 'x' }).preparation).not.toHaveProperty('followsId')
  })
})
