import { f64, fail, readVector } from './internal/validate'

/**
 * The WS rank similarity coefficient (Sałabun & Urbaniak 2020): a top-weighted similarity of a ranking
 * `y` to a reference ranking `x`, WS = 1 − Σ_i 2^(−x_i) · |x_i − y_i| / max(|x_i − 1|, |x_i − N|).
 * A swap at the top costs more than a swap at the bottom. Asymmetric: `x` is the reference.
 * For N = 1 the value is 1.
 *
 * @param reference - the reference ranks x (1 = best), e.g. the previous period
 * @param other - the compared ranks y, same length
 * @returns WS in [0, 1] for rankings without ties (1 = identical)
 * @throws TongxinError `MCDM_DIMENSION_MISMATCH`, `MCDM_NOT_FINITE`, `MCDM_INVALID_ARGUMENT` (ranks must be ≥ 1), `MCDM_TOO_FEW`
 * @see notes/evaluation.md §2.8 (WS = 0.7917 for a top swap, 0.9714 for a bottom swap of 5)
 * @example
 * wsCoefficient([1, 2, 3, 4, 5], [2, 1, 3, 4, 5]).toFixed(4) //=> '0.7917'
 * wsCoefficient([1, 2, 3, 4, 5], [1, 2, 3, 5, 4]).toFixed(4) //=> '0.9714'
 */
export function wsCoefficient(reference: readonly number[], other: readonly number[]): number {
  const x = readVector(reference, 'reference')
  const y = readVector(other, 'other', x.length)
  const n = x.length
  for (let i = 0; i < n; i++) {
    if (f64(x, i) < 1 || f64(y, i) < 1) fail('MCDM_INVALID_ARGUMENT', { name: 'ranks', expected: 'ranks ≥ 1' })
  }
  if (n === 1) return 1
  let s = 0
  for (let i = 0; i < n; i++) {
    const xi = f64(x, i)
    const yi = f64(y, i)
    const denom = Math.max(Math.abs(xi - 1), Math.abs(xi - n))
    if (denom > 0) s += Math.pow(2, -xi) * (Math.abs(xi - yi) / denom)
  }
  return 1 - s
}
