import { describe, expect, test, vi } from 'vitest'
import {
  addMessages,
  forParents,
  isMessageKey,
  issueWith,
  translateIssue,
  translator,
  type MessageKey,
} from '../../src/i18n'

/* The app's words: each language's messages, their blanks filled in, and mistakes caught in development. */

describe('a message', () => {
  test('in the chosen language, with each blank filled in, a number as a number', () => {
    expect(translator('nl')('wizard.step', { n: 2, total: 6 })).toBe('Stap 2 van 6')
    expect(translator('en')('app.title')).toBe('Prepare a parent conversation')
    expect(translator('nl')('checklist.progress', { done: 0, total: 'alle' })).toBe('0 van alle gedaan')
  })

  test('a missing message or blank is an error while developing, not a key on the screen', () => {
    const t = translator('nl')
    expect(() => t('no.such.key' as MessageKey)).toThrow('Missing message no.such.key (nl)')
    expect(() => t('wizard.step', { n: 2 })).toThrow('Missing parameter total for wizard.step')
  })

  test('messages added later are found by a translator made before, after its own', () => {
    const t = translator('nl')
    expect(() => t('test.later' as MessageKey)).toThrow()
    addMessages('nl', { ['test.later' as MessageKey]: 'Later {x}', 'app.title': 'Not this one' })
    addMessages('nl', { ['test.other' as MessageKey]: 'Ook' })
    expect(t('test.later' as MessageKey, { x: 'erbij' })).toBe('Later erbij')
    expect(t('test.other' as MessageKey)).toBe('Ook')
    expect(t('app.title')).toBe('Oudergesprek voorbereiden')
  })

  test('for one parent or two; one while that is not answered yet', () => {
    expect(forParents('q.parents', 2)).toBe('q.parents.2')
    expect(forParents('q.parents', 1)).toBe('q.parents.1')
    expect(forParents('q.parents', undefined)).toBe('q.parents.1')
  })
})

describe('a form error', () => {
  const t = translator('nl')

  test('carries a message key, or a key with values, and is read in the language on screen', () => {
    expect(isMessageKey('app.title')).toBe(true)
    expect(isMessageKey('toString')).toBe(false)
    expect(isMessageKey('Vul dit in.')).toBe(false)
    expect(translateIssue(t, 'app.title')).toBe('Oudergesprek voorbereiden')
    expect(translateIssue(t, issueWith('wizard.step', { n: 1, total: 6 }))).toBe('Stap 1 van 6')
    expect(translateIssue(translator('en'), issueWith('wizard.step', { n: 1, total: 6 }))).toBe('Step 1 of 6')
  })

  test('another text shows as it is; nothing, or what is not a text, shows nothing', () => {
    expect(translateIssue(t, 'Vul dit in.')).toBe('Vul dit in.')
    expect(translateIssue(t, '{"other":1}')).toBe('{"other":1}')
    expect(translateIssue(t, '')).toBeUndefined()
    expect(translateIssue(t, undefined)).toBeUndefined()
    expect(translateIssue(t, 12)).toBeUndefined()
  })
})

describe('English, loaded when first chosen', () => {
  test('is not there at first; loaded once, telling who listens; until then its translator is an error', async () => {
    vi.resetModules()
    const i18n = await import('../../src/i18n')
    expect(i18n.hasMessages('nl')).toBe(true)
    expect(i18n.hasMessages('en')).toBe(false)
    expect(() => i18n.translator('en')).toThrow('Messages for en are not loaded')
    const heard = vi.fn()
    const stopped = vi.fn()
    i18n.onMessagesLoaded(heard)
    i18n.onMessagesLoaded(stopped)()
    const first = i18n.loadMessages('en')
    expect(i18n.loadMessages('en')).toBe(first)
    await first
    expect(heard).toHaveBeenCalledTimes(1)
    expect(stopped).not.toHaveBeenCalled()
    expect(i18n.hasMessages('en')).toBe(true)
    expect(i18n.translator('en')('app.title')).toBe('Prepare a parent conversation')
    await i18n.loadMessages('en')
    expect(heard).toHaveBeenCalledTimes(1)
  })
})
