// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { QUESTIONS } from '../../src/wizard/questions'
import type { QuestionField } from '../../src/wizard/question-types'
import { answersSchema, REQUIRED_FIELDS } from '../../src/rules/answers'
import { nl } from '../../src/i18n/nl'
import { en } from '../../src/i18n/en'

// Read here in plain Node: the table is data, it needs no DOM, no React render and no store.
const KINDS: QuestionField['kind'][] = ['choice', 'number', 'text', 'date-time', 'people']
const fields = QUESTIONS.flatMap((question) => question.fields)
/** The answers a field saves: its own, and for the people in the room also their number. */
const saves = (field: QuestionField) => (field.kind === 'people' ? [field.name, field.countField] : [field.name])

/** Every message key a field names, for its label, hint, errors, options and its check-your-answers row. */
function fieldKeys(field: QuestionField): string[] {
  const keys = [field.label, field.hint, field.check.label, field.check.hidden]
  if (field.kind === 'choice') keys.push(field.error, ...field.options.map((option) => option.label))
  if (field.kind === 'number') keys.push(field.suffix, ...Object.values(field.errors))
  if (field.kind === 'text') keys.push(field.error)
  return keys.filter((key) => key !== undefined)
}

describe('the wizard question table, read without a DOM', () => {
  test('loads in plain Node', () => {
    expect(typeof window).toBe('undefined')
    expect(QUESTIONS.length).toBeGreaterThan(0)
  })

  test('gives each page its own address, usable in a link', () => {
    const steps = QUESTIONS.map((question) => question.step)
    expect(new Set(steps).size).toBe(steps.length)
    for (const step of steps) expect(step).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  test('asks each answer on one page only, and only answers the answers schema knows', () => {
    const saved = fields.flatMap(saves)
    expect(new Set(saved).size).toBe(saved.length)
    for (const name of saved) expect(Object.keys(answersSchema.shape)).toContain(name)
  })

  test('asks every answer the checklist needs', () => {
    const saved = fields.flatMap(saves)
    for (const name of REQUIRED_FIELDS) expect(saved).toContain(name)
  })

  test('gives each field a kind the question page can show', () => {
    for (const field of fields) expect(KINDS).toContain(field.kind)
  })

  test('labels each field of a page that asks more than one thing', () => {
    for (const question of QUESTIONS.filter((q) => q.fields.length > 1))
      for (const field of question.fields) expect(field.label, `${question.step}: ${field.name}`).toBeDefined()
  })

  test('offers only choices the answers schema accepts, each once', () => {
    for (const field of fields) {
      if (field.kind !== 'choice') continue
      const answers = field.options.map((option) => option.answer)
      expect(new Set(answers).size, field.name).toBe(answers.length)
      for (const answer of answers)
        expect(answersSchema.shape[field.name].safeParse(answer).success, `${field.name}: ${answer}`).toBe(true)
    }
  })

  test('names only messages that exist in Dutch and in English', () => {
    const keys = [
      ...QUESTIONS.flatMap((question) => [question.title, question.hint ?? question.title]),
      ...fields.flatMap(fieldKeys),
    ]
    for (const key of keys) {
      expect(Object.keys(nl), key).toContain(key)
      expect(Object.keys(en), key).toContain(key)
    }
  })
})
