/**
 * A Storage like the browser's, with the faults a teacher's browser can have: a quota that fills
 * up, and a getItem that throws (a blocked or damaged profile).
 */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>()
  /** Characters allowed in all values together, as browsers count it (roughly); Infinity by default. */
  quota = Number.POSITIVE_INFINITY
  readFails = false
  writes: string[] = []

  get length() {
    return this.items.size
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  getItem(key: string) {
    if (this.readFails) throw new DOMException('The operation is insecure.', 'SecurityError')
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0)
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError')
    this.writes.push(key)
    this.items.set(key, String(value))
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  clear() {
    this.items.clear()
  }
  /** Room left, so a test can fill storage to just below what a copy would need. */
  used() {
    return [...this.items].reduce((sum, [k, v]) => sum + k.length + v.length, 0)
  }
}
