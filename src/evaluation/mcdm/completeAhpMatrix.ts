import { MAX_RATIO, checkJudgments, eigenvectorPriorities, lambdaMaxOf, readChecks, readSquare } from './internal/ahpCore'
import { f64, fail, opt, readNumber, readOptions } from './internal/validate'

/**
 * Options of {@link completeAhpMatrix}.
 * @example
 * const o: CompleteAhpOptions = { tolerance: 0.05, scale: 'saaty', maxSweeps: 200 }
 */
export interface CompleteAhpOptions {
  /** Relative tolerance for the diagonal, reciprocity and the Saaty scale of the known judgments (default 0.05). */
  readonly tolerance?: number
  /** `saaty` (default) or `positive`: the scale check applied to known judgments. */
  readonly scale?: 'saaty' | 'positive'
  /** The most coordinate-descent sweeps over the missing judgments (default 200). */
  readonly maxSweeps?: number
}

/**
 * A judgment filled in by the completion.
 * @example
 * const f: FilledJudgment = { row: 2, column: 3, value: 0.730297 }
 */
export interface FilledJudgment {
  /** Row i (i < j). */
  readonly row: number
  /** Column j. */
  readonly column: number
  /** The completed a_ij (a_ji = 1 / a_ij). */
  readonly value: number
}

/**
 * The result of {@link completeAhpMatrix}.
 * @example
 * const r: CompleteAhpResult = completeAhpMatrix([[1, null, 2], [null, 1, 3], [1 / 2, 1 / 3, 1]])
 * r.filled.length //=> 1
 */
export interface CompleteAhpResult {
  /** The completed reciprocal matrix (known judgments unchanged; a one-sided gap takes the reciprocal of its mirror). */
  readonly matrix: readonly (readonly number[])[]
  /** The judgments that were missing on both sides, with their optimal values, by (row, column). */
  readonly filled: readonly FilledJudgment[]
  /** λmax of the completed matrix (the minimum over all completions). */
  readonly lambdaMax: number
  /** Coordinate-descent sweeps performed. */
  readonly sweeps: number
  /** The conventions used. */
  readonly conventions: {
    /** Always `bozoki-fulop-ronyai` (λmax-optimal completion). */
    readonly method: 'bozoki-fulop-ronyai'
    /** The judgment tolerance. */
    readonly tolerance: number
    /** The scale check of known judgments. */
    readonly scale: 'saaty' | 'positive'
  }
}

function lambdaOf(n: number, a: Float64Array): number {
  return lambdaMaxOf(n, a, eigenvectorPriorities(n, a))
}

function connected(n: number, a: Float64Array, missing: Uint8Array): boolean {
  const parent = Array.from({ length: n }, (_, i) => i)
  const find = (x: number): number => {
    let r = x
    while (parent[r] !== r) r = parent[r] ?? r
    return r
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (missing[i * n + j] === 0 && !Number.isNaN(a[i * n + j])) parent[find(i)] = find(j)
    }
  }
  const root = find(0)
  for (let i = 1; i < n; i++) if (find(i) !== root) return false
  return true
}

/**
 * Completes a pairwise matrix with missing judgments (`null`) by the λmax-optimal completion of
 * Bozóki, Fülöp & Rónyai (2010): the missing a_ij minimise the principal eigenvalue, i.e. the
 * completed matrix is as consistent as possible. λmax is convex in ln a_ij, so cyclic coordinate
 * descent with a golden-section line search converges to the unique optimum when the known
 * judgments connect all elements.
 *
 * @param matrix - n × n with `null` for missing judgments (give both a_ij and a_ji as null, or one of them)
 * @param options - tolerance and scale check for known judgments, maximum sweeps
 * @returns the completed matrix, the filled judgments, λmax and the conventions
 * @throws TongxinError `MCDM_AHP_DISCONNECTED` when the known judgments leave elements unconnected;
 *   the judgment checks of {@link ahpWeights} for known entries
 * @see notes/evaluation.md §2.2 example 8 (c/d = 0.730297), §3 (AHPy; Bozóki et al. 2010)
 * @example
 * const r = completeAhpMatrix([
 *   [1, 1, 5, 2],
 *   [1, 1, 3, 4],
 *   [1 / 5, 1 / 3, 1, null],
 *   [1 / 2, 1 / 4, null, 1],
 * ])
 * r.filled[0]?.value.toFixed(6) //=> '0.730297'
 */
export function completeAhpMatrix(matrix: readonly (readonly (number | null)[])[], options?: CompleteAhpOptions): CompleteAhpResult {
  const o = readOptions(options)
  const checks = readChecks(o)
  const maxSweeps = readNumber(opt(o, 'maxSweeps'), 'maxSweeps', { min: 1, max: 10_000, integer: true, fallback: 200 })
  const { n, a, missing } = readSquare(matrix, 'matrix', true)
  checkJudgments(n, a, missing, checks)
  // One-sided gaps take the mirror's reciprocal.
  const pairs: [number, number][] = []
  let bound = 1
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const mij = missing[i * n + j] === 1
      const mji = missing[j * n + i] === 1
      if (mij && !mji) {
        a[i * n + j] = 1 / f64(a, j * n + i)
        missing[i * n + j] = 0
      } else if (mji && !mij) {
        a[j * n + i] = 1 / f64(a, i * n + j)
        missing[j * n + i] = 0
      } else if (mij && mji) pairs.push([i, j])
      if (!mij) bound = Math.max(bound, Math.abs(Math.log(f64(a, i * n + j))))
      if (!mji) bound = Math.max(bound, Math.abs(Math.log(f64(a, j * n + i))))
    }
  }
  if (pairs.length > 0 && !connected(n, a, missing)) fail('MCDM_AHP_DISCONNECTED', { n })
  // ln a_ij of an optimal completion lies within the span of path products of known judgments.
  const limit = Math.min(bound * Math.max(1, n - 1) + 1, Math.log(MAX_RATIO))
  const set = (i: number, j: number, t: number): void => {
    a[i * n + j] = Math.exp(t)
    a[j * n + i] = Math.exp(-t)
  }
  const x = new Float64Array(pairs.length)
  for (const [i, j] of pairs) set(i, j, 0)
  const phi = (Math.sqrt(5) - 1) / 2
  let sweeps = 0
  for (; sweeps < (pairs.length > 0 ? maxSweeps : 0); ) {
    sweeps++
    let change = 0
    for (let k = 0; k < pairs.length; k++) {
      const [i, j] = pairs[k] ?? [0, 0]
      let lo = -limit
      let hi = limit
      let c = hi - phi * (hi - lo)
      let d = lo + phi * (hi - lo)
      set(i, j, c)
      let fc = lambdaOf(n, a)
      set(i, j, d)
      let fd = lambdaOf(n, a)
      while (hi - lo > 1e-11) {
        if (fc <= fd) {
          hi = d
          d = c
          fd = fc
          c = hi - phi * (hi - lo)
          set(i, j, c)
          fc = lambdaOf(n, a)
        } else {
          lo = c
          c = d
          fc = fd
          d = lo + phi * (hi - lo)
          set(i, j, d)
          fd = lambdaOf(n, a)
        }
      }
      const t = (lo + hi) / 2
      change = Math.max(change, Math.abs(t - f64(x, k)))
      x[k] = t
      set(i, j, t)
    }
    if (change <= 1e-9) break
  }
  const rows: (readonly number[])[] = []
  for (let i = 0; i < n; i++) rows.push(Object.freeze(Array.from(a.subarray(i * n, (i + 1) * n))))
  return Object.freeze({
    matrix: Object.freeze(rows),
    filled: Object.freeze(pairs.map(([i, j], k) => Object.freeze({ row: i, column: j, value: Math.exp(f64(x, k)) }))),
    lambdaMax: lambdaOf(n, a),
    sweeps,
    conventions: Object.freeze({ method: 'bozoki-fulop-ronyai' as const, tolerance: checks.tolerance, scale: checks.scale }),
  })
}
