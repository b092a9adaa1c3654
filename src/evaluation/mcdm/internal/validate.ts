import { TongxinError } from '../../../errors/TongxinError'
import type { CriterionType } from '../types'

/** Throws a TongxinError with the given code. */
export function fail(code: string, params: Readonly<Record<string, unknown>> = {}): never {
  throw new TongxinError(code, params)
}

/** Throws MCDM_INVALID_ARGUMENT. */
export function invalid(name: string, expected: string): never {
  return fail('MCDM_INVALID_ARGUMENT', { name, expected })
}

/** Reads an options bag: undefined → empty; anything but a plain (non-array) object → error. */
export function readOptions(value: unknown, name = 'options'): Readonly<Record<string, unknown>> {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid(name, 'an options object')
  return value as Readonly<Record<string, unknown>>
}

/** Reads one option from a bag, without touching inherited keys of Object.prototype. */
export function opt(options: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(options, key) ? options[key] : undefined
}

/** Reads an enum-like string option. */
export function readEnum<T extends string>(value: unknown, name: string, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  return invalid(name, allowed.map((a) => `'${a}'`).join(' | '))
}

/** Reads a finite number option within [min, max]. */
export function readNumber(
  value: unknown,
  name: string,
  { min = -Infinity, max = Infinity, integer = false, fallback }: { min?: number; max?: number; integer?: boolean; fallback?: number },
): number {
  if (value === undefined && fallback !== undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    return invalid(name, `${integer ? 'an integer' : 'a finite number'} in [${min}, ${max}]`)
  }
  return value
}

/** Reads a boolean option. */
export function readBoolean(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') return invalid(name, 'a boolean')
  return value
}

/** A validated dense matrix, row-major in a Float64Array. */
export interface DenseMatrix {
  readonly rows: number
  readonly cols: number
  readonly data: Float64Array
  /**
   * Per-column statistics gathered while the matrix was read (one pass instead of one per use):
   * minimum and maximum (first occurrence wins, as `columnRange` computes them) and the sum of
   * squares in row order. Absent for matrices built internally (e.g. perturbed copies).
   */
  readonly stats?: ColumnStats
}

/** See {@link DenseMatrix.stats}. */
export interface ColumnStats {
  readonly min: Float64Array
  readonly max: Float64Array
  readonly sumsq: Float64Array
}

function newStats(cols: number): ColumnStats {
  return { min: new Float64Array(cols).fill(Infinity), max: new Float64Array(cols).fill(-Infinity), sumsq: new Float64Array(cols) }
}

/**
 * Reads a rectangular matrix of finite numbers (rows = subjects, columns = indicators): an array
 * of rows, or a flat `{ values: Float64Array, columns }` (read in place: nothing writes into `data`).
 */
export function readMatrix(value: unknown, name: string, minRows = 1, minCols = 1): DenseMatrix {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return readFlatMatrix(value as Readonly<Record<string, unknown>>, name, minRows, minCols)
  if (!Array.isArray(value)) return invalid(name, 'an array of rows (number[][]) or { values: Float64Array, columns }')
  const rows = value.length
  if (rows < minRows) return fail('MCDM_TOO_FEW', { name, minimum: minRows, actual: rows })
  const first: unknown = value[0]
  if (!Array.isArray(first)) return invalid(`${name}[0]`, 'an array of numbers')
  const cols = first.length
  if (cols < minCols) return fail('MCDM_TOO_FEW', { name: `${name}[0]`, minimum: minCols, actual: cols })
  const data = new Float64Array(rows * cols)
  const stats = newStats(cols)
  const { min, max, sumsq } = stats
  for (let i = 0; i < rows; i++) {
    const row: unknown = value[i]
    if (!Array.isArray(row)) return invalid(`${name}[${i}]`, 'an array of numbers')
    if (row.length !== cols) return fail('MCDM_DIMENSION_MISMATCH', { name: `${name}[${i}]`, expected: cols, actual: row.length })
    const base = i * cols
    for (let j = 0; j < cols; j++) {
      const x: unknown = row[j]
      if (typeof x !== 'number' || !Number.isFinite(x)) return fail('MCDM_NOT_FINITE', { name, row: i, column: j })
      data[base + j] = x
      if (x < f64(min, j)) min[j] = x
      if (x > f64(max, j)) max[j] = x
      sumsq[j] = f64(sumsq, j) + x * x
    }
  }
  return { rows, cols, data, stats }
}

/** Reads a flat row-major matrix `{ values: Float64Array, columns }`. */
function readFlatMatrix(value: Readonly<Record<string, unknown>>, name: string, minRows: number, minCols: number): DenseMatrix {
  const values = opt(value, 'values')
  const cols = opt(value, 'columns')
  if (!(values instanceof Float64Array)) return invalid(`${name}.values`, 'a Float64Array')
  if (typeof cols !== 'number' || !Number.isInteger(cols) || cols < 0) return invalid(`${name}.columns`, 'a positive integer')
  if (cols < minCols) return fail('MCDM_TOO_FEW', { name: `${name}.columns`, minimum: minCols, actual: cols })
  if (values.length % cols !== 0) return fail('MCDM_DIMENSION_MISMATCH', { name: `${name}.values`, expected: `a multiple of ${cols}`, actual: values.length })
  const rows = values.length / cols
  if (rows < minRows) return fail('MCDM_TOO_FEW', { name, minimum: minRows, actual: rows })
  // Read in place (no function writes into a matrix); a shared buffer another thread could change is copied first.
  const data = typeof SharedArrayBuffer !== 'undefined' && values.buffer instanceof SharedArrayBuffer ? values.slice() : values
  // One pass for the column statistics, which also checks finiteness: a NaN or ±Infinity makes its
  // column's sum of squares NaN or Infinity. Only then (or if a sum overflowed) are the entries
  // scanned for the first one that is not finite.
  const stats = newStats(cols)
  scanColumns(data, rows, cols, stats)
  let finite = true
  for (let j = 0; j < cols; j++) if (!Number.isFinite(f64(stats.sumsq, j))) finite = false
  const k = finite ? -1 : firstNotFinite(data)
  if (k >= 0) return fail('MCDM_NOT_FINITE', { name, row: Math.floor(k / cols), column: k % cols })
  return { rows, cols, data, stats }
}

/**
 * Gathers the column statistics (a sum of squares that is not finite means an entry that is not
 * finite, or huge finite values). A function that ends with its loop: V8 compiles a long loop
 * while it runs, and code after the loop that has never run would throw that compiled code away
 * on every call.
 */
function scanColumns(data: Float64Array, rows: number, cols: number, stats: ColumnStats): void {
  const { min, max, sumsq } = stats
  for (let i = 0, base = 0; i < rows; i++, base += cols) {
    for (let j = 0; j < cols; j++) {
      const x = f64(data, base + j)
      if (x < f64(min, j)) min[j] = x
      if (x > f64(max, j)) max[j] = x
      sumsq[j] = f64(sumsq, j) + x * x
    }
  }
}

/** The index of the first entry that is not finite, or −1. */
function firstNotFinite(data: Float64Array): number {
  for (let k = 0; k < data.length; k++) if (!Number.isFinite(f64(data, k))) return k
  return -1
}

/** Reads a vector of finite numbers of an expected length (or any length ≥ min when length is undefined). */
export function readVector(value: unknown, name: string, length?: number, min = 1): Float64Array {
  if (!Array.isArray(value)) return invalid(name, 'an array of numbers')
  if (length !== undefined && value.length !== length) return fail('MCDM_DIMENSION_MISMATCH', { name, expected: length, actual: value.length })
  if (value.length < min) return fail('MCDM_TOO_FEW', { name, minimum: min, actual: value.length })
  const out = new Float64Array(value.length)
  for (let i = 0; i < value.length; i++) {
    const x: unknown = value[i]
    if (typeof x !== 'number' || !Number.isFinite(x)) return fail('MCDM_NOT_FINITE', { name, row: i, column: 0 })
    out[i] = x
  }
  return out
}

/** Reads criterion directions; returns 1 for benefit and 0 for cost per column, plus the echo. */
export function readTypes(value: unknown, cols: number, name = 'types'): { readonly benefit: Uint8Array; readonly types: readonly CriterionType[] } {
  if (!Array.isArray(value)) return invalid(name, "an array of 'benefit' | 'cost'")
  if (value.length !== cols) return fail('MCDM_DIMENSION_MISMATCH', { name, expected: cols, actual: value.length })
  const benefit = new Uint8Array(cols)
  const types: CriterionType[] = []
  for (let j = 0; j < cols; j++) {
    const t: unknown = value[j]
    if (t !== 'benefit' && t !== 'cost') return invalid(`${name}[${j}]`, "'benefit' | 'cost'")
    benefit[j] = t === 'benefit' ? 1 : 0
    types.push(t)
  }
  return { benefit, types: Object.freeze(types) }
}

/** Tolerance for "weights already sum to 1". */
export const WEIGHT_SUM_TOLERANCE = 1e-6

/**
 * Reads weights: finite, non-negative, positive sum. Policy `renormalize` divides by the sum;
 * `require-unit-sum` rejects a sum farther than 1e-6 from 1 (and still divides by the sum).
 */
export function readWeights(value: unknown, cols: number, policy: 'renormalize' | 'require-unit-sum', name = 'weights'): Float64Array {
  const w = readVector(value, name, cols)
  let sum = 0
  for (let j = 0; j < w.length; j++) {
    const x = at(w, j)
    if (x < 0) return fail('MCDM_INVALID_WEIGHTS', { reason: `${name}[${j}] = ${x} < 0` })
    sum += x
  }
  if (!(sum > 0) || !Number.isFinite(sum)) return fail('MCDM_INVALID_WEIGHTS', { reason: `${name} must have a positive finite sum` })
  if (policy === 'require-unit-sum' && Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    return fail('MCDM_INVALID_WEIGHTS', { reason: `${name} sum to ${sum}, not 1` })
  }
  for (let j = 0; j < w.length; j++) w[j] = at(w, j) / sum
  return w
}

/** Reads the weight policy option. */
export function readWeightPolicy(value: unknown): 'renormalize' | 'require-unit-sum' {
  return readEnum(value, 'weightPolicy', ['renormalize', 'require-unit-sum'] as const, 'renormalize')
}

/** A frozen plain array copy of a typed array (an indexed copy: about twice as fast as `Array.from`). */
export function frozenArray(values: ArrayLike<number>): readonly number[] {
  const n = values.length
  const out = new Array<number>(n)
  for (let i = 0; i < n; i++) out[i] = at(values, i)
  return Object.freeze(out)
}

/**
 * Reads an element of a numeric array at an index known to be in bounds. (With
 * `noUncheckedIndexedAccess` every indexed read is `number | undefined`; hot loops read through this
 * instead of `?? 0`, which would add a never-taken branch.)
 */
export function at(a: ArrayLike<number>, i: number): number {
  // eslint-disable-next-line @typescript-eslint/non-nullable-type-assertion-style -- the index is in bounds by construction
  return a[i] as number
}

/* Monomorphic readers for hot loops: one helper per array type keeps V8's inline caches monomorphic. */

/** {@link at} for a Float64Array. */
export function f64(a: Float64Array, i: number): number {
  // eslint-disable-next-line @typescript-eslint/non-nullable-type-assertion-style -- in bounds by construction
  return a[i] as number
}

/** {@link at} for an Int32Array. */
export function i32(a: Int32Array, i: number): number {
  // eslint-disable-next-line @typescript-eslint/non-nullable-type-assertion-style -- in bounds by construction
  return a[i] as number
}

/** {@link at} for a Uint32Array. */
export function u32(a: Uint32Array, i: number): number {
  // eslint-disable-next-line @typescript-eslint/non-nullable-type-assertion-style -- in bounds by construction
  return a[i] as number
}
