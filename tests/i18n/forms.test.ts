import { describe, expect, test } from 'vitest'
import { nl as firstLoad } from '../../src/i18n/nl'
import { nlDates } from '../../src/i18n/nl-dates'
import { nlDocuments } from '../../src/i18n/nl-documents'
import { addressProblems, speaksFormally } from '../rules/dutch-words'

const FORMS = ['u', 'je', 'jullie'] as const
type Form = (typeof FORMS)[number]

/** Messages written for the parent come in three forms: `.u` (one or two parents), `.je` (one), `.jullie` (two). */
const formOf = (key: string): Form | undefined =>
  // The wizard's own choice between 'u' and 'je' speaks to the teacher, not the parent.
  key.startsWith('q.address.') ? undefined : FORMS.find((form) => key.endsWith(`.${form}`))
// The first load's messages and those that come later (documents, typed dates): every Dutch message.
const nl: Record<string, string> = { ...firstLoad, ...nlDocuments, ...nlDates }
const messages = Object.entries(nl)
const forParent = messages.filter(([key]) => formOf(key) !== undefined)

describe('the Dutch messages', () => {
  test('a message for the parent has all three forms', () => {
    const stems = new Set(forParent.map(([key]) => key.slice(0, key.lastIndexOf('.'))))
    expect(stems.size).toBeGreaterThan(10)
    const missing = [...stems].flatMap((stem) => FORMS.filter((form) => !(`${stem}.${form}` in nl)))
    expect(missing).toEqual([])
  })

  test.each(forParent)('%s speaks in its own form, to the right number of parents', (key, text) => {
    const form = formOf(key)!
    const problems =
      form === 'u'
        ? [...addressProblems(text, 1, 'u'), ...addressProblems(text, 2, 'u')]
        : addressProblems(text, form === 'je' ? 1 : 2, 'je')
    expect(problems).toEqual([])
  })

  test('every other message speaks to the teacher as je, never as u', () => {
    // ‘u’ between quotes names the form of address; it does not speak to anyone.
    const formal = messages
      .filter(([key]) => formOf(key) === undefined)
      .filter(([, text]) => speaksFormally(text.replace(/‘[^’]*’/g, '')))
    expect(formal).toEqual([])
  })
})
