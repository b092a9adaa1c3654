import type { CriterionType, FlatMatrix, Matrix, RankOrder, TieRule, WeightPolicy } from './types'
import { ranksOf, readRankOptions } from './internal/rankOptions'
import { constantColumnsOf } from './internal/columns'
import { closenessInto, prepareTopsis, vectorClosenessInto, type Prepared } from './internal/scoring'
import { f64, fail, frozenArray, opt, readEnum, readMatrix, readOptions, readTypes, readWeightPolicy, readWeights } from './internal/validate'

/**
 * Options of {@link topsis}.
 * @example
 * const o: TopsisOptions = { weights: [0.5, 0.5], types: ['benefit', 'cost'], normalization: 'minmax' }
 */
export interface TopsisOptions {
  /** One weight per column (non-negative; renormalised unless `weightPolicy` says otherwise). */
  readonly weights: readonly number[]
  /** One direction per column. */
  readonly types: readonly CriterionType[]
  /**
   * `vector` (default; x / ‖x‖₂, classic Hwang & Yoon: cost handled by taking the minimum as ideal) or
   * `minmax` (direction-aware (x − min)/(max − min), as pymcdm). The two give different closeness:
   * pin it. A constant column normalises to 1 (minmax) or x/‖x‖ and never affects the distances.
   * @see notes/evaluation.md §2.3, §3
   */
  readonly normalization?: 'vector' | 'minmax'
  /** What to do with weights that do not sum to 1 (default `renormalize`). */
  readonly weightPolicy?: WeightPolicy
  /** Tie rule for `ranks` (default `competition`). */
  readonly ties?: TieRule
  /** Relative tie tolerance (default 1e-12). */
  readonly tolerance?: number
}

/**
 * The conventions a ranking method used.
 * @example
 * const c: RankingConventions = { weights: [0.5, 0.5], types: ['benefit', 'cost'], normalization: 'vector', weightPolicy: 'renormalize', ties: 'competition', order: 'descending', tolerance: 1e-12 }
 */
export interface RankingConventions {
  /** The weights actually used (normalised to sum 1). */
  readonly weights: readonly number[]
  /** The column directions. */
  readonly types: readonly CriterionType[]
  /** The normalisation. */
  readonly normalization: string
  /** The weight policy. */
  readonly weightPolicy: WeightPolicy
  /** The tie rule of `ranks`. */
  readonly ties: TieRule
  /** Which end ranks first. */
  readonly order: RankOrder
  /** The relative tie tolerance. */
  readonly tolerance: number
}

/**
 * The result of {@link topsis}.
 * @example
 * const r: TopsisResult = topsis([[4, 4], [1, 5]], { weights: [0.5, 0.5], types: ['benefit', 'cost'] })
 * r.ranks //=> [1, 2]
 */
export interface TopsisResult {
  /** Relative closeness C_i = D⁻ / (D⁺ + D⁻), in [0, 1] (1 = the ideal). */
  readonly closeness: readonly number[]
  /** Ranks by closeness (1 = best). */
  readonly ranks: readonly number[]
  /** D⁺: distance to the (weighted) ideal solution. */
  readonly distanceToIdeal: readonly number[]
  /** D⁻: distance to the (weighted) anti-ideal solution. */
  readonly distanceToAntiIdeal: readonly number[]
  /** The weighted ideal solution v⁺ per column. */
  readonly ideal: readonly number[]
  /** The weighted anti-ideal solution v⁻ per column. */
  readonly antiIdeal: readonly number[]
  /** Indices of constant columns (they never change the distances). */
  readonly constantColumns: readonly number[]
  /** The conventions used. */
  readonly conventions: RankingConventions
}

/**
 * TOPSIS (逼近理想解排序法, Hwang & Yoon 1981): closeness of each subject to the ideal solution.
 * Degenerate input — every subject identical on every positively weighted column, so the ideal and the
 * anti-ideal coincide — throws `MCDM_NO_DISCRIMINATION` rather than returning NaN.
 *
 * @param matrix - subjects × indicators (at least 2 subjects); any real values for `vector`
 * @param options - weights, directions, normalisation, weight policy, tie rule
 * @returns closeness, ranks, distances, ideal and anti-ideal, constant columns and the conventions
 * @throws TongxinError `MCDM_NO_DISCRIMINATION` for degenerate input; `MCDM_INVALID_WEIGHTS`,
 *   `MCDM_DIMENSION_MISMATCH`, `MCDM_NOT_FINITE`, `MCDM_TOO_FEW`, `MCDM_INVALID_ARGUMENT` for bad input
 * @see notes/evaluation.md §2.3 (fighter aircraft: C = 0.643, 0.268, 0.613, 0.312 with vector normalisation)
 * @example
 * const r = topsis(
 *   [[2.0, 1500, 20000, 5.5, 5, 9], [2.5, 2700, 18000, 6.5, 3, 5], [1.8, 2000, 21000, 4.5, 7, 7], [2.2, 1800, 20000, 5.0, 5, 5]],
 *   { weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3], types: ['benefit', 'benefit', 'benefit', 'cost', 'benefit', 'benefit'], normalization: 'vector' },
 * )
 * r.closeness.map((c) => c.toFixed(3)) //=> ['0.643', '0.268', '0.613', '0.312']
 * r.ranks                              //=> [1, 4, 2, 3]
 */
export function topsis(matrix: Matrix | FlatMatrix, options: TopsisOptions): TopsisResult {
  const o = readOptions(options)
  const m = readMatrix(matrix, 'matrix', 2, 1)
  const { rows, cols } = m
  const { benefit, types } = readTypes(opt(o, 'types'), cols)
  const weightPolicy = readWeightPolicy(opt(o, 'weightPolicy'))
  const w = readWeights(opt(o, 'weights'), cols, weightPolicy)
  const normalization = readEnum(opt(o, 'normalization'), 'normalization', ['vector', 'minmax'] as const, 'vector')
  const rankConv = readRankOptions({ ...o, order: 'descending' })
  const c = new Float64Array(rows)
  const dp = new Float64Array(rows)
  const dm = new Float64Array(rows)
  let prep: Omit<Prepared, 'r'> | null
  if (normalization === 'vector') prep = vectorClosenessInto(m, benefit, w, c, dp, dm)
  else {
    const full = prepareTopsis(m, benefit, normalization)
    prep = closenessInto(full, w, c, dp, dm) ? full : null
  }
  if (prep === null) return fail('MCDM_NO_DISCRIMINATION')
  return Object.freeze({
    closeness: frozenArray(c),
    ranks: ranksOf(c, rankConv),
    distanceToIdeal: frozenArray(dp),
    distanceToAntiIdeal: frozenArray(dm),
    ideal: frozenArray(prep.best.map((b, j) => b * f64(w, j))),
    antiIdeal: frozenArray(prep.worst.map((b, j) => b * f64(w, j))),
    constantColumns: constantColumnsOf(prep.min, prep.max),
    conventions: Object.freeze({ weights: frozenArray(w), types, normalization, weightPolicy, ...rankConv }),
  })
}
