import { RI_TABLES, type RiTableName } from '../riTables'
import { at, f64, fail, invalid, opt, readBoolean, readEnum, readNumber } from './validate'

/** AHP priority derivation methods. */
export type AhpMethodName = 'eigenvector' | 'column-mean' | 'geometric-mean'

/** The largest judgment ratio accepted (and its reciprocal the smallest): keeps λmax sums finite. */
export const MAX_RATIO = 1e100

/** Row-major square matrix. */
export interface Square {
  readonly n: number
  readonly a: Float64Array
}

/** Reads a square matrix whose entries are positive finite numbers or (when allowed) null. */
export function readSquare(value: unknown, name: string, allowMissing: boolean): { n: number; a: Float64Array; missing: Uint8Array } {
  if (!Array.isArray(value)) return invalid(name, 'a square array of positive numbers')
  const n = value.length
  if (n < 1) return fail('MCDM_TOO_FEW', { name, minimum: 1, actual: 0 })
  const a = new Float64Array(n * n)
  const missing = new Uint8Array(n * n)
  for (let i = 0; i < n; i++) {
    const row: unknown = value[i]
    if (!Array.isArray(row)) return invalid(`${name}[${i}]`, 'an array of positive numbers')
    if (row.length !== n) return fail('MCDM_AHP_NOT_SQUARE', { row: i, actual: row.length, expected: n })
    for (let j = 0; j < n; j++) {
      const x: unknown = row[j]
      if (x === null || x === undefined) {
        if (!allowMissing || i === j) return fail('MCDM_AHP_MISSING', { row: i, column: j })
        missing[i * n + j] = 1
        a[i * n + j] = Number.NaN
        continue
      }
      if (typeof x !== 'number' || !Number.isFinite(x)) return fail('MCDM_NOT_FINITE', { name, row: i, column: j })
      if (x <= 0) return fail('MCDM_NOT_POSITIVE', { name, row: i, column: j })
      if (x > MAX_RATIO || x < 1 / MAX_RATIO) return invalid(`${name}[${i}][${j}]`, 'a ratio within [1e-100, 1e100]')
      a[i * n + j] = x
    }
  }
  return { n, a, missing }
}

/** The judgment checks applied to a pairwise matrix. */
export interface JudgmentChecks {
  /** Relative tolerance for reciprocity, the diagonal and the Saaty scale. */
  readonly tolerance: number
  /** `saaty`: every judgment is 1–9 or a reciprocal (within tolerance); `positive`: any positive number. */
  readonly scale: 'saaty' | 'positive'
}

/** Reads the judgment check options. */
export function readChecks(options: Readonly<Record<string, unknown>>): JudgmentChecks {
  return Object.freeze({
    tolerance: readNumber(opt(options, 'tolerance'), 'tolerance', { min: 0, max: 0.5, fallback: 0.05 }),
    scale: readEnum(opt(options, 'scale'), 'scale', ['saaty', 'positive'] as const, 'saaty'),
  })
}

function onSaatyScale(x: number, tol: number): boolean {
  if (x >= 1) {
    const k = Math.round(x)
    return k >= 1 && k <= 9 && Math.abs(x / k - 1) <= tol
  }
  const k = Math.round(1 / x)
  return k >= 1 && k <= 9 && Math.abs(x * k - 1) <= tol
}

/** Checks the diagonal, reciprocity and (optionally) the Saaty scale; skips missing entries. */
export function checkJudgments(n: number, a: Float64Array, missing: Uint8Array, checks: JudgmentChecks): void {
  const tol = checks.tolerance
  for (let i = 0; i < n; i++) {
    const d = f64(a, i * n + i)
    if (Math.abs(d - 1) > tol) fail('MCDM_AHP_DIAGONAL', { row: i, value: d })
    for (let j = i + 1; j < n; j++) {
      if (missing[i * n + j] === 1 || missing[j * n + i] === 1) continue
      const x = f64(a, i * n + j)
      const y = f64(a, j * n + i)
      if (Math.abs(x * y - 1) > tol) fail('MCDM_AHP_NOT_RECIPROCAL', { row: i, column: j, value: x, mirror: y, tolerance: tol })
      if (checks.scale === 'saaty') {
        if (!onSaatyScale(x, tol)) fail('MCDM_AHP_OFF_SCALE', { row: i, column: j, value: x, tolerance: tol })
        if (!onSaatyScale(y, tol)) fail('MCDM_AHP_OFF_SCALE', { row: j, column: i, value: y, tolerance: tol })
      }
    }
  }
}

/** Normalises a vector to sum 1 in place. */
function normalise(w: Float64Array): void {
  let s = 0
  for (const x of w) s += x
  for (let i = 0; i < w.length; i++) w[i] = f64(w, i) / s
}

/** Row geometric means (方根法), normalised. */
export function geometricMeanPriorities(n: number, a: Float64Array): Float64Array {
  const w = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let s = 0
    for (let j = 0; j < n; j++) s += Math.log(f64(a, i * n + j))
    w[i] = Math.exp(s / n)
  }
  normalise(w)
  return w
}

/** Means of the normalised columns (和积法). */
export function columnMeanPriorities(n: number, a: Float64Array): Float64Array {
  const w = new Float64Array(n)
  for (let j = 0; j < n; j++) {
    let s = 0
    for (let i = 0; i < n; i++) s += f64(a, i * n + j)
    for (let i = 0; i < n; i++) w[i] = f64(w, i) + f64(a, i * n + j) / s / n
  }
  normalise(w)
  return w
}

/** The principal (Perron) eigenvector by power iteration, started from the geometric means. */
export function eigenvectorPriorities(n: number, a: Float64Array): Float64Array {
  let w: Float64Array = geometricMeanPriorities(n, a)
  let next: Float64Array = new Float64Array(n)
  for (let iter = 0; iter < 100_000; iter++) {
    let s = 0
    for (let i = 0; i < n; i++) {
      let t = 0
      for (let j = 0; j < n; j++) t += f64(a, i * n + j) * f64(w, j)
      next[i] = t
      s += t
    }
    let delta = 0
    for (let i = 0; i < n; i++) {
      const v = f64(next, i) / s
      delta = Math.max(delta, Math.abs(v - f64(w, i)))
      next[i] = v
    }
    const tmp = w
    w = next
    next = tmp
    if (delta <= 1e-15) break
  }
  return w
}

/** Priorities by the chosen method. */
export function priorities(n: number, a: Float64Array, method: AhpMethodName): Float64Array {
  if (method === 'eigenvector') return eigenvectorPriorities(n, a)
  if (method === 'column-mean') return columnMeanPriorities(n, a)
  return geometricMeanPriorities(n, a)
}

/** λmax estimate: the mean of (Aw)_i / w_i (exact for the principal eigenvector). */
export function lambdaMaxOf(n: number, a: Float64Array, w: Float64Array): number {
  let s = 0
  for (let i = 0; i < n; i++) {
    let t = 0
    for (let j = 0; j < n; j++) t += f64(a, i * n + j) * f64(w, j)
    s += t / f64(w, i)
  }
  return s / n
}

/** The RI table choice as given (a name or a custom table). */
export interface RiChoice {
  readonly name: string
  readonly table: readonly number[]
}

/** Reads the `riTable` option: a built-in name or a custom array indexed by n − 1. */
export function readRiTable(value: unknown): RiChoice {
  if (value === undefined) return { name: 'chinese', table: RI_TABLES.chinese }
  if (typeof value === 'string') {
    const name = readEnum(value, 'riTable', ['chinese', 'saaty1980', 'saaty2005', 'doneganDodd', 'tummalaLing'] as const satisfies readonly RiTableName[])
    return { name, table: RI_TABLES[name] }
  }
  if (!Array.isArray(value)) return invalid('riTable', "a table name or an array of RI values indexed by n − 1")
  const table: number[] = []
  for (let i = 0; i < value.length; i++) {
    const x: unknown = value[i]
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) return fail('MCDM_RI_INVALID', { table: 'custom', n: i + 1, value: String(x) })
    table.push(x)
  }
  return { name: 'custom', table: Object.freeze(table) }
}

/** The RI value for n; errors beyond the table, never a silent fallback. */
export function randomIndexFor(choice: RiChoice, n: number): number {
  if (n <= 2) return 0
  if (n > choice.table.length) return fail('MCDM_RI_TABLE_TOO_SHORT', { table: choice.name, n, max: choice.table.length })
  const ri = at(choice.table, n - 1)
  if (!(ri > 0)) return fail('MCDM_RI_INVALID', { table: choice.name, n, value: ri })
  return ri
}

/** The consistency rule: threshold and boundary inclusivity. */
export interface ConsistencyRule {
  readonly crThreshold: number
  readonly inclusive: boolean
}

/** Reads `crThreshold` (default 0.1) and `inclusive` (default false: CR < 0.10). */
export function readConsistencyRule(options: Readonly<Record<string, unknown>>): ConsistencyRule {
  return Object.freeze({
    crThreshold: readNumber(opt(options, 'crThreshold'), 'crThreshold', { min: 0, max: 10, fallback: 0.1 }),
    inclusive: readBoolean(opt(options, 'inclusive'), 'inclusive', false),
  })
}

/** CI, CR and the verdict from λmax. CI is floored at 0 (near-reciprocal input can give λ slightly below n). */
export function consistencyOf(n: number, lambdaMax: number, ri: number, rule: ConsistencyRule): { ci: number; cr: number; consistent: boolean } {
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1))
  const cr = n <= 2 || ci === 0 ? 0 : ci / ri
  const consistent = rule.inclusive ? cr <= rule.crThreshold : cr < rule.crThreshold
  return { ci, cr, consistent }
}

const SAATY_VALUES: readonly number[] = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9]

/** The Saaty-scale value nearest (in log) to x. */
export function nearestSaaty(x: number): number {
  let best = 1
  let bestD = Infinity
  for (const s of SAATY_VALUES) {
    const d = Math.abs(Math.log(x / s))
    if (d < bestD) {
      bestD = d
      best = s
    }
  }
  return best
}
