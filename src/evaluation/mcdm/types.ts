/**
 * A decision matrix: one row per subject (alternative, 评价对象), one column per indicator
 * (criterion, 指标). Rows must all have the same length; every entry a finite number.
 * Every ranking and weighting function also accepts a {@link FlatMatrix}.
 * @example
 * const m: Matrix = [[2.0, 1500], [2.5, 2700]]
 */
export type Matrix = readonly (readonly number[])[]

/**
 * A decision matrix stored flat, row-major, in one Float64Array: subject i, indicator j at
 * `values[i · columns + j]`; rows = `values.length / columns` (which must be a whole number).
 * No row arrays to build or check, so big matrices (10,000 × 60) go in without copying rows;
 * `scoreSubjects(…).matrix()` returns one. Every entry must be finite; the input is read, never
 * changed. Other properties (`rows`, `rowIds` …) are ignored.
 * @example
 * const m: FlatMatrix = { values: Float64Array.of(2.0, 1500, 2.5, 2700), columns: 2 }
 */
export interface FlatMatrix {
  /** The entries, row-major. */
  readonly values: Float64Array
  /** The number of columns (indicators), ≥ 1. */
  readonly columns: number
}

/**
 * The direction of an indicator: `benefit` (极大型/正向, more is better) or `cost` (极小型/负向, less is better).
 * @example
 * const types: CriterionType[] = ['benefit', 'cost']
 */
export type CriterionType = 'benefit' | 'cost'

/**
 * How tied values share ranks: `competition` (1-2-2-4, "standard competition ranking") or
 * `dense` (1-2-2-3).
 * @example
 * const t: TieRule = 'competition'
 */
export type TieRule = 'competition' | 'dense'

/**
 * Which end ranks first: `descending` (the largest value is rank 1, e.g. scores, TOPSIS closeness)
 * or `ascending` (the smallest is rank 1, e.g. VIKOR Q).
 * @example
 * const o: RankOrder = 'descending'
 */
export type RankOrder = 'descending' | 'ascending'

/**
 * What happens to weights that do not sum to 1: `renormalize` (divide by their sum, the default)
 * or `require-unit-sum` (reject a sum farther than 1e-6 from 1).
 * @example
 * const p: WeightPolicy = 'require-unit-sum'
 */
export type WeightPolicy = 'renormalize' | 'require-unit-sum'

/**
 * A ranking method whose scores the stability tools perturb: the weighted sum or TOPSIS.
 * @example
 * const m: ScoringMethod = 'topsis'
 */
export type ScoringMethod = 'weighted-sum' | 'topsis'
