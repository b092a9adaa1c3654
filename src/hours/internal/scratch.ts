// Working buffers of one engine run, reused by the next run. A million records need about 100 MB
// of typed arrays; allocating them afresh on every call made every call pay a full garbage
// collection (external memory counts towards V8's GC trigger). The set is held through a WeakRef:
// reused while the process keeps running the engine, released by the next full collection.
// Nothing that outlives a run (the ledger, its lazy views, a summary) may point into it. Its
// string lists hold texts of the last run's records until the set is reused or released.

/** Float64 buffers: one slot per use, so that no two users of a run share a buffer. */
export const F64 = { start: 0, end: 1 } as const

/** Int32 buffers, grouped by the step that fills them. */
export const I32 = {
  // Reading: the batch's columns, runs of one volunteer or team, duplicate detection.
  breaks: 0, travel: 1, volunteer: 2, team: 3, hash: 4, scope: 5, runHash: 6, teamRunHash: 7,
  seenBits: 8, clashBits: 9, candidates: 10, candidateHash: 11, sortKeys: 12, sortIndex: 13, sortKeys2: 14, sortIndex2: 15,
  // Crediting: per ordered record (`adj`: seven values a record), then per piece of a day.
  order: 16, orderedTeam: 17, raw: 18, credited: 19, adj: 20,
  pieceRecord: 21, pieceDay: 22, pieceMinutes: 23, pieceMonth: 24,
  // Building the ledger: what is copied out, compactly.
  invalidAt: 25, zeroAt: 26, adjustmentAt: 27, adjustmentValue: 28, cellMonth: 29, cellMinutes: 30,
  // Per run or volunteer: first run of each id; ranks; where each volunteer's records and pieces start.
  firstRun: 31, teamFirstRun: 32, volunteerByRank: 33, rankOf: 34, volunteerFrom: 35, volunteerFill: 36, pieceFrom: 37,
  // Building the ledger: the ordered records' team runs.
  teamRunAt: 38, teamRunTeam: 39,
} as const

/** String lists. */
export const STR = { start: 0, end: 1, runIds: 2, teamRunIds: 3, ids: 4 } as const

/** Uint8 buffers. */
export const U8 = { code: 0, zero: 1, adjusted: 2 } as const

/** Named buffers of one run. Each slot keeps the largest buffer asked of it. */
export class Scratch {
  private readonly f64s: Float64Array<ArrayBuffer>[] = []
  private readonly i32s: Int32Array<ArrayBuffer>[] = []
  private readonly u8s: Uint8Array<ArrayBuffer>[] = []
  private readonly strs: string[][] = []

  /**
   * A Float64Array of at least `n` elements (contents unspecified unless `keep`).
   * @param slot - the slot
   * @param n - the length needed
   * @param keep - elements to carry over from the slot's current buffer when it must grow
   * @returns the buffer (possibly longer than `n`)
   */
  f64(slot: number, n: number, keep = 0): Float64Array<ArrayBuffer> {
    return take(this.f64s, slot, n, false, keep, (len) => new Float64Array(len))
  }

  /**
   * An Int32Array of at least `n` elements, zeroed on `[0, n)` when `zero` is set.
   * @param slot - the slot
   * @param n - the length needed
   * @param zero - zero `[0, n)`
   * @param keep - elements to carry over when the buffer must grow
   * @returns the buffer (possibly longer than `n`)
   */
  i32(slot: number, n: number, zero = false, keep = 0): Int32Array<ArrayBuffer> {
    return take(this.i32s, slot, n, zero, keep, (len) => new Int32Array(len))
  }

  /**
   * A list of at least `n` strings (contents unspecified: entries past what a run writes may be
   * left from an earlier run).
   * @param slot - the slot
   * @param n - the length needed
   * @returns the list
   */
  strings(slot: number, n: number): string[] {
    let list = this.strs[slot]
    if (list === undefined) {
      list = []
      this.strs[slot] = list
    }
    if (list.length < n) {
      const from = list.length
      list.length = grown(from, n)
      list.fill('', from)
    }
    return list
  }

  /**
   * A Uint8Array of at least `n` elements, zeroed on `[0, n)` when `zero` is set.
   * @param slot - the slot
   * @param n - the length needed
   * @param zero - zero `[0, n)`
   * @param keep - elements to carry over when the buffer must grow
   * @returns the buffer (possibly longer than `n`)
   */
  u8(slot: number, n: number, zero = false, keep = 0): Uint8Array<ArrayBuffer> {
    return take(this.u8s, slot, n, zero, keep, (len) => new Uint8Array(len))
  }
}

/** The buffer of a slot, grown (by at least half) when shorter than `n`; see {@link Scratch.i32}. */
function take<T extends Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(
  slots: T[], slot: number, n: number, zero: boolean, keep: number, make: (length: number) => T,
): T {
  const old = slots[slot]
  if (old !== undefined && old.length >= n) {
    if (zero) old.fill(0, 0, n)
    return old
  }
  const b = make(grown(old?.length ?? 0, n))
  if (old !== undefined && keep > 0) b.set(old.subarray(0, keep))
  slots[slot] = b
  return b
}

/** A new capacity for a slot of `had` elements that must hold `n`: at least 1.5× growth. */
function grown(had: number, n: number): number {
  return Math.max(16, n, had + (had >> 1))
}

let cached: WeakRef<Scratch> | undefined
let busy = false

/**
 * Runs `fn` with the cached scratch set, or with a fresh one when the cached set is in use (a
 * record iterator that calls back into the library) or was collected.
 * @param fn - the run
 * @returns what `fn` returns
 */
export function withScratch<T>(fn: (s: Scratch) => T): T {
  if (busy) return fn(new Scratch())
  let s = cached?.deref()
  if (s === undefined) {
    s = new Scratch()
    cached = new WeakRef(s)
  }
  busy = true
  try {
    return fn(s)
  } finally {
    busy = false
  }
}
