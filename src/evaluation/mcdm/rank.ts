import type { RankOrder, TieRule } from './types'
import { readRankOptions, rankVector } from './internal/rankOptions'
import { readOptions, readVector } from './internal/validate'

/**
 * The default relative tolerance under which two values tie.
 * @example
 * rank([0.5, 0.5 + DEFAULT_TIE_TOLERANCE / 2]).ranks //=> [1, 1]
 */
export const DEFAULT_TIE_TOLERANCE = 1e-12

/**
 * Options of {@link rank}.
 * @example
 * const o: RankOptions = { ties: 'dense', order: 'ascending' }
 */
export interface RankOptions {
  /** Tie rule: `competition` (1-2-2-4, default) or `dense` (1-2-2-3). */
  readonly ties?: TieRule
  /** `descending` (largest is rank 1, default) or `ascending` (smallest is rank 1). */
  readonly order?: RankOrder
  /**
   * Two values tie when |a − b| ≤ tolerance · max(1, |a|, |b|) (default 1e-12, so that sums
   * computed in another order still tie). 0 means exact equality.
   */
  readonly tolerance?: number
}

/**
 * The conventions a ranking used.
 * @example
 * const c: RankConventions = { ties: 'competition', order: 'descending', tolerance: 1e-12 }
 */
export interface RankConventions {
  /** The tie rule applied. */
  readonly ties: TieRule
  /** Which end ranks first. */
  readonly order: RankOrder
  /** The relative tie tolerance. */
  readonly tolerance: number
}

/**
 * The result of {@link rank}.
 * @example
 * rank([0.3, 0.9, 0.3]).ranks //=> [2, 1, 2]
 */
export interface RankResult {
  /** The rank of each value, in input order (1 = best). */
  readonly ranks: readonly number[]
  /** Indices of the values from best to worst (ties by index). */
  readonly order: readonly number[]
  /** The conventions used. */
  readonly conventions: RankConventions
}

/**
 * Ranks values with an explicit tie rule (名次): competition ranking 1-2-2-4 or dense 1-2-2-3.
 * Deterministic: tied values keep their input order in `order`.
 *
 * @param values - finite numbers
 * @param options - tie rule, order and tie tolerance
 * @returns ranks in input order, the best-first order, and the conventions used
 * @throws TongxinError `MCDM_INVALID_ARGUMENT`, `MCDM_NOT_FINITE` or `MCDM_TOO_FEW` for bad input
 * @example
 * rank([10, 20, 20, 5]).ranks                     //=> [3, 1, 1, 4]
 * rank([10, 20, 20, 5], { ties: 'dense' }).ranks  //=> [2, 1, 1, 3]
 * rank([0.2, 0.1], { order: 'ascending' }).ranks  //=> [2, 1]
 */
export function rank(values: readonly number[], options?: RankOptions): RankResult {
  const o = readOptions(options)
  const v = readVector(values, 'values', undefined, 0)
  const conventions = readRankOptions(o)
  const r = rankVector(v, conventions)
  return Object.freeze({ ranks: r.ranks, order: r.order, conventions })
}
