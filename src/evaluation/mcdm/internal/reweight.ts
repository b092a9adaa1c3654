import { f64 } from './validate'

/**
 * Sets weight k to t ∈ [0, 1] and rescales the others proportionally so the sum stays 1
 * (if weight k was 1, the rest 1 − t is shared equally).
 */
export function reweight(w: Float64Array, k: number, t: number, out: Float64Array): void {
  const n = w.length
  const wk = f64(w, k)
  const rest = 1 - wk
  for (let j = 0; j < n; j++) {
    if (j === k) out[j] = t
    else out[j] = rest > 1e-15 ? (f64(w, j) * (1 - t)) / rest : (1 - t) / (n - 1)
  }
}
