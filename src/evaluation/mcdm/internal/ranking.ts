import { f64, i32, u32 } from './validate'

/** Whether b ties with the group value a under a relative-or-absolute tolerance. */
export function tiesWith(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b))
}

/**
 * Ranks `values` into `out` (1 = best). Ties: values within `tolerance` of the first value of their
 * group (in sorted order) share a rank. Sorting is stable by index, so results are deterministic.
 */
export function rankInto(
  values: Float64Array,
  descending: boolean,
  dense: boolean,
  tolerance: number,
  out: Int32Array,
  order: Uint32Array,
): void {
  const n = values.length
  for (let i = 0; i < n; i++) order[i] = i
  const sign = descending ? -1 : 1
  order.sort((a, b) => {
    const d = sign * (f64(values, a) - f64(values, b))
    return d !== 0 ? d : a - b
  })
  let groupValue = 0
  let groupRank = 0
  let distinct = 0
  for (let k = 0; k < n; k++) {
    const idx = u32(order, k)
    const v = f64(values, idx)
    if (k === 0 || !tiesWith(groupValue, v, tolerance)) {
      groupValue = v
      distinct++
      groupRank = dense ? distinct : k + 1
    }
    out[idx] = groupRank
  }
}

/** Scratch buffers for {@link fastRanksInto}. */
export interface RankScratch {
  readonly sorted: Float64Array
  readonly groupRank: Int32Array
}

/** Allocates scratch buffers for ranking m values. */
export function rankScratch(m: number): RankScratch {
  return { sorted: new Float64Array(m), groupRank: new Int32Array(m) }
}

/**
 * Same ranks as {@link rankInto}, without the index order, for hot loops: a native numeric sort of a
 * copy, tie groups along the sorted values, then a binary search per value (identical values always
 * share a group).
 */
export function fastRanksInto(values: Float64Array, descending: boolean, dense: boolean, tolerance: number, out: Int32Array, scratch: RankScratch): void {
  const { sorted, groupRank } = scratch
  const n = values.length
  sorted.set(values)
  sorted.sort()
  let groupValue = 0
  let rank = 0
  let distinct = 0
  for (let k = 0; k < n; k++) {
    const v = f64(sorted, descending ? n - 1 - k : k)
    if (k === 0 || !tiesWith(groupValue, v, tolerance)) {
      groupValue = v
      distinct++
      rank = dense ? distinct : k + 1
    }
    groupRank[k] = rank
  }
  for (let i = 0; i < n; i++) {
    const v = f64(values, i)
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (f64(sorted, mid) < v) lo = mid + 1
      else hi = mid
    }
    out[i] = i32(groupRank, descending ? n - 1 - lo : lo)
  }
}
