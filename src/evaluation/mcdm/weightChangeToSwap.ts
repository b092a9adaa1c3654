import type { CriterionType, FlatMatrix, Matrix, ScoringMethod, WeightPolicy } from './types'
import { readScorer } from './internal/method'
import { tiesWith } from './internal/ranking'
import { reweight } from './internal/reweight'
import { f64, fail, frozenArray, invalid, opt, readMatrix, readNumber, readOptions, readTypes, readWeightPolicy, readWeights } from './internal/validate'

/**
 * Options of {@link weightChangeToSwap}.
 * @example
 * const o: WeightChangeToSwapOptions = { weights: [0.5, 0.5], types: ['benefit', 'cost'], subjects: [0, 3] }
 */
export interface WeightChangeToSwapOptions {
  /** The base weights. */
  readonly weights: readonly number[]
  /** One direction per column. */
  readonly types: readonly CriterionType[]
  /** The two subjects (row indices) whose order is examined. */
  readonly subjects: readonly [number, number]
  /** `topsis` (default) or `weighted-sum`. */
  readonly method?: ScoringMethod
  /** Normalisation of the method (TOPSIS: `vector` default or `minmax`; weighted sum: `minmax` default, `max` or `none`). */
  readonly normalization?: 'vector' | 'minmax' | 'max' | 'none'
  /** Grid steps over [0, 1] used to bracket the first crossing before bisection (default 1000). */
  readonly resolution?: number
  /** What to do with weights that do not sum to 1 (default `renormalize`). */
  readonly weightPolicy?: WeightPolicy
  /** Relative tolerance under which the two scores count as tied (default 1e-12). */
  readonly tolerance?: number
}

/**
 * The weight of one criterion at which two subjects swap.
 * @example
 * const c: SwapPoint = { criterion: 1, weight: 0.62, change: 0.12 }
 */
export interface SwapPoint {
  /** The column index. */
  readonly criterion: number
  /** The criterion's weight at which the two scores are equal (others rescaled proportionally), or null if no weight in [0, 1] swaps them. */
  readonly weight: number | null
  /** weight − base weight (signed), or null. */
  readonly change: number | null
}

/**
 * The result of {@link weightChangeToSwap}.
 * @example
 * const r: WeightChangeToSwapResult = weightChangeToSwap([[0.9, 0.1], [0.5, 0.6]], { weights: [0.5, 0.5], types: ['benefit', 'benefit'], subjects: [0, 1], method: 'weighted-sum', normalization: 'none' })
 * r.leader //=> 1
 */
export interface WeightChangeToSwapResult {
  /** The two subjects. */
  readonly subjects: readonly [number, number]
  /** Base scores of the two subjects. */
  readonly scores: readonly [number, number]
  /** The subject ahead with the base weights, or null when they are tied (then every change is 0). */
  readonly leader: number | null
  /** Per criterion, the swap point. */
  readonly byCriterion: readonly SwapPoint[]
  /** The swap point with the smallest |change|, or null when no single weight can swap them. */
  readonly smallest: SwapPoint | null
  /** The conventions used. */
  readonly conventions: {
    /** The scoring method. */
    readonly method: ScoringMethod
    /** Its normalisation. */
    readonly normalization: string
    /** The base weights (normalised). */
    readonly weights: readonly number[]
    /** The column directions. */
    readonly types: readonly CriterionType[]
    /** Always `proportional`. */
    readonly renormalization: 'proportional'
    /** The grid resolution. */
    readonly resolution: number
    /** The relative tie tolerance. */
    readonly tolerance: number
  }
}

/**
 * The smallest change of a single weight that makes two subjects swap places (最小权重变化): for each
 * criterion k, the weight w_k at which their scores become equal, the other weights rescaled
 * proportionally; the nearest crossing in either direction is found on a grid and refined by bisection.
 *
 * @param matrix - subjects × indicators (at least 2 subjects)
 * @param options - weights, directions, the two subjects, method, normalisation, resolution
 * @returns the base scores, the leader, the swap point per criterion and the smallest one, and the conventions
 * @throws TongxinError `MCDM_SAME_SUBJECT` when both subjects are the same; `MCDM_NO_DISCRIMINATION` when the
 *   base problem cannot rank; the validation errors of {@link topsis} / {@link weightedSum}
 * @see notes/evaluation.md §6 item 8 (the weight change needed to swap two ranks)
 * @example
 * const r = weightChangeToSwap([[0.9, 0.1], [0.5, 0.6]], {
 *   weights: [0.5, 0.5], types: ['benefit', 'benefit'], subjects: [0, 1], method: 'weighted-sum', normalization: 'none',
 * })
 * r.leader                                 //=> 1 (0.55 against 0.5)
 * r.byCriterion[0]?.weight?.toFixed(4)     //=> '0.5556' (raise weight 0 from 0.5 to 5/9 and they tie)
 * Math.abs(r.smallest?.change ?? 0).toFixed(4) //=> '0.0556'
 */
export function weightChangeToSwap(matrix: Matrix | FlatMatrix, options: WeightChangeToSwapOptions): WeightChangeToSwapResult {
  const o = readOptions(options)
  const m = readMatrix(matrix, 'matrix', 2, 1)
  const { rows, cols } = m
  const { benefit, types } = readTypes(opt(o, 'types'), cols)
  const weightPolicy = readWeightPolicy(opt(o, 'weightPolicy'))
  const w = readWeights(opt(o, 'weights'), cols, weightPolicy)
  const scorer = readScorer(o, benefit)
  const resolution = readNumber(opt(o, 'resolution'), 'resolution', { min: 2, max: 1_000_000, integer: true, fallback: 1000 })
  const tolerance = readNumber(opt(o, 'tolerance'), 'tolerance', { min: 0, max: 1, fallback: 1e-12 })
  const pair = opt(o, 'subjects')
  if (!Array.isArray(pair) || pair.length !== 2) return invalid('subjects', 'two row indices [a, b]')
  const a = readNumber(pair[0], 'subjects[0]', { min: 0, max: rows - 1, integer: true })
  const b = readNumber(pair[1], 'subjects[1]', { min: 0, max: rows - 1, integer: true })
  if (a === b) fail('MCDM_SAME_SUBJECT', { a, b })
  const prep = scorer.prepare(m)
  const scores = new Float64Array(rows)
  if (!scorer.score(prep, w, scores)) fail('MCDM_NO_DISCRIMINATION')
  const sa = f64(scores, a)
  const sb = f64(scores, b)
  const tied = tiesWith(sa, sb, tolerance)
  const leader = tied ? null : sa > sb ? a : b
  const sign0 = Math.sign(sa - sb)
  const wt = new Float64Array(cols)
  // Only rows a and b matter: the normalised ideal and anti-ideal do not move when non-negative weights change.
  const diff = (k: number, t: number): number => {
    reweight(w, k, t, wt)
    const x = scorer.scoreRow(prep, wt, a)
    const y = scorer.scoreRow(prep, wt, b)
    if (x === null || y === null) return 0
    return tiesWith(x, y, tolerance) ? 0 : x - y
  }
  const byCriterion: SwapPoint[] = []
  for (let k = 0; k < cols; k++) {
    const wk = f64(w, k)
    if (tied) {
      byCriterion.push(Object.freeze({ criterion: k, weight: wk, change: 0 }))
      continue
    }
    let best: number | null = null
    for (const dir of [1, -1]) {
      let prevT = wk
      for (let s = 1; s <= resolution; s++) {
        const t = Math.min(1, Math.max(0, wk + (dir * s) / resolution))
        const d = diff(k, t)
        if (d === 0 || Math.sign(d) !== sign0) {
          let lo = prevT
          let hi = t
          if (d !== 0) {
            for (let it = 0; it < 100; it++) {
              const mid = (lo + hi) / 2
              if (mid === lo || mid === hi) break
              const dm = diff(k, mid)
              if (dm !== 0 && Math.sign(dm) === sign0) lo = mid
              else hi = mid
            }
          }
          if (best === null || Math.abs(hi - wk) < Math.abs(best - wk)) best = hi
          break
        }
        prevT = t
        if (t === 0 || t === 1) break
      }
    }
    byCriterion.push(Object.freeze({ criterion: k, weight: best, change: best === null ? null : best - wk }))
  }
  let smallest: SwapPoint | null = null
  for (const p of byCriterion) {
    if (p.change === null) continue
    if (smallest?.change == null || Math.abs(p.change) < Math.abs(smallest.change)) smallest = p
  }
  return Object.freeze({
    subjects: Object.freeze([a, b] as const),
    scores: Object.freeze([sa, sb] as const),
    leader,
    byCriterion: Object.freeze(byCriterion),
    smallest,
    conventions: Object.freeze({
      method: scorer.method,
      normalization: scorer.normalization,
      weights: frozenArray(w),
      types,
      renormalization: 'proportional' as const,
      resolution,
      tolerance,
    }),
  })
}
