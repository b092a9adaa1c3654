import { f64, fail, frozenArray, invalid, opt, readNumber, readVector, readWeights } from './internal/validate'

/**
 * How {@link combineWeights} combines subjective and objective weights: linear with `alpha`
 * (w = α·subjective + (1 − α)·objective) or `'multiplicative'` (w ∝ subjective · objective).
 * @example
 * const r: CombineRule = { alpha: 0.6 }
 */
export type CombineRule = { readonly alpha: number } | 'multiplicative'

/**
 * The result of {@link combineWeights}.
 * @example
 * combineWeights([0.5, 0.5], [0.8, 0.2], { alpha: 0.5 }).weights //=> [0.65, 0.35]
 */
export interface CombineResult {
  /** The combined weights (non-negative, summing to 1). */
  readonly weights: readonly number[]
  /** The conventions used. */
  readonly conventions: {
    /** `linear` or `multiplicative`. */
    readonly rule: 'linear' | 'multiplicative'
    /** α for the linear rule (null for multiplicative). */
    readonly alpha: number | null
    /** Always `renormalize`: both inputs are divided by their sums first. */
    readonly inputWeights: 'renormalize'
  }
}

/**
 * Combines subjective (e.g. AHP) and objective (e.g. entropy, CRITIC) weights (主客观组合赋权):
 * linear w = α·s + (1 − α)·o, or multiplicative w_j = s_j·o_j / Σ_k s_k·o_k. Both inputs are
 * renormalised to sum 1 first.
 *
 * @param subjective - subjective weights (non-negative, positive sum)
 * @param objective - objective weights of the same length
 * @param rule - `{ alpha }` with α in [0, 1], or `'multiplicative'`
 * @returns the combined weights and the conventions
 * @throws TongxinError `MCDM_INVALID_WEIGHTS`, `MCDM_DIMENSION_MISMATCH`, `MCDM_INVALID_ARGUMENT` for bad input;
 *   `MCDM_ZERO_PRODUCT` when the multiplicative rule has no overlap
 * @see notes/evaluation.md §3 (combining subjective and objective weights)
 * @example
 * combineWeights([0.5, 0.5], [0.8, 0.2], { alpha: 0.5 }).weights   //=> [0.65, 0.35]
 * combineWeights([0.5, 0.5], [0.8, 0.2], 'multiplicative').weights //=> [0.8, 0.2]
 */
export function combineWeights(subjective: readonly number[], objective: readonly number[], rule: CombineRule): CombineResult {
  const n = readVector(subjective, 'subjective').length
  const s = readWeights(subjective, n, 'renormalize', 'subjective')
  const o = readWeights(objective, n, 'renormalize', 'objective')
  if (rule === 'multiplicative') {
    const p = s.map((x, j) => x * f64(o, j))
    let sum = 0
    for (const x of p) sum += x
    if (!(sum > 0)) fail('MCDM_ZERO_PRODUCT')
    return Object.freeze({
      weights: frozenArray(p.map((x) => x / sum)),
      conventions: Object.freeze({ rule: 'multiplicative' as const, alpha: null, inputWeights: 'renormalize' as const }),
    })
  }
  const bag: unknown = rule
  if (typeof bag !== 'object' || bag === null || Array.isArray(bag)) return invalid('rule', "{ alpha } or 'multiplicative'")
  const alpha = readNumber(opt(bag as Readonly<Record<string, unknown>>, 'alpha'), 'alpha', { min: 0, max: 1 })
  const w = s.map((x, j) => alpha * x + (1 - alpha) * f64(o, j))
  let sum = 0
  for (const x of w) sum += x
  return Object.freeze({
    weights: frozenArray(w.map((x) => x / sum)),
    conventions: Object.freeze({ rule: 'linear' as const, alpha, inputWeights: 'renormalize' as const }),
  })
}
