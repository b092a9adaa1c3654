import { f64, readVector } from './internal/validate'

/**
 * The weighted Spearman rank correlation r_w (Pinto da Costa & Soares 2005):
 * r_w = 1 − 6 Σ (x_i − y_i)² ((N − x_i + 1) + (N − y_i + 1)) / (N⁴ + N³ − N² − N).
 * Differences near the top weigh more. Symmetric in x and y; 1 for identical rankings; for N = 1 the value is 1.
 *
 * @param x - ranks (1 = best)
 * @param y - ranks of the same subjects, same length
 * @returns r_w in [−1, 1]
 * @throws TongxinError `MCDM_DIMENSION_MISMATCH`, `MCDM_NOT_FINITE`, `MCDM_INVALID_ARGUMENT`, `MCDM_TOO_FEW`
 * @see notes/evaluation.md §2.8 (r_w = 0.85 for a top swap, 0.95 for a bottom swap of 5)
 * @example
 * weightedSpearman([1, 2, 3, 4, 5], [2, 1, 3, 4, 5]) //=> 0.85
 * weightedSpearman([1, 2, 3, 4, 5], [1, 2, 3, 5, 4]) //=> 0.95
 */
export function weightedSpearman(x: readonly number[], y: readonly number[]): number {
  const a = readVector(x, 'x')
  const b = readVector(y, 'y', a.length)
  const n = a.length
  if (n === 1) return 1
  let s = 0
  for (let i = 0; i < n; i++) {
    const xi = f64(a, i)
    const yi = f64(b, i)
    const d = xi - yi
    s += d * d * (n - xi + 1 + (n - yi + 1))
  }
  return 1 - (6 * s) / (n ** 4 + n ** 3 - n ** 2 - n)
}
