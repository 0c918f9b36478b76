// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest'
import { holdInputUntilStart, startWithHeldInput, stopHoldingInput } from '../../src/app/held-input'

// What the script in the built page's head does before the app starts, and what the app does with it.

afterEach(() => {
  startWithHeldInput()
  document.body.innerHTML = ''
  localStorage.clear()
  window.location.hash = ''
})

const starting = () => document.documentElement.hasAttribute('data-starting')

function builtForm() {
  document.body.innerHTML =
    '<form><input type="radio" name="buddy" value="none"><button type="submit">Doorgaan</button></form>' +
    '<button type="button">English</button>'
  const form = document.querySelector('form')!
  return { form, language: document.querySelector<HTMLButtonElement>('button[type="button"]')! }
}

test('a fresh visit to the first question shows the built page; anything saved, another address or blocked storage hides it until the app shows', () => {
  for (const hash of ['', '#/', '#/new']) {
    window.location.hash = hash
    holdInputUntilStart()
    expect(starting(), hash).toBe(false)
    startWithHeldInput()
  }
  window.location.hash = '#/settings'
  holdInputUntilStart()
  expect(starting()).toBe(true)
  startWithHeldInput()
  expect(starting()).toBe(false)

  window.location.hash = '#/new'
  localStorage.setItem('oudergesprek:set-aside:abc', '{}')
  holdInputUntilStart()
  expect(starting()).toBe(true)
  startWithHeldInput()

  localStorage.clear()
  localStorage.setItem('iets anders', '1')
  holdInputUntilStart()
  expect(starting()).toBe(false)
  startWithHeldInput()

  const { getItem, key } = Storage.prototype
  Storage.prototype.key = () => {
    throw new DOMException('blocked', 'SecurityError')
  }
  try {
    holdInputUntilStart()
    expect(starting()).toBe(true)
  } finally {
    Storage.prototype.key = key
    Storage.prototype.getItem = getItem
  }
})

test('a Continue and a button pressed before the app starts are held, once each, and done again when it has', () => {
  const { form, language } = builtForm()
  holdInputUntilStart()
  const sent: (HTMLElement | null)[] = []
  const clicks: string[] = []
  const submitButton = form.querySelector('button')!
  const submit = new SubmitEvent('submit', { cancelable: true, bubbles: true, submitter: submitButton })
  form.dispatchEvent(submit)
  expect(submit.defaultPrevented).toBe(true)
  form.dispatchEvent(new SubmitEvent('submit', { cancelable: true, bubbles: true, submitter: submitButton }))
  language.click()
  language.click()

  // React takes over: from then on nothing more is held.
  stopHoldingInput()
  const later = new SubmitEvent('submit', { cancelable: true, bubbles: true })
  form.dispatchEvent(later)
  expect(later.defaultPrevented).toBe(false)

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    sent.push(event.submitter)
  })
  language.addEventListener('click', () => clicks.push('English'))
  startWithHeldInput()
  expect(sent).toEqual([submitButton])
  expect(clicks).toEqual(['English'])
  // Once only.
  startWithHeldInput()
  expect(sent).toHaveLength(1)
})

test('what was pressed on elements the app has replaced is let go', () => {
  const { form, language } = builtForm()
  holdInputUntilStart()
  form.dispatchEvent(new SubmitEvent('submit', { cancelable: true, bubbles: true }))
  language.click()
  let done = 0
  form.addEventListener('submit', () => done++)
  language.addEventListener('click', () => done++)
  document.body.innerHTML = '<p>Instellingen</p>'
  startWithHeldInput()
  expect(done).toBe(0)
})

test('a link within the page clicked before the app starts leaves the address alone, and is followed once it has', () => {
  window.location.hash = '#/new'
  document.body.innerHTML = '<a class="skip-link" href="#main">Naar de inhoud</a><a href="#/settings">Instellingen</a>'
  holdInputUntilStart()
  const [skip, settings] = document.querySelectorAll('a')
  // Whether each click on the settings link went on to be followed (not prevented).
  const followed: boolean[] = []
  settings!.addEventListener('click', (event) => followed.push(!event.defaultPrevented))
  skip!.click()
  settings!.click()
  expect(window.location.hash).toBe('#/new')
  expect(followed).toEqual([false])
  stopHoldingInput()
  startWithHeldInput()
  expect(followed).toEqual([false, true])
})
