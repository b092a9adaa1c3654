// A thin seeded random source over pure-rand's xoroshiro128+ (mutable in pure-rand 8).
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus'
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator'

const TWO_32 = 4_294_967_296

function el<T>(a: ArrayLike<T>, i: number): T {
  return a[i] as T
}

/** Seeded random draws used by the generator. Never `Math.random`. */
export class Rng {
  private readonly g: RandomGenerator

  /**
   * @param seed - any safe integer; the high bits take part too, so distinct seeds give distinct streams
   */
  constructor(seed: number) {
    const lo = seed | 0
    const hi = Math.floor(seed / TWO_32) | 0
    // Same state as `xoroshiro128plus(seed)` for 32-bit seeds; never all zero.
    this.g = xoroshiro128plusFromState([~hi, ~lo, lo, hi])
    for (let i = 0; i < 16; i++) this.g.next() // decorrelate small neighbouring seeds
  }

  /** An integer in [from, to], both included. */
  int(from: number, to: number): number {
    return uniformInt(this.g, from, to)
  }

  /** True with probability `percent` / 100 (integer percent, or a fraction of it). */
  chance(percent: number): boolean {
    return uniformInt(this.g, 0, 9_999) < percent * 100
  }

  /** A float in [0, 1). */
  float(): number {
    return (this.g.next() >>> 0) / TWO_32
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return el(list, uniformInt(this.g, 0, list.length - 1))
  }

  /**
   * An index drawn from cumulative integer weights `cum` (cum[i] = Σ weights[0..i]), restricted to
   * the indices from `fromIndex` on. Returns -1 when the remaining weight is zero.
   */
  weighted(cum: ArrayLike<number>, fromIndex = 0): number {
    const n = cum.length
    if (n === 0 || fromIndex >= n) return -1
    const base = fromIndex === 0 ? 0 : el(cum, fromIndex - 1)
    const total = el(cum, n - 1) - base
    if (total <= 0) return -1
    const r = base + uniformInt(this.g, 0, total - 1)
    let lo = fromIndex
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (el(cum, mid) > r) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}
