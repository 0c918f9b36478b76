// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'

interface Tracked {
  path: string
  /** How git stores the file: `lf`, `crlf`, `mixed`, `none` (no line end) or `-text` (binary). */
  stored: string
  /** What .gitattributes says of it, e.g. `text=auto eol=lf` or `-text`. */
  attributes: string
}

/** Every file git holds, as `git ls-files --eol` reports it. */
function tracked(): Tracked[] {
  const lines = execFileSync('git', ['ls-files', '--eol', '-z'], { encoding: 'utf8' }).split('\0')
  return lines
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^i\/(\S*)\s+w\/\S*\s+attr\/(.*?)\s*\t(.+)$/.exec(line)
      if (!match) throw new Error(`git ls-files --eol wrote a line this test does not read: ${line}`)
      return { stored: match[1]!, attributes: match[2]!, path: match[3]! }
    })
}

describe('a checkout on any system (Windows too) has the same bytes', () => {
  test('every text file is stored with LF and checked out with LF, whatever core.autocrlf says', () => {
    const text = tracked().filter((file) => file.stored !== '-text')
    expect(text.length).toBeGreaterThan(100)
    expect(text.filter((file) => !['lf', 'none'].includes(file.stored)).map((file) => file.path)).toEqual([])
    expect(
      text.filter((file) => !file.attributes.split(' ').includes('eol=lf')).map((file) => file.path),
      'text files without eol=lf in .gitattributes',
    ).toEqual([])
  })

  test('every binary file is marked binary in .gitattributes, so no checkout converts a byte of it', () => {
    const binary = tracked().filter((file) => file.stored === '-text')
    // The app's icons and the PDF fonts at least.
    expect(binary.some((file) => file.path.endsWith('.png'))).toBe(true)
    expect(binary.some((file) => file.path.endsWith('.ttf'))).toBe(true)
    expect(binary.some((file) => file.path.endsWith('.otf'))).toBe(true)
    expect(
      binary.filter((file) => file.attributes !== '-text').map((file) => file.path),
      'binary files whose type .gitattributes does not mark binary: add it there',
    ).toEqual([])
  })
})
