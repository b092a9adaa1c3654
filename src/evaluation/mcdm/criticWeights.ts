import type { CriterionType, FlatMatrix, Matrix } from './types'
import { columnRange, constantColumnsOf, minMaxNormalise } from './internal/columns'
import { f64, fail, frozenArray, opt, readEnum, readMatrix, readOptions, readTypes } from './internal/validate'

/**
 * Options of {@link criticWeights}.
 * @example
 * const o: CriticOptions = { types: ['benefit', 'cost', 'benefit'] }
 */
export interface CriticOptions {
  /**
   * Direction of each column for the min-max step (default: all benefit, which is what published CRITIC
   * examples and pymcdm do). Declaring a column as cost flips its correlations with the others.
   * @see notes/evaluation.md §2.6
   */
  readonly types?: readonly CriterionType[]
  /** `minmax` (default): normalise each column first; `none`: use the raw values. */
  readonly normalization?: 'minmax' | 'none'
}

/**
 * The result of {@link criticWeights}.
 * @example
 * const r: CriticResult = criticWeights([[1, 5], [2, 3], [4, 4]])
 * r.weights.length //=> 2
 */
export interface CriticResult {
  /** Weights C_j / Σ C (non-negative, summing to 1). */
  readonly weights: readonly number[]
  /** Standard deviation σ_j of each (normalised) column (population; the factor cancels). */
  readonly std: readonly number[]
  /** Information content C_j = σ_j · Σ_k (1 − r_jk). */
  readonly information: readonly number[]
  /** The Pearson correlation matrix r_jk (0 against a constant column; 1 on the diagonal). */
  readonly correlation: readonly (readonly number[])[]
  /** Indices of constant columns (weight 0). */
  readonly constantColumns: readonly number[]
  /** The conventions used. */
  readonly conventions: {
    /** Column directions used for the min-max step. */
    readonly types: readonly CriterionType[]
    /** `minmax` or `none`. */
    readonly normalization: 'minmax' | 'none'
    /** Always `population`. */
    readonly std: 'population'
    /** Always 0: the correlation assumed between a constant column and any other. */
    readonly constantCorrelation: 0
  }
}

/**
 * CRITIC weights (Criteria Importance Through Intercriteria Correlation, Diakoulaki 1995):
 * C_j = σ_j · Σ_k (1 − r_jk), w = C / Σ C. An indicator weighs more when it varies more and
 * disagrees with the others. A constant column has σ = 0 and weight 0; its correlation with others is taken as 0.
 *
 * @param matrix - subjects × indicators, at least 2 subjects
 * @param options - directions and normalisation
 * @returns weights, standard deviations, information, correlations, constant columns and the conventions
 * @throws TongxinError `MCDM_ALL_CONSTANT` when every column is constant; `MCDM_CRITIC_DEGENERATE` when every
 *   C_j is 0 (e.g. two perfectly correlated columns); `MCDM_TOO_FEW`, `MCDM_NOT_FINITE`, `MCDM_INVALID_ARGUMENT`
 * @see notes/evaluation.md §2.6
 * @example
 * const r = criticWeights([[1, 5, 3], [2, 3, 3.5], [4, 4, 1], [3, 1, 2]])
 * r.weights.reduce((a, b) => a + b, 0) //=> 1 (to rounding)
 */
export function criticWeights(matrix: Matrix | FlatMatrix, options?: CriticOptions): CriticResult {
  const o = readOptions(options)
  const m = readMatrix(matrix, 'matrix', 2, 1)
  const { rows, cols } = m
  const typesOpt = opt(o, 'types')
  const { benefit, types } = typesOpt === undefined ? readTypes(new Array<CriterionType>(cols).fill('benefit'), cols) : readTypes(typesOpt, cols)
  const normalization = readEnum(opt(o, 'normalization'), 'normalization', ['minmax', 'none'] as const, 'minmax')
  const { min, max } = columnRange(m)
  const constantColumns = constantColumnsOf(min, max)
  if (constantColumns.length === cols) fail('MCDM_ALL_CONSTANT')
  // Under `none`, σ stays on each column's raw scale (so units matter); directions are then ignored.
  const x = normalization === 'minmax' ? minMaxNormalise(m, benefit, 1, min, max) : m.data
  const mean = new Float64Array(cols)
  const std = new Float64Array(cols)
  for (let j = 0; j < cols; j++) {
    let s = 0
    for (let i = 0; i < rows; i++) s += f64(x, i * cols + j)
    const mu = s / rows
    mean[j] = mu
    let v = 0
    for (let i = 0; i < rows; i++) {
      const d = f64(x, i * cols + j) - mu
      v += d * d
    }
    std[j] = min[j] === max[j] ? 0 : Math.sqrt(v / rows)
  }
  const corr = new Float64Array(cols * cols)
  for (let j = 0; j < cols; j++) {
    corr[j * cols + j] = 1
    for (let k = j + 1; k < cols; k++) {
      let r = 0
      const sj = f64(std, j)
      const sk = f64(std, k)
      if (sj > 0 && sk > 0) {
        let c = 0
        for (let i = 0; i < rows; i++) c += (f64(x, i * cols + j) - f64(mean, j)) * (f64(x, i * cols + k) - f64(mean, k))
        r = Math.max(-1, Math.min(1, c / rows / (sj * sk)))
        if (!Number.isFinite(r)) r = 0
      }
      corr[j * cols + k] = r
      corr[k * cols + j] = r
    }
  }
  const info = new Float64Array(cols)
  let total = 0
  for (let j = 0; j < cols; j++) {
    let s = 0
    for (let k = 0; k < cols; k++) s += 1 - f64(corr, j * cols + k)
    const c = f64(std, j) * s
    info[j] = Number.isFinite(c) ? c : 0
    total += f64(info, j)
  }
  if (!(total > 0) || !Number.isFinite(total)) fail('MCDM_CRITIC_DEGENERATE')
  const rowsOut: (readonly number[])[] = []
  for (let j = 0; j < cols; j++) rowsOut.push(frozenArray(corr.subarray(j * cols, (j + 1) * cols)))
  return Object.freeze({
    weights: frozenArray(info.map((c) => c / total)),
    std: frozenArray(std),
    information: frozenArray(info),
    correlation: Object.freeze(rowsOut),
    constantColumns,
    conventions: Object.freeze({ types, normalization, std: 'population' as const, constantCorrelation: 0 as const }),
  })
}
