import type { CriterionType, FlatMatrix, Matrix } from './types'
import { columnRange, constantColumnsOf, minMaxNormalise } from './internal/columns'
import { f64, fail, frozenArray, opt, readEnum, readMatrix, readNumber, readOptions, readTypes } from './internal/validate'

/**
 * Options of {@link entropyWeights}. Every convention is explicit; the defaults are the textbook formula.
 * @example
 * const o: EntropyOptions = { types: ['benefit', 'cost'], normalization: 'minmax', zeroHandling: 'shift', shift: 0.0001 }
 */
export interface EntropyOptions {
  /** Direction of each column (default: all benefit). */
  readonly types?: readonly CriterionType[]
  /**
   * `none` (default): p_ij = x_ij / Σ_i x_ij on the raw values (cost columns transformed by `costTransform`);
   * `minmax`: 正向化 first, per column — benefit (x − min)/(max − min), cost (max − x)/(max − min).
   */
  readonly normalization?: 'none' | 'minmax'
  /** With `normalization: 'none'`, how a cost column is turned around: `max-minus` (max − x, default) or `reciprocal` (1/x, pyDecision; needs x > 0). */
  readonly costTransform?: 'max-minus' | 'reciprocal'
  /** `xlogx0` (default): 0 · ln 0 = 0; `shift`: add `shift` to every value first (平移, common in Chinese texts). */
  readonly zeroHandling?: 'xlogx0' | 'shift'
  /** The shift for `zeroHandling: 'shift'` (default 0.0001). */
  readonly shift?: number
}

/**
 * The result of {@link entropyWeights}.
 * @example
 * entropyWeights([[1, 2, 3], [2, 2, 1], [3, 2, 2]]).weights //=> [0.5, 0, 0.5] (to rounding)
 */
export interface EntropyResult {
  /** Weights w_j = d_j / Σ d_j (non-negative, summing to 1); a constant column gets exactly 0. */
  readonly weights: readonly number[]
  /** Entropy e_j = −(1 / ln m) Σ_i p_ij ln p_ij per column (1 for a constant column). */
  readonly entropy: readonly number[]
  /** Divergence d_j = 1 − e_j (0 for a constant column). */
  readonly divergence: readonly number[]
  /** Indices of constant columns (all values equal, including all-zero columns). */
  readonly constantColumns: readonly number[]
  /** The conventions used. */
  readonly conventions: {
    /** Column directions. */
    readonly types: readonly CriterionType[]
    /** `none` or `minmax`. */
    readonly normalization: 'none' | 'minmax'
    /** Cost transform under `none`. */
    readonly costTransform: 'max-minus' | 'reciprocal'
    /** Zero handling. */
    readonly zeroHandling: 'xlogx0' | 'shift'
    /** The shift applied (0 under `xlogx0`). */
    readonly shift: number
    /** Always `zero-weight`: a constant column has e = 1 and weight 0. */
    readonly constantColumn: 'zero-weight'
  }
}

/**
 * Entropy weights (熵权法): indicators whose values vary more across subjects carry more information
 * and get more weight. p_ij = x_ij / Σ_i x_ij, e_j = −(1/ln m) Σ_i p_ij ln p_ij, d_j = 1 − e_j,
 * w_j = d_j / Σ d_j, with 0 · ln 0 = 0. A single zero does not push a column to maximal weight
 * (pymcdm's quirk); a constant (or all-zero) column gets weight 0; if every column is constant
 * there are no weights and an error is thrown.
 *
 * @param matrix - subjects × indicators, at least 2 subjects
 * @param options - directions, normalisation, cost transform, zero handling
 * @returns weights, entropies, divergences, constant columns and the conventions
 * @throws TongxinError `MCDM_ALL_CONSTANT` when every column is constant; `MCDM_NEGATIVE_VALUE` for negative
 *   values where p must be non-negative; `MCDM_NOT_POSITIVE` for the reciprocal of a non-positive cost value;
 *   `MCDM_TOO_FEW`, `MCDM_NOT_FINITE`, `MCDM_INVALID_ARGUMENT` for bad input
 * @see notes/evaluation.md §2.5 (formula, 0·ln0 = 0, shift), §1.1 (pymcdm zero quirk)
 * @example
 * const r = entropyWeights([[1, 2, 3], [2, 2, 1], [3, 2, 2]])
 * r.weights.map((w) => w.toFixed(2)) //=> ['0.50', '0.00', '0.50']
 * r.constantColumns                  //=> [1]
 */
export function entropyWeights(matrix: Matrix | FlatMatrix, options?: EntropyOptions): EntropyResult {
  const o = readOptions(options)
  const m = readMatrix(matrix, 'matrix', 2, 1)
  const { rows, cols, data } = m
  const typesOpt = opt(o, 'types')
  const { benefit, types } = typesOpt === undefined ? readTypes(new Array<CriterionType>(cols).fill('benefit'), cols) : readTypes(typesOpt, cols)
  const normalization = readEnum(opt(o, 'normalization'), 'normalization', ['none', 'minmax'] as const, 'none')
  const costTransform = readEnum(opt(o, 'costTransform'), 'costTransform', ['max-minus', 'reciprocal'] as const, 'max-minus')
  const zeroHandling = readEnum(opt(o, 'zeroHandling'), 'zeroHandling', ['xlogx0', 'shift'] as const, 'xlogx0')
  const shift = zeroHandling === 'shift' ? readNumber(opt(o, 'shift'), 'shift', { min: Number.MIN_VALUE, max: 1e6, fallback: 0.0001 }) : 0
  const { min, max } = columnRange(m)
  const constantColumns = constantColumnsOf(min, max)
  if (constantColumns.length === cols) fail('MCDM_ALL_CONSTANT')
  let x: Float64Array
  if (normalization === 'minmax') x = minMaxNormalise(m, benefit, 1, min, max)
  else {
    x = new Float64Array(data.length)
    for (let j = 0; j < cols; j++) {
      const hi = f64(max, j)
      const isBenefit = benefit[j] === 1
      for (let i = 0; i < rows; i++) {
        const t = i * cols + j
        const v = f64(data, t)
        if (isBenefit) {
          if (v < 0) fail('MCDM_NEGATIVE_VALUE', { name: 'matrix', row: i, column: j })
          x[t] = v
        } else if (costTransform === 'max-minus') x[t] = hi - v
        else {
          if (v <= 0) fail('MCDM_NOT_POSITIVE', { name: 'matrix', row: i, column: j })
          x[t] = 1 / v
        }
      }
    }
  }
  const lnM = Math.log(rows)
  const entropy = new Float64Array(cols)
  const divergence = new Float64Array(cols)
  let dSum = 0
  for (let j = 0; j < cols; j++) {
    if (min[j] === max[j]) {
      entropy[j] = 1
      continue
    }
    // p is invariant to scaling the column: divide by its largest value so the sum cannot overflow.
    let c = 0
    for (let i = 0; i < rows; i++) c = Math.max(c, f64(x, i * cols + j) + shift)
    let s = 0
    for (let i = 0; i < rows; i++) s += (f64(x, i * cols + j) + shift) / c
    let h = 0
    for (let i = 0; i < rows; i++) {
      const p = (f64(x, i * cols + j) + shift) / c / s
      if (p > 0) h -= p * Math.log(p)
    }
    const e = Math.min(1, Math.max(0, h / lnM))
    entropy[j] = e
    divergence[j] = 1 - e
    dSum += 1 - e
  }
  // Non-constant columns always have some divergence, but guard against rounding to exactly 1.
  if (!(dSum > 0)) fail('MCDM_ALL_CONSTANT')
  const weights = divergence.map((d) => d / dSum)
  return Object.freeze({
    weights: frozenArray(weights),
    entropy: frozenArray(entropy),
    divergence: frozenArray(divergence),
    constantColumns,
    conventions: Object.freeze({ types, normalization, costTransform, zeroHandling, shift, constantColumn: 'zero-weight' as const }),
  })
}
