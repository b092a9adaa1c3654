import type { AhpJudgmentDeviation, AhpResult } from '../ahpWeights'
import {
  consistencyOf,
  lambdaMaxOf,
  nearestSaaty,
  priorities,
  randomIndexFor,
  type AhpMethodName,
  type ConsistencyRule,
  type JudgmentChecks,
  type RiChoice,
} from './ahpCore'
import { f64, frozenArray } from './validate'

/** The judgment with the largest |ln(a_ij w_j / w_i)|, or null when all are within 1e-9. */
export function mostInconsistentOf(n: number, a: Float64Array, w: Float64Array): AhpJudgmentDeviation | null {
  let best: AhpJudgmentDeviation | null = null
  let bestD = 1e-9
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = f64(a, i * n + j)
      const implied = f64(w, i) / f64(w, j)
      const ratio = value / implied
      const d = Math.abs(Math.log(ratio))
      if (d > bestD) {
        bestD = d
        best = Object.freeze({ row: i, column: j, value, implied, suggested: nearestSaaty(implied), ratio })
      }
    }
  }
  return best
}

/** Computes a full AHP result on a validated dense matrix. */
export function ahpFromDense(
  n: number,
  a: Float64Array,
  method: AhpMethodName,
  riChoice: RiChoice,
  rule: ConsistencyRule,
  checks: JudgmentChecks,
): AhpResult {
  const ri = randomIndexFor(riChoice, n)
  const w = priorities(n, a, method)
  const lambdaMax = lambdaMaxOf(n, a, w)
  const { ci, cr, consistent } = consistencyOf(n, lambdaMax, ri, rule)
  return Object.freeze({
    weights: frozenArray(w),
    lambdaMax,
    ci,
    cr,
    consistent,
    mostInconsistent: mostInconsistentOf(n, a, w),
    conventions: Object.freeze({
      method,
      riTable: riChoice.name,
      ri,
      crThreshold: rule.crThreshold,
      inclusive: rule.inclusive,
      tolerance: checks.tolerance,
      scale: checks.scale,
    }),
  })
}
