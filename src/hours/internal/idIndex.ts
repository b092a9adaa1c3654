/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays indexed within their bounds */
// An open-addressing hash index of string keys → first position, on typed arrays: cheaper than a
// Map for a million record ids (no per-entry objects, one FNV-1a pass per key).

function fnv(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h | 0
}

/** Keys by insertion position; `firstOf` inserts or finds. */
export class IdIndex {
  private slots: Int32Array
  private mask: number
  private hashes: Int32Array
  private keys: string[]
  private count = 0

  /**
   * @param capacity - expected number of keys: sizing the table once avoids rehashing a
   * million keys through every power of two
   */
  constructor(capacity = 512) {
    let size = 1024
    while (size < capacity * 2 && size < 1 << 27) size *= 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
    this.hashes = new Int32Array(size >> 1)
    this.keys = new Array<string>(size >> 1)
  }

  /**
   * Inserts `key` at the next position, or returns the position where it was first inserted.
   * @param key - the key
   * @returns −1 when new, else the first position of an equal key
   */
  firstOf(key: string): number {
    const h = fnv(key)
    let s = h & this.mask
    for (;;) {
      const e = this.slots[s]!
      if (e === 0) break
      if (this.hashes[e - 1] === h && this.keys[e - 1] === key) return e - 1
      s = (s + 1) & this.mask
    }
    const pos = this.count++
    if (pos >= this.hashes.length) {
      const g = new Int32Array(this.hashes.length * 2)
      g.set(this.hashes)
      this.hashes = g
      this.keys.length = g.length
    }
    this.keys[pos] = key
    this.hashes[pos] = h
    this.slots[s] = pos + 1
    if (this.count * 2 > this.slots.length) this.rehash()
    return -1
  }

  private rehash(): void {
    const size = this.slots.length * 2
    const slots = new Int32Array(size)
    const mask = size - 1
    for (let e = 0; e < this.count; e++) {
      let s = this.hashes[e]! & mask
      while (slots[s] !== 0) s = (s + 1) & mask
      slots[s] = e + 1
    }
    this.slots = slots
    this.mask = mask
  }
}
