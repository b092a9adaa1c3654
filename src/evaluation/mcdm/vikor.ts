import type { RankingConventions } from './topsis'
import type { CriterionType, FlatMatrix, Matrix, TieRule, WeightPolicy } from './types'
import { ranksOf, readRankOptions, rankVector } from './internal/rankOptions'
import { columnRange, constantColumnsOf } from './internal/columns'
import { tiesWith } from './internal/ranking'
import { at, f64, frozenArray, opt, readMatrix, readNumber, readOptions, readTypes, readWeightPolicy, readWeights } from './internal/validate'

/**
 * Options of {@link vikor}.
 * @example
 * const o: VikorOptions = { weights: [0.5, 0.5], types: ['benefit', 'cost'], v: 0.5 }
 */
export interface VikorOptions {
  /** One weight per column (non-negative; renormalised unless `weightPolicy` says otherwise). */
  readonly weights: readonly number[]
  /** One direction per column. */
  readonly types: readonly CriterionType[]
  /** Weight of the strategy of "the majority of criteria" (group utility S) against individual regret R, in [0, 1] (default 0.5). */
  readonly v?: number
  /** What to do with weights that do not sum to 1 (default `renormalize`). */
  readonly weightPolicy?: WeightPolicy
  /** Tie rule for the ranks (default `competition`). */
  readonly ties?: TieRule
  /** Relative tie tolerance (default 1e-12). */
  readonly tolerance?: number
}

/**
 * The result of {@link vikor}. Smaller S, R and Q are better.
 * @example
 * const r: VikorResult = vikor([[1, 2], [2, 1], [3, 3]], { weights: [0.5, 0.5], types: ['benefit', 'benefit'] })
 * r.compromise //=> [2]
 */
export interface VikorResult {
  /** Group utility S_i = Σ_j w_j (f*_j − f_ij) / (f*_j − f⁻_j). */
  readonly s: readonly number[]
  /** Individual regret R_i = max_j w_j (f*_j − f_ij) / (f*_j − f⁻_j). */
  readonly r: readonly number[]
  /** Q_i = v (S_i − S*) / (S⁻ − S*) + (1 − v) (R_i − R*) / (R⁻ − R*); a term whose range is 0 counts as 0. */
  readonly q: readonly number[]
  /** Ranks by Q, ascending (1 = best). */
  readonly ranks: readonly number[]
  /** Ranks by S, ascending. */
  readonly ranksS: readonly number[]
  /** Ranks by R, ascending. */
  readonly ranksR: readonly number[]
  /** The compromise solution(s): subject indices in Q order. One subject when C1 and C2 hold. */
  readonly compromise: readonly number[]
  /** C1 "acceptable advantage": Q(a″) − Q(a′) ≥ DQ. */
  readonly acceptableAdvantage: boolean
  /** C2 "acceptable stability": the best by Q is also best by S or by R. */
  readonly acceptableStability: boolean
  /** DQ = 1 / (m − 1). */
  readonly dq: number
  /** Indices of constant columns (they contribute 0 to S and R). */
  readonly constantColumns: readonly number[]
  /** The conventions used (plus v and the degenerate-range rule). */
  readonly conventions: RankingConventions & {
    /** v. */
    readonly v: number
    /** Always `zero-term`: a constant column, S⁻ = S* or R⁻ = R* contributes 0 instead of 0/0. */
    readonly degenerateRange: 'zero-term'
  }
}

/**
 * VIKOR (多准则妥协解排序法, Opricovic & Tzeng 2004) with the C1/C2 acceptance conditions.
 * Degenerate ranges never produce NaN: a constant column contributes 0 to S and R (pymcdm raises),
 * and when S⁻ = S* (or R⁻ = R*) that term of Q is 0 (pyrepo-mcda #1 returns NaN).
 *
 * @param matrix - subjects × indicators (at least 2 subjects)
 * @param options - weights, directions, v, weight policy, tie rule
 * @returns S, R, Q, ranks, the compromise set, C1, C2, DQ, constant columns and the conventions
 * @throws TongxinError `MCDM_INVALID_WEIGHTS`, `MCDM_DIMENSION_MISMATCH`, `MCDM_NOT_FINITE`, `MCDM_TOO_FEW`,
 *   `MCDM_INVALID_ARGUMENT` for bad input
 * @see notes/evaluation.md §2.4
 * @example
 * const r = vikor([[4, 4], [1, 5], [3, 2], [4, 2]], { weights: [0.5, 0.5], types: ['benefit', 'cost'], v: 0.5 })
 * r.ranks      //=> [3, 4, 2, 1]
 * r.compromise //=> [3, 2] (C1 fails: Q of the runner-up is within DQ)
 */
export function vikor(matrix: Matrix | FlatMatrix, options: VikorOptions): VikorResult {
  const o = readOptions(options)
  const m = readMatrix(matrix, 'matrix', 2, 1)
  const { rows, cols, data } = m
  const { benefit, types } = readTypes(opt(o, 'types'), cols)
  const weightPolicy = readWeightPolicy(opt(o, 'weightPolicy'))
  const w = readWeights(opt(o, 'weights'), cols, weightPolicy)
  const v = readNumber(opt(o, 'v'), 'v', { min: 0, max: 1, fallback: 0.5 })
  const rankConv = readRankOptions({ ...o, order: 'ascending' })
  const { min, max } = columnRange(m)
  const s = new Float64Array(rows)
  const r = new Float64Array(rows)
  for (let j = 0; j < cols; j++) {
    const hi = f64(max, j)
    const lo = f64(min, j)
    if (hi === lo) continue
    const best = benefit[j] === 1 ? hi : lo
    // (best − x) / (best − worst) = |best − x| / (hi − lo); halves avoid overflow of hi − lo.
    const halfSpan = hi / 2 - lo / 2
    const wj = f64(w, j)
    for (let i = 0; i < rows; i++) {
      const x = f64(data, i * cols + j)
      const term = wj * Math.min(1, Math.abs(best / 2 - x / 2) / halfSpan)
      s[i] = f64(s, i) + term
      if (term > f64(r, i)) r[i] = term
    }
  }
  let sBest = Infinity
  let sWorst = -Infinity
  let rBest = Infinity
  let rWorst = -Infinity
  for (let i = 0; i < rows; i++) {
    sBest = Math.min(sBest, f64(s, i))
    sWorst = Math.max(sWorst, f64(s, i))
    rBest = Math.min(rBest, f64(r, i))
    rWorst = Math.max(rWorst, f64(r, i))
  }
  const q = new Float64Array(rows)
  for (let i = 0; i < rows; i++) {
    const qs = sWorst > sBest ? (f64(s, i) - sBest) / (sWorst - sBest) : 0
    const qr = rWorst > rBest ? (f64(r, i) - rBest) / (rWorst - rBest) : 0
    q[i] = v * qs + (1 - v) * qr
  }
  const byQ = rankVector(q, rankConv)
  const ranksS = ranksOf(s, rankConv)
  const ranksR = ranksOf(r, rankConv)
  const dq = 1 / (rows - 1)
  const first = at(byQ.order, 0)
  const second = at(byQ.order, 1)
  const q1 = f64(q, first)
  const advantage = f64(q, second) - q1 >= dq || tiesWith(f64(q, second) - q1, dq, rankConv.tolerance)
  const stability = ranksS[first] === 1 || ranksR[first] === 1
  let compromise: number[]
  if (advantage && stability) compromise = [first]
  else if (advantage) compromise = [first, second]
  else {
    compromise = []
    for (const i of byQ.order) {
      if (f64(q, i) - q1 < dq && !tiesWith(f64(q, i) - q1, dq, rankConv.tolerance)) compromise.push(i)
    }
  }
  return Object.freeze({
    s: frozenArray(s),
    r: frozenArray(r),
    q: frozenArray(q),
    ranks: byQ.ranks,
    ranksS,
    ranksR,
    compromise: Object.freeze(compromise),
    acceptableAdvantage: advantage,
    acceptableStability: stability,
    dq,
    constantColumns: constantColumnsOf(min, max),
    conventions: Object.freeze({
      weights: frozenArray(w),
      types,
      normalization: 'linear-range',
      weightPolicy,
      ...rankConv,
      v,
      degenerateRange: 'zero-term' as const,
    }),
  })
}
