import { describe, expect, test } from 'vitest'
import { ITERATIONS, isTransfer, openTransfer, proposePassphrase, sealTransfer } from '../../src/store/transfer'
import { PASSPHRASE_WORDS } from '../../src/home/passphrase-words'

const PLAIN = JSON.stringify({ format: 'oudergesprek-backup', note: 'Anouk — lezen gaat beter' })

describe('a transfer file', () => {
  test('opens with its passphrase and gives back the text it sealed', async () => {
    const sealed = await sealTransfer(PLAIN, 'appel-boom-kat-zon-tas-vis')
    expect(isTransfer(sealed)).toBe(true)
    expect(sealed).not.toContain('Anouk')
    expect(await openTransfer(sealed, 'appel-boom-kat-zon-tas-vis')).toEqual({ ok: true, text: PLAIN })
  })

  test('says how it was sealed: PBKDF2-SHA-256, 600,000 rounds, a random salt, AES-GCM', async () => {
    const [one, two] = await Promise.all([
      sealTransfer(PLAIN, 'een lang wachtwoord'),
      sealTransfer(PLAIN, 'een lang wachtwoord'),
    ])
    const file = JSON.parse(one!) as { kdf: Record<string, unknown>; cipher: Record<string, unknown>; data: string }
    expect(file.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 })
    expect(ITERATIONS).toBe(600_000)
    expect(file.cipher).toMatchObject({ name: 'AES-GCM' })
    expect(atob(file.kdf.salt as string)).toHaveLength(16)
    expect(atob(file.cipher.iv as string)).toHaveLength(12)
    // The same text and passphrase never give the same file.
    expect(one).not.toBe(two)
  })

  test('a wrong passphrase, or a file changed on the way, opens nothing', async () => {
    const sealed = await sealTransfer(PLAIN, 'appel-boom-kat-zon-tas-vis')
    expect(await openTransfer(sealed, 'appel-boom-kat-zon-tas-vos')).toEqual({ ok: false, problem: 'wrong-passphrase' })
    const file = JSON.parse(sealed) as { data: string }
    const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0))
    bytes[0] = bytes[0]! ^ 1
    const changed = JSON.stringify({ ...file, data: btoa(String.fromCharCode(...bytes)) })
    expect(await openTransfer(changed, 'appel-boom-kat-zon-tas-vis')).toEqual({
      ok: false,
      problem: 'wrong-passphrase',
    })
  })

  test('a file that asks for fewer rounds, or is not such a file, is refused', async () => {
    const sealed = JSON.parse(await sealTransfer(PLAIN, 'appel-boom-kat-zon-tas-vis')) as { kdf: object }
    const weaker = JSON.stringify({ ...sealed, kdf: { ...sealed.kdf, iterations: 599_999 } })
    expect(await openTransfer(weaker, 'appel-boom-kat-zon-tas-vis')).toEqual({ ok: false, problem: 'not-transfer' })
    const endless = JSON.stringify({ ...sealed, kdf: { ...sealed.kdf, iterations: 10_000_001 } })
    expect(await openTransfer(endless, 'appel-boom-kat-zon-tas-vis')).toEqual({ ok: false, problem: 'not-transfer' })
    expect(await openTransfer('geen json', 'x')).toEqual({ ok: false, problem: 'not-transfer' })
    expect(isTransfer('geen json')).toBe(false)
    expect(isTransfer(JSON.stringify({ format: 'oudergesprek-backup' }))).toBe(false)
    expect(isTransfer('null')).toBe(false)
  })
})

describe('a proposed passphrase', () => {
  test('is six words from the list, joined by dashes, and differs each time', () => {
    const proposals = Array.from({ length: 50 }, () => proposePassphrase(PASSPHRASE_WORDS))
    for (const proposal of proposals) {
      const words = proposal.split('-')
      expect(words).toHaveLength(6)
      for (const word of words) expect(PASSPHRASE_WORDS).toContain(word)
    }
    expect(new Set(proposals).size).toBe(50)
  })

  test('draws every word of a list, each about as often', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 600; i++)
      for (const word of proposePassphrase(['a', 'b', 'c'], 10).split('-'))
        counts.set(word, (counts.get(word) ?? 0) + 1)
    expect([...counts.keys()].sort()).toEqual(['a', 'b', 'c'])
    for (const count of counts.values()) expect(count).toBeGreaterThan(1700)
  })

  test('the list has enough words for over 40 bits, each easy to say: no ij, ei, au or ou', () => {
    expect(new Set(PASSPHRASE_WORDS).size).toBe(PASSPHRASE_WORDS.length)
    expect(6 * Math.log2(PASSPHRASE_WORDS.length)).toBeGreaterThan(40)
    for (const word of PASSPHRASE_WORDS) expect(word).toMatch(/^[a-z]+$/)
    for (const word of PASSPHRASE_WORDS) expect(word).not.toMatch(/ij|ei|au|ou/)
  })
})
