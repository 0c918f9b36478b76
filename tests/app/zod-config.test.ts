// @vitest-environment node
import { expect, test, vi } from 'vitest'
import { z } from 'zod'
import { preparationSchema } from '../../src/model'

/** Runs `work` while counting every use of the Function constructor, zod's way of compiling code. */
function compilations(work: () => void): number {
  const compile = vi.fn()
  const original = globalThis.Function
  globalThis.Function = new Proxy(original, {
    construct: (target, args) => (compile(), Reflect.construct(target, args)),
    apply: (target, self, args) => (compile(), Reflect.apply(target, self, args)),
  })
  try {
    work()
  } finally {
    globalThis.Function = original
  }
  return compile.mock.calls.length
}

test('zod checks data without compiling code, so the page never asks for eval', () => {
  expect(
    compilations(() => {
      expect(preparationSchema.safeParse({ id: 'p1' }).success).toBe(false)
      const fresh = z.object({ name: z.string(), minutes: z.number().int() })
      expect(fresh.parse({ name: 'Anouk', minutes: 30 })).toEqual({ name: 'Anouk', minutes: 30 })
    }),
  ).toBe(0)
})
