import type { RiTableName } from './riTables'
import { ahpFromDense } from './internal/ahpResult'
import { checkJudgments, readChecks, readConsistencyRule, readRiTable, readSquare } from './internal/ahpCore'
import { opt, readEnum, readOptions } from './internal/validate'

/**
 * How AHP priorities are derived from a pairwise matrix:
 * `eigenvector` (EM, Saaty's principal eigenvector, 特征根法), `column-mean` (AN, mean of the
 * normalised columns, 和积法), `geometric-mean` (GM, row geometric mean, 方根法).
 * @see notes/evaluation.md §2.2 (the methods differ by about 5 points on AHPy issue #8's matrix)
 * @example
 * const m: AhpMethod = 'column-mean'
 */
export type AhpMethod = 'eigenvector' | 'column-mean' | 'geometric-mean'

/**
 * Options of {@link ahpWeights}.
 * @example
 * const o: AhpOptions = { method: 'eigenvector', riTable: 'doneganDodd', crThreshold: 0.1, inclusive: true }
 */
export interface AhpOptions {
  /** Priority method (default `eigenvector`). */
  readonly method?: AhpMethod
  /**
   * RI table: a built-in name (default `chinese`, n ≤ 15) or a custom array indexed by n − 1.
   * Beyond the table's end an error is thrown — never a silent fallback.
   * @see notes/evaluation.md §2.1
   */
  readonly riTable?: RiTableName | readonly number[]
  /** The CR acceptance threshold (default 0.1). */
  readonly crThreshold?: number
  /** Whether CR equal to the threshold is accepted (`CR ≤ t`, Saaty as quoted by ArcGIS) or not (`CR < t`, Chinese texts; default false). */
  readonly inclusive?: boolean
  /**
   * Relative tolerance for the diagonal, reciprocity (|a_ij · a_ji − 1|) and Saaty-scale membership
   * (default 0.05, so sheets writing 0.33 for 1/3 or 0.14 for 1/7 pass). Judgments are used as written.
   */
  readonly tolerance?: number
  /** `saaty` (default): judgments must be 1–9 or reciprocals; `positive`: any positive ratio (e.g. aggregated or measured). */
  readonly scale?: 'saaty' | 'positive'
}

/**
 * The judgment farthest from what the derived weights imply (a suggestion for revising the matrix).
 * @example
 * const j: AhpJudgmentDeviation = { row: 0, column: 2, value: 9, implied: 18.7, suggested: 9, ratio: 0.48 }
 */
export interface AhpJudgmentDeviation {
  /** Row i of the judgment a_ij (i < j). */
  readonly row: number
  /** Column j of the judgment a_ij. */
  readonly column: number
  /** The judgment as given. */
  readonly value: number
  /** What the weights imply: w_i / w_j. */
  readonly implied: number
  /** The Saaty-scale value nearest to `implied`. */
  readonly suggested: number
  /** a_ij · w_j / w_i (1 = perfectly in line); the judgment maximising |ln ratio| is reported. */
  readonly ratio: number
}

/**
 * The conventions an AHP result used.
 * @example
 * const c: AhpConventions = { method: 'eigenvector', riTable: 'chinese', ri: 0.9, crThreshold: 0.1, inclusive: false, tolerance: 0.05, scale: 'saaty' }
 */
export interface AhpConventions {
  /** The priority method. */
  readonly method: AhpMethod
  /** The RI table's name (`custom` for a given array). */
  readonly riTable: string
  /** The RI value used for this n (0 for n ≤ 2). */
  readonly ri: number
  /** The CR threshold. */
  readonly crThreshold: number
  /** Whether CR = threshold was accepted. */
  readonly inclusive: boolean
  /** The judgment tolerance. */
  readonly tolerance: number
  /** The judgment scale check. */
  readonly scale: 'saaty' | 'positive'
}

/**
 * The result of {@link ahpWeights}.
 * @example
 * const r: AhpResult = ahpWeights([[1, 3], [1 / 3, 1]])
 * r.weights //=> [0.75, 0.25]
 */
export interface AhpResult {
  /** The priority vector: non-negative, summing to 1, in the matrix's order. */
  readonly weights: readonly number[]
  /** λmax: the mean of (Aw)_i / w_i (the principal eigenvalue for EM). */
  readonly lambdaMax: number
  /** Consistency index CI = (λmax − n) / (n − 1), 0 for n ≤ 2 (floored at 0). */
  readonly ci: number
  /** Consistency ratio CR = CI / RI, 0 for n ≤ 2. */
  readonly cr: number
  /** Whether CR passes the threshold (with the chosen inclusivity). */
  readonly consistent: boolean
  /** The judgment farthest from the weights, or null when all are within 1e-9 of consistent. */
  readonly mostInconsistent: AhpJudgmentDeviation | null
  /** The conventions used. */
  readonly conventions: AhpConventions
}

/**
 * AHP weights (层次分析法) from a pairwise comparison matrix, with the consistency check
 * (λmax, CI, CR with a named RI table) and the most inconsistent judgment.
 *
 * Validation: square, positive finite entries, diagonal 1, reciprocal within `tolerance`, and (by default)
 * on the Saaty 1–9 scale. A missing judgment (null) is rejected: complete the matrix first with
 * {@link completeAhpMatrix}.
 *
 * @param matrix - the n × n pairwise matrix: a_ij = how much more important i is than j
 * @param options - method, RI table, CR threshold and inclusivity, tolerance, scale check
 * @returns weights, λmax, CI, CR, the verdict, the most inconsistent judgment and the conventions
 * @throws TongxinError `MCDM_AHP_NOT_SQUARE`, `MCDM_AHP_DIAGONAL`, `MCDM_AHP_NOT_RECIPROCAL`, `MCDM_AHP_OFF_SCALE`,
 *   `MCDM_AHP_MISSING`, `MCDM_NOT_POSITIVE`, `MCDM_NOT_FINITE`, `MCDM_RI_TABLE_TOO_SHORT` (n beyond the table),
 *   `MCDM_INVALID_ARGUMENT`
 * @see notes/evaluation.md §2.1 (RI tables, CR < 0.1), §2.2 (EM/AN/GM)
 * @example
 * const r = ahpWeights([[1, 4, 3, 7], [1 / 4, 1, 1 / 3, 3], [1 / 3, 3, 1, 5], [1 / 7, 1 / 3, 1 / 5, 1]])
 * r.weights.map((w) => w.toFixed(3)) //=> ['0.548', '0.127', '0.270', '0.056']
 * r.cr.toFixed(4)                    //=> '0.0439'
 * r.consistent                       //=> true
 */
export function ahpWeights(matrix: readonly (readonly number[])[], options?: AhpOptions): AhpResult {
  const o = readOptions(options)
  const method = readEnum(opt(o, 'method'), 'method', ['eigenvector', 'column-mean', 'geometric-mean'] as const, 'eigenvector')
  const ri = readRiTable(opt(o, 'riTable'))
  const rule = readConsistencyRule(o)
  const checks = readChecks(o)
  const { n, a, missing } = readSquare(matrix, 'matrix', false)
  checkJudgments(n, a, missing, checks)
  return ahpFromDense(n, a, method, ri, rule, checks)
}
