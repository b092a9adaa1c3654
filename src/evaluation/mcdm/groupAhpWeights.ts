import type { AhpConventions, AhpMethod, AhpResult } from './ahpWeights'
import type { RiTableName } from './riTables'
import { ahpFromDense } from './internal/ahpResult'
import { checkJudgments, readChecks, readConsistencyRule, readRiTable, readSquare } from './internal/ahpCore'
import { at, f64, fail, frozenArray, invalid, opt, readEnum, readOptions, readWeights } from './internal/validate'

/**
 * Options of {@link groupAhpWeights}.
 * @example
 * const o: GroupAhpOptions = { aggregation: 'aij', expertWeights: [0.5, 0.3, 0.2] }
 */
export interface GroupAhpOptions {
  /**
   * `aij` (default): aggregate individual judgments by the weighted element-wise geometric mean, then
   * derive priorities; `aip`: derive each expert's priorities, then take their weighted geometric mean
   * (renormalised). With the geometric-mean method the two coincide (Barzilai–Golany).
   * @see notes/evaluation.md §3 (Group AHP; AHPy issue #5)
   */
  readonly aggregation?: 'aij' | 'aip'
  /** Expert weights (non-negative, renormalised; default equal). */
  readonly expertWeights?: readonly number[]
  /** Priority method (default `eigenvector`). */
  readonly method?: AhpMethod
  /** RI table name or custom table (default `chinese`). */
  readonly riTable?: RiTableName | readonly number[]
  /** CR threshold (default 0.1). */
  readonly crThreshold?: number
  /** Whether CR = threshold passes (default false). */
  readonly inclusive?: boolean
  /** Judgment tolerance for each expert's matrix (default 0.05). */
  readonly tolerance?: number
  /** Scale check for each expert's matrix (default `saaty`); the aggregated matrix is checked as `positive`. */
  readonly scale?: 'saaty' | 'positive'
}

/**
 * The result of {@link groupAhpWeights}.
 * @example
 * const r: GroupAhpResult = groupAhpWeights([[[1, 3], [1 / 3, 1]], [[1, 5], [1 / 5, 1]]])
 * r.weights.length //=> 2
 */
export interface GroupAhpResult {
  /** The group priorities (non-negative, summing to 1). */
  readonly weights: readonly number[]
  /** The aggregated judgment matrix (weighted geometric mean of the experts' matrices). */
  readonly aggregatedMatrix: readonly (readonly number[])[]
  /** λmax of the aggregated matrix under the chosen method. */
  readonly lambdaMax: number
  /** CI of the aggregated matrix. */
  readonly ci: number
  /** CR of the aggregated matrix. */
  readonly cr: number
  /** Whether the aggregated matrix passes the CR rule. */
  readonly consistent: boolean
  /** Each expert's individual AHP result, in input order. */
  readonly experts: readonly AhpResult[]
  /** The conventions used (those of the aggregated matrix, plus the aggregation and expert weights). */
  readonly conventions: AhpConventions & {
    /** `aij` or `aip`. */
    readonly aggregation: 'aij' | 'aip'
    /** The normalised expert weights. */
    readonly expertWeights: readonly number[]
  }
}

/**
 * Group AHP (群组决策): several experts' pairwise matrices combined by aggregation of individual
 * judgments (AIJ, weighted geometric mean) or of individual priorities (AIP).
 *
 * @param matrices - one n × n pairwise matrix per expert (same n)
 * @param options - aggregation, expert weights, and the {@link ahpWeights} options
 * @returns the group weights, the aggregated matrix with its consistency, each expert's result, and the conventions
 * @throws TongxinError as {@link ahpWeights} for any expert's matrix; `MCDM_DIMENSION_MISMATCH` when sizes differ;
 *   `MCDM_INVALID_WEIGHTS` for bad expert weights
 * @example
 * const r = groupAhpWeights([
 *   [[1, 3], [1 / 3, 1]],
 *   [[1, 1 / 3], [3, 1]],
 * ])
 * r.weights //=> [0.5, 0.5]
 */
export function groupAhpWeights(matrices: readonly (readonly (readonly number[])[])[], options?: GroupAhpOptions): GroupAhpResult {
  const o = readOptions(options)
  const aggregation = readEnum(opt(o, 'aggregation'), 'aggregation', ['aij', 'aip'] as const, 'aij')
  const method = readEnum(opt(o, 'method'), 'method', ['eigenvector', 'column-mean', 'geometric-mean'] as const, 'eigenvector')
  const ri = readRiTable(opt(o, 'riTable'))
  const rule = readConsistencyRule(o)
  const checks = readChecks(o)
  if (!Array.isArray(matrices)) return invalid('matrices', 'an array of pairwise matrices')
  const k = matrices.length
  if (k < 1) return fail('MCDM_TOO_FEW', { name: 'matrices', minimum: 1, actual: 0 })
  const ew = opt(o, 'expertWeights') === undefined ? new Float64Array(k).fill(1 / k) : readWeights(opt(o, 'expertWeights'), k, 'renormalize', 'expertWeights')
  let n = -1
  const experts: AhpResult[] = []
  let logSum = new Float64Array(0)
  for (let e = 0; e < k; e++) {
    const sq = readSquare(matrices[e], `matrices[${e}]`, false)
    if (n === -1) {
      n = sq.n
      logSum = new Float64Array(n * n)
    } else if (sq.n !== n) return fail('MCDM_DIMENSION_MISMATCH', { name: `matrices[${e}]`, expected: n, actual: sq.n })
    checkJudgments(sq.n, sq.a, sq.missing, checks)
    experts.push(ahpFromDense(sq.n, sq.a, method, ri, rule, checks))
    const we = f64(ew, e)
    for (let t = 0; t < n * n; t++) logSum[t] = f64(logSum, t) + we * Math.log(f64(sq.a, t))
  }
  const agg = logSum.map((v) => Math.exp(v))
  const positive = Object.freeze({ tolerance: checks.tolerance, scale: 'positive' as const })
  const aggResult = ahpFromDense(n, agg, method, ri, rule, positive)
  let weights = aggResult.weights
  if (aggregation === 'aip') {
    const g = new Float64Array(n)
    for (let e = 0; e < k; e++) {
      const we = f64(ew, e)
      const w = experts[e]?.weights ?? []
      for (let i = 0; i < n; i++) g[i] = f64(g, i) + we * Math.log(Math.max(at(w, i), Number.MIN_VALUE))
    }
    let s = 0
    for (let i = 0; i < n; i++) {
      g[i] = Math.exp(f64(g, i))
      s += f64(g, i)
    }
    weights = frozenArray(g.map((v) => v / s))
  }
  const rows: (readonly number[])[] = []
  for (let i = 0; i < n; i++) rows.push(Object.freeze(Array.from(agg.subarray(i * n, (i + 1) * n))))
  return Object.freeze({
    weights,
    aggregatedMatrix: Object.freeze(rows),
    lambdaMax: aggResult.lambdaMax,
    ci: aggResult.ci,
    cr: aggResult.cr,
    consistent: aggResult.consistent,
    experts: Object.freeze(experts),
    conventions: Object.freeze({ ...aggResult.conventions, scale: checks.scale, aggregation, expertWeights: frozenArray(ew) }),
  })
}
