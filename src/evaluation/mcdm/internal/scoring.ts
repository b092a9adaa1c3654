import { columnRange } from './columns'
import { f64, type DenseMatrix, fail, invalid } from './validate'

/** TOPSIS normalisations. */
export type TopsisNormalization = 'vector' | 'minmax'
/** Weighted-sum normalisations. */
export type SumNormalization = 'none' | 'minmax' | 'max'

/** A normalised matrix with, per column, the best and worst normalised values. */
export interface Prepared {
  readonly rows: number
  readonly cols: number
  /** Normalised values, row-major. */
  readonly r: Float64Array
  /** Best normalised value per column (ideal before weighting). */
  readonly best: Float64Array
  /** Worst normalised value per column. */
  readonly worst: Float64Array
}

function bestWorst(rows: number, cols: number, r: Float64Array, benefit: Uint8Array | null): { best: Float64Array; worst: Float64Array } {
  const hi = new Float64Array(cols).fill(-Infinity)
  const lo = new Float64Array(cols).fill(Infinity)
  for (let i = 0; i < rows; i++) {
    const base = i * cols
    for (let j = 0; j < cols; j++) {
      const x = f64(r, base + j)
      if (x > f64(hi, j)) hi[j] = x
      if (x < f64(lo, j)) lo[j] = x
    }
  }
  if (benefit === null) return { best: hi, worst: lo }
  const best = new Float64Array(cols)
  const worst = new Float64Array(cols)
  for (let j = 0; j < cols; j++) {
    const b = benefit[j] === 1
    best[j] = b ? f64(hi, j) : f64(lo, j)
    worst[j] = b ? f64(lo, j) : f64(hi, j)
  }
  return { best, worst }
}

/**
 * Normalises for TOPSIS. `vector`: x / ‖x‖₂ per column (an all-zero column stays 0), ideal = max for
 * benefit and min for cost (classic Hwang & Yoon). `minmax`: direction-aware min-max (constant column → 1),
 * ideal = 1, anti-ideal = 0.
 */
export function prepareTopsis(m: DenseMatrix, benefit: Uint8Array, normalization: TopsisNormalization): Prepared {
  const { rows, cols, data } = m
  if (normalization === 'minmax') {
    const r = minMax(m, benefit, 1)
    return { rows, cols, r, ...bestWorst(rows, cols, r, null) }
  }
  const r = new Float64Array(rows * cols)
  const scale = new Float64Array(cols)
  for (let t = 0; t < data.length; t++) {
    const j = t % cols
    scale[j] = Math.max(f64(scale, j), Math.abs(f64(data, t)))
  }
  const norm = new Float64Array(cols)
  for (let t = 0; t < data.length; t++) {
    const j = t % cols
    const c = f64(scale, j)
    if (c > 0) {
      const y = f64(data, t) / c
      norm[j] = f64(norm, j) + y * y
    }
  }
  for (let j = 0; j < cols; j++) norm[j] = Math.sqrt(f64(norm, j))
  for (let t = 0; t < data.length; t++) {
    const j = t % cols
    const c = f64(scale, j)
    r[t] = c > 0 ? f64(data, t) / c / f64(norm, j) : 0
  }
  return { rows, cols, r, ...bestWorst(rows, cols, r, benefit) }
}

/** Direction-aware min-max; a constant column becomes `constantValue`. */
export function minMax(m: DenseMatrix, benefit: Uint8Array, constantValue: number): Float64Array {
  const { rows, cols, data } = m
  const { min, max } = columnRange(m)
  const r = new Float64Array(rows * cols)
  const lo = min
  const inv = new Float64Array(cols)
  for (let j = 0; j < cols; j++) {
    const span = f64(max, j) - f64(min, j)
    // Span can overflow to Infinity for extreme columns: fall back to halving both ends.
    inv[j] = span === 0 ? 0 : Number.isFinite(span) ? 1 / span : 1 / (f64(max, j) / 2 - f64(min, j) / 2) / 2
  }
  for (let i = 0; i < rows; i++) {
    const base = i * cols
    for (let j = 0; j < cols; j++) {
      const t = base + j
      const k = f64(inv, j)
      if (k === 0) r[t] = constantValue
      else if (benefit[j] === 1) r[t] = Math.min(1, Math.max(0, (f64(data, t) - f64(lo, j)) * k))
      else r[t] = Math.min(1, Math.max(0, (f64(max, j) - f64(data, t)) * k))
    }
  }
  return r
}

/**
 * Normalises for the weighted sum. `none`: raw values (every column must be benefit); `minmax`:
 * direction-aware min-max, constant column → `constantValue`; `max`: benefit x / max (x ≥ 0; all-zero
 * column → 0), cost min / x (x > 0).
 */
export function prepareSum(m: DenseMatrix, benefit: Uint8Array, normalization: SumNormalization, constantValue: number): Prepared {
  const { rows, cols, data } = m
  let r: Float64Array
  if (normalization === 'minmax') r = minMax(m, benefit, constantValue)
  else if (normalization === 'none') {
    for (let j = 0; j < cols; j++) if (benefit[j] !== 1) invalid(`types[${j}]`, "'benefit' (normalization 'none' cannot turn a cost column around; use 'minmax' or 'max')")
    r = data
  } else {
    const { min, max } = columnRange(m)
    r = new Float64Array(rows * cols)
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const t = i * cols + j
        const x = f64(data, t)
        if (benefit[j] === 1) {
          if (x < 0) fail('MCDM_NEGATIVE_VALUE', { name: 'matrix', row: i, column: j })
          const hi = f64(max, j)
          r[t] = hi > 0 ? x / hi : 0
        } else {
          if (x <= 0) fail('MCDM_NOT_POSITIVE', { name: 'matrix', row: i, column: j })
          r[t] = f64(min, j) / x
        }
      }
    }
  }
  return { rows, cols, r, ...bestWorst(rows, cols, r, null) }
}

/** Weighted sum of a prepared matrix into `out`. */
export function weightedSumInto(p: Prepared, w: Float64Array, out: Float64Array): void {
  const { rows, cols, r } = p
  for (let i = 0; i < rows; i++) {
    const base = i * cols
    let s = 0
    for (let j = 0; j < cols; j++) s += f64(w, j) * f64(r, base + j)
    out[i] = s
  }
}

/**
 * TOPSIS closeness of a prepared matrix into `out` (and optionally the distances). Returns false when
 * the ideal and anti-ideal coincide on every positively weighted column (no discrimination).
 */
export function closenessInto(p: Prepared, w: Float64Array, out: Float64Array, dPlus?: Float64Array, dMinus?: Float64Array): boolean {
  const { rows, cols, r, best, worst } = p
  let discriminates = false
  for (let j = 0; j < cols; j++) if (f64(w, j) > 0 && best[j] !== worst[j]) discriminates = true
  if (!discriminates) return false
  const w2 = new Float64Array(cols)
  for (let j = 0; j < cols; j++) w2[j] = f64(w, j) * f64(w, j)
  for (let i = 0; i < rows; i++) {
    const base = i * cols
    let sp = 0
    let sm = 0
    for (let j = 0; j < cols; j++) {
      const x = f64(r, base + j)
      const a = x - f64(best, j)
      const b = x - f64(worst, j)
      const ww = f64(w2, j)
      sp += ww * a * a
      sm += ww * b * b
    }
    const dp = Math.sqrt(sp)
    const dm = Math.sqrt(sm)
    // dp + dm = 0 only when weights are so small that their squares underflow.
    if (!(dp + dm > 0)) return false
    if (dPlus !== undefined) dPlus[i] = dp
    if (dMinus !== undefined) dMinus[i] = dm
    out[i] = dm / (dp + dm)
  }
  return true
}

/** The weighted sum of one row. */
export function weightedSumRow(p: Prepared, w: Float64Array, i: number): number {
  const { cols, r } = p
  let s = 0
  for (let j = 0; j < cols; j++) s += f64(w, j) * f64(r, i * cols + j)
  return s
}

/** The TOPSIS closeness of one row (the ideal does not depend on non-negative weights), or null if degenerate. */
export function closenessRow(p: Prepared, w: Float64Array, i: number): number | null {
  const { cols, r, best, worst } = p
  let sp = 0
  let sm = 0
  for (let j = 0; j < cols; j++) {
    const x = f64(r, i * cols + j)
    const ww = f64(w, j) * f64(w, j)
    const a = x - f64(best, j)
    const b = x - f64(worst, j)
    sp += ww * a * a
    sm += ww * b * b
  }
  const dp = Math.sqrt(sp)
  const dm = Math.sqrt(sm)
  return dp + dm > 0 ? dm / (dp + dm) : null
}
