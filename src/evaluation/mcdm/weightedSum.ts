import type { RankingConventions } from './topsis'
import type { CriterionType, FlatMatrix, Matrix, TieRule, WeightPolicy } from './types'
import { ranksOf, readRankOptions } from './internal/rankOptions'
import { constantColumnsOf } from './internal/columns'
import { prepareSum, weightedSumInto } from './internal/scoring'
import { frozenArray, opt, readEnum, readMatrix, readOptions, readTypes, readWeightPolicy, readWeights } from './internal/validate'

/**
 * Options of {@link weightedSum}.
 * @example
 * const o: WeightedSumOptions = { weights: [0.6, 0.4], types: ['benefit', 'cost'], normalization: 'minmax' }
 */
export interface WeightedSumOptions {
  /** One weight per column (non-negative; renormalised unless `weightPolicy` says otherwise). */
  readonly weights: readonly number[]
  /** One direction per column. */
  readonly types: readonly CriterionType[]
  /**
   * `minmax` (default; direction-aware (x − min)/(max − min)), `max` (benefit x / max, cost min / x) or
   * `none` (values already on a common scale, e.g. rubric scores; every column must be benefit).
   * `minmax` and `max` are cohort-relative: adding a subject can change everyone's score.
   * @see notes/evaluation.md §3
   */
  readonly normalization?: 'none' | 'minmax' | 'max'
  /** Under `minmax`, the value of a constant column: `one` (default, "everyone met it", as pymcdm) or `zero`. */
  readonly constantColumn?: 'one' | 'zero'
  /** What to do with weights that do not sum to 1 (default `renormalize`). */
  readonly weightPolicy?: WeightPolicy
  /** Tie rule for `ranks` (default `competition`). */
  readonly ties?: TieRule
  /** Relative tie tolerance (default 1e-12). */
  readonly tolerance?: number
}

/**
 * The result of {@link weightedSum}.
 * @example
 * const r: WeightedSumResult = weightedSum([[1, 2], [3, 1]], { weights: [0.5, 0.5], types: ['benefit', 'cost'] })
 * r.ranks //=> [2, 1]
 */
export interface WeightedSumResult {
  /** Σ_j w_j · r_ij per subject (in [0, 1] under `minmax` and `max`). */
  readonly scores: readonly number[]
  /** Ranks by score (1 = best). */
  readonly ranks: readonly number[]
  /** Indices of constant columns. */
  readonly constantColumns: readonly number[]
  /** The conventions used (plus the constant-column value). */
  readonly conventions: RankingConventions & {
    /** The value a constant column normalised to under `minmax`. */
    readonly constantColumn: 'one' | 'zero'
  }
}

/**
 * Weighted sum (加权求和, SAW/WSM): normalise each column, multiply by its weight, add up.
 *
 * @param matrix - subjects × indicators (at least 1 subject)
 * @param options - weights, directions, normalisation, constant-column value, weight policy, tie rule
 * @returns scores, ranks, constant columns and the conventions
 * @throws TongxinError `MCDM_INVALID_WEIGHTS`, `MCDM_DIMENSION_MISMATCH`, `MCDM_NOT_FINITE`, `MCDM_TOO_FEW`,
 *   `MCDM_INVALID_ARGUMENT` (also for a cost column under `none`), `MCDM_NEGATIVE_VALUE` / `MCDM_NOT_POSITIVE` under `max`
 * @example
 * const r = weightedSum([[80, 3], [90, 5], [70, 1]], { weights: [0.7, 0.3], types: ['benefit', 'cost'] })
 * r.scores //=> [0.5, 0.7, 0.3] (to rounding)
 * r.ranks  //=> [2, 1, 3]
 */
export function weightedSum(matrix: Matrix | FlatMatrix, options: WeightedSumOptions): WeightedSumResult {
  const o = readOptions(options)
  const m = readMatrix(matrix, 'matrix', 1, 1)
  const { benefit, types } = readTypes(opt(o, 'types'), m.cols)
  const weightPolicy = readWeightPolicy(opt(o, 'weightPolicy'))
  const w = readWeights(opt(o, 'weights'), m.cols, weightPolicy)
  const normalization = readEnum(opt(o, 'normalization'), 'normalization', ['none', 'minmax', 'max'] as const, 'minmax')
  const constantColumn = readEnum(opt(o, 'constantColumn'), 'constantColumn', ['one', 'zero'] as const, 'one')
  const rankConv = readRankOptions({ ...o, order: 'descending' })
  const prep = prepareSum(m, benefit, normalization, constantColumn === 'one' ? 1 : 0)
  const s = new Float64Array(m.rows)
  weightedSumInto(prep, w, s)
  return Object.freeze({
    scores: frozenArray(s),
    ranks: ranksOf(s, rankConv),
    constantColumns: constantColumnsOf(prep.min, prep.max),
    conventions: Object.freeze({ weights: frozenArray(w), types, normalization, weightPolicy, ...rankConv, constantColumn }),
  })
}
