import { z } from 'zod/mini'

/**
 * A transfer file: a backup sealed with a passphrase, to hand preparations to another device. The
 * key comes from the passphrase by PBKDF2-SHA-256 with a random salt; the backup's text is
 * encrypted with AES-GCM, which also finds any change to the file. All of it by the browser's own
 * WebCrypto: nothing leaves the device.
 */
export const TRANSFER_FORMAT = 'oudergesprek-transfer'
/** At least what OWASP advises for PBKDF2-SHA-256 (2023); a file asking for fewer is refused. */
export const ITERATIONS = 600_000
/** A file asking for more would keep the device busy for minutes. */
const MAX_ITERATIONS = 10_000_000
/** An own passphrase is at least this long; the proposed one is longer. */
export const MIN_PASSPHRASE = 12

const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/))
const fileSchema = z.object({
  format: z.literal(TRANSFER_FORMAT),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.gte(ITERATIONS), z.lte(MAX_ITERATIONS)),
    salt: base64,
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: base64 }),
  data: base64,
})

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''))
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0))

async function keyFrom(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  )
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

/** Whether a text is a transfer file (it still needs its passphrase). */
export function isTransfer(text: string): boolean {
  try {
    const json = JSON.parse(text) as unknown
    return typeof json === 'object' && json !== null && 'format' in json && json.format === TRANSFER_FORMAT
  } catch {
    return false
  }
}

/** Seals a backup's text with a passphrase. */
export async function sealTransfer(plain: string, passphrase: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await keyFrom(passphrase, salt, ITERATIONS)
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain)),
  )
  return JSON.stringify({
    format: TRANSFER_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(data),
  })
}

/**
 * Opens a transfer file: the backup's text, or why not. A wrong passphrase and a changed file
 * look the same to AES-GCM, so both are told as one problem.
 */
export async function openTransfer(
  text: string,
  passphrase: string,
): Promise<{ ok: true; text: string } | { ok: false; problem: 'not-transfer' | 'wrong-passphrase' }> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'not-transfer' }
  }
  const file = fileSchema.safeParse(json)
  if (!file.success) return { ok: false, problem: 'not-transfer' }
  const { kdf, cipher, data } = file.data
  try {
    const key = await keyFrom(passphrase, fromBase64(kdf.salt), kdf.iterations)
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(cipher.iv) }, key, fromBase64(data))
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) }
  } catch {
    return { ok: false, problem: 'wrong-passphrase' }
  }
}

/**
 * A passphrase that is easy to read aloud: six words from the list, chosen by the browser's
 * cryptographic random numbers (with 128 words or more, over 42 bits), joined by dashes.
 */
export function proposePassphrase(words: readonly string[], count = 6): string {
  const chosen: string[] = []
  const limit = Math.floor(0x1_0000_0000 / words.length) * words.length
  while (chosen.length < count) {
    const [value] = crypto.getRandomValues(new Uint32Array(1))
    // Values past the last whole round of the list are drawn again, so every word is as likely.
    if (value !== undefined && value < limit) chosen.push(words[value % words.length]!)
  }
  return chosen.join('-')
}
