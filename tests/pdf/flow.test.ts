// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { pdfText } from './pdf-text'
import { renderBlocks } from './render'

/** 8,000 characters of varied words, each one numbered so a lost line shows. */
function longNote(length: number): string {
  const words: string[] = []
  for (let i = 0; words.join(' ').length < length; i++) words.push(i % 7 === 0 ? `zin${i}.` : `woord${i}`)
  return words.join(' ').slice(0, length).trimEnd()
}

const withoutSpaces = (text: string) => text.replace(/\s+/g, '')

describe('text that does not fit', () => {
  test('an 8,000-character note flows onto the next pages, every character in the PDF', async () => {
    const note = longNote(8000)
    expect(note.length).toBeGreaterThan(7990)
    const bytes = await renderBlocks([
      {
        kind: 'checklist',
        stateLabels: { checked: 'Gedaan', unchecked: 'Niet gedaan' },
        items: [{ checked: false, title: 'Begin met een praatje', scripts: [], note: `Notitie: ${note}` }],
      },
    ])
    const { pages } = await pdfText(bytes)
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.at(-1)).toContain(`Pagina ${pages.length} van ${pages.length}`)
    const body = pages.map((page) => page.replace(/Gemaakt op .*$/s, '')).join('')
    // Compared as booleans: a failure should not print 8,000 characters twice.
    expect(withoutSpaces(body).includes(withoutSpaces(`Notitie: ${note}`)), 'the whole note').toBe(true)
    // Lines break between words, never inside one.
    expect(body.replace(/\n/g, ' ').includes(note), 'the note with its spaces').toBe(true)
  })

  test('a word longer than a line is cut between letters and continues on the next line', async () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrente'.repeat(8)
    const bytes = await renderBlocks([{ kind: 'paragraph', text: `Lokaal ${word} klaar` }])
    const lines = (await pdfText(bytes)).pages[0]!.split('\n')
    const wordLines = lines.filter((line) => line.includes('Donau') || line.includes('rente'))
    expect(wordLines.length).toBeGreaterThan(2)
    expect(wordLines.join('')).toContain(word)
    expect(lines[0]).toBe('Lokaal')
  })

  test('line breaks the teacher typed stay line breaks, and a tab stays a space', async () => {
    const bytes = await renderBlocks([{ kind: 'paragraph', text: 'Eerste regel\r\nTweede\tregel\rDerde regel' }])
    expect((await pdfText(bytes)).pages[0]!.split('\n').slice(0, 3)).toEqual([
      'Eerste regel',
      'Tweede regel',
      'Derde regel',
    ])
  })

  test('Chinese text without spaces wraps between characters', async () => {
    const chinese = '我们今天在学校里讨论了孩子的学习情况和下一步的计划'.repeat(6)
    const bytes = await renderBlocks([{ kind: 'paragraph', text: chinese }])
    const lines = (await pdfText(bytes)).pages[0]!.split('\n').filter((line) => /[\u4e00-\u9fff]/u.test(line))
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe(chinese)
  })
})
