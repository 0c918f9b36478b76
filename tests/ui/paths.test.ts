import { describe, expect, test } from 'vitest'
import { matchRoute, stepPath, viewPath } from '../../src/ui/paths'

/* Each address the app can show, as the teacher meets it in a link, a bookmark or after a reload. */

describe('the address of each screen', () => {
  test('the fixed screens', () => {
    expect(matchRoute('/')).toEqual({ kind: 'home' })
    expect(matchRoute('/new')).toEqual({ kind: 'new' })
    expect(matchRoute('/recovery')).toEqual({ kind: 'recovery' })
    expect(matchRoute('/backup')).toEqual({ kind: 'backup' })
    expect(matchRoute('/settings')).toEqual({ kind: 'settings' })
  })

  test("a preparation's views and steps carry its id, written safely and read back whole", () => {
    expect(viewPath('a/b c', 'card')).toBe('/p/a%2Fb%20c/card')
    expect(matchRoute(viewPath('a/b c', 'card'))).toEqual({ kind: 'view', id: 'a/b c', view: 'card' })
    for (const view of ['check', 'checklist', 'card', 'after'] as const)
      expect(matchRoute(viewPath('x', view))).toEqual({ kind: 'view', id: 'x', view })
    expect(stepPath('a b', 'child-name')).toBe('/p/a%20b/step/child-name')
    expect(stepPath('x', 'buddy', 'check')).toBe('/p/x/step/buddy?return=check')
    expect(matchRoute(stepPath('a b', 'child-name'))).toEqual({ kind: 'step', id: 'a b', step: 'child-name' })
  })

  test('an address saved by an earlier version, without an id, opens a step or a view of the last preparation', () => {
    expect(matchRoute('/step/buddy')).toEqual({ kind: 'old', step: 'buddy', view: null })
    expect(matchRoute('/checklist')).toEqual({ kind: 'old', step: null, view: 'checklist' })
  })

  test('anything else is not found: no id, a broken id, an unknown view or step, a part too many', () => {
    for (const path of [
      '',
      '/p',
      '/p//card',
      '/p/%E0%A4%A/card',
      '/p/x/poster',
      '/p/x/card/more',
      '/p/x/step',
      '/p/x/step/Buddy',
      '/p/x/step/buddy/more',
      '/p/x/step/1',
      '/p/x/step/buddy1',
      '/step',
      '/step/buddy/more',
      '/step/-buddy',
      '/poster',
      '/checklist/more',
      '/q/x/card',
      '/new/more',
    ])
      expect(matchRoute(path), path).toEqual({ kind: 'not-found' })
  })
})
