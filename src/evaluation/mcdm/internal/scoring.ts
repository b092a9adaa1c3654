import { columnRange, minMaxNormalise } from './columns'
import { f64, type DenseMatrix, fail, invalid } from './validate'

/** TOPSIS normalisations. */
export type TopsisNormalization = 'vector' | 'minmax'
/** Weighted-sum normalisations. */
export type SumNormalization = 'none' | 'minmax' | 'max'

/** A normalised matrix with, per column, the best and worst normalised values and the raw range. */
export interface Prepared {
  readonly rows: number
  readonly cols: number
  /** Normalised values, row-major. */
  readonly r: Float64Array
  /** Best normalised value per column (ideal before weighting; empty for the weighted sum). */
  readonly best: Float64Array
  /** Worst normalised value per column (empty for the weighted sum). */
  readonly worst: Float64Array
  /** Raw per-column minimum. */
  readonly min: Float64Array
  /** Raw per-column maximum. */
  readonly max: Float64Array
}

const SAFE_LOW = 1e-150
const SAFE_HIGH = 1e150

/**
 * Per column of a vector normalisation: the scale `max |x|`, whether values are divided by it
 * first (max |x| outside a safe range: no overflow, no underflow when squaring), and 1 / ‖x‖₂ (0 for
 * an all-zero column).
 */
function vectorNorms(m: DenseMatrix, min: Float64Array, max: Float64Array): { scale: Float64Array; scaled: Uint8Array; inv: Float64Array } {
  const { rows, cols, data } = m
  const scale = new Float64Array(cols)
  const scaled = new Uint8Array(cols)
  for (let j = 0; j < cols; j++) {
    const c = Math.max(Math.abs(f64(min, j)), Math.abs(f64(max, j)))
    scale[j] = c
    scaled[j] = c > 0 && (c < SAFE_LOW || c > SAFE_HIGH) ? 1 : 0
  }
  // Sums of squares in row order; the ones gathered when the matrix was read serve unless a column is scaled.
  let anyScaled = false
  for (let j = 0; j < cols; j++) if (scaled[j] === 1) anyScaled = true
  let sumsq = m.stats?.sumsq
  if (sumsq === undefined || anyScaled) {
    sumsq = new Float64Array(cols)
    for (let i = 0; i < rows; i++) {
      const base = i * cols
      for (let j = 0; j < cols; j++) {
        const y = scaled[j] === 1 ? f64(data, base + j) / f64(scale, j) : f64(data, base + j)
        sumsq[j] = f64(sumsq, j) + y * y
      }
    }
  }
  const inv = new Float64Array(cols)
  for (let j = 0; j < cols; j++) inv[j] = f64(scale, j) > 0 ? 1 / Math.sqrt(f64(sumsq, j)) : 0
  return { scale, scaled, inv }
}

/** The normalised ideal and anti-ideal per column: the same operations as for the extreme elements themselves, so each is one of the r values. */
function vectorIdeals(benefit: Uint8Array, min: Float64Array, max: Float64Array, scale: Float64Array, scaled: Uint8Array, inv: Float64Array, best: Float64Array, worst: Float64Array): void {
  for (let j = 0; j < best.length; j++) {
    const k = f64(inv, j)
    const lo = (scaled[j] === 1 ? f64(min, j) / f64(scale, j) : f64(min, j)) * k
    const hi = (scaled[j] === 1 ? f64(max, j) / f64(scale, j) : f64(max, j)) * k
    best[j] = benefit[j] === 1 ? hi : lo
    worst[j] = benefit[j] === 1 ? lo : hi
  }
}

/**
 * TOPSIS with vector normalisation straight from the raw matrix: the same arithmetic as
 * `prepareTopsis(m, benefit, 'vector')` then {@link closenessInto} (each normalised value is
 * computed by the same expression, so the same bits), without materialising the normalised
 * matrix. Returns the prepared columns (without `r`), or null when there is no discrimination.
 */
export function vectorClosenessInto(
  m: DenseMatrix,
  benefit: Uint8Array,
  w: Float64Array,
  out: Float64Array,
  dPlus: Float64Array,
  dMinus: Float64Array,
): Omit<Prepared, 'r'> | null {
  const { rows, cols, data } = m
  const { min, max } = columnRange(m)
  const { scale, scaled, inv } = vectorNorms(m, min, max)
  const best = new Float64Array(cols)
  const worst = new Float64Array(cols)
  vectorIdeals(benefit, min, max, scale, scaled, inv, best, worst)
  let discriminates = false
  for (let j = 0; j < cols; j++) if (f64(w, j) > 0 && best[j] !== worst[j]) discriminates = true
  if (!discriminates) return null
  const w2 = new Float64Array(cols)
  for (let j = 0; j < cols; j++) w2[j] = f64(w, j) * f64(w, j)
  let anyScaled = false
  for (let j = 0; j < cols; j++) if (scaled[j] === 1) anyScaled = true
  if (!distancesInto(data, rows, cols, anyScaled ? scaled : null, scale, inv, best, worst, w2, out, dPlus, dMinus)) return null
  return { rows, cols, best, worst, min, max }
}

/**
 * The weighted distances of every row to the ideal and anti-ideal and its closeness; false when a
 * row is at distance 0 from both (weights so small that their squares underflow). Entries are
 * used as they are, or (vector normalisation) divided by their column's scale where `scaled` says
 * so and multiplied by `inv`. (A function that ends with its loop: see `scanColumns` in validate.ts.)
 */
function distancesInto(
  data: Float64Array, rows: number, cols: number, scaled: Uint8Array | null, scale: Float64Array | null, inv: Float64Array | null,
  best: Float64Array, worst: Float64Array, w2: Float64Array, out: Float64Array, dPlus?: Float64Array, dMinus?: Float64Array,
): boolean {
  for (let i = 0; i < rows; i++) {
    const base = i * cols
    let sp = 0
    let sm = 0
    for (let j = 0; j < cols; j++) {
      const v = f64(data, base + j)
      const x = inv === null ? v : (scaled !== null && scale !== null && scaled[j] === 1 ? v / f64(scale, j) : v) * f64(inv, j)
      const a = x - f64(best, j)
      const b = x - f64(worst, j)
      const ww = f64(w2, j)
      sp += ww * a * a
      sm += ww * b * b
    }
    const dp = Math.sqrt(sp)
    const dm = Math.sqrt(sm)
    if (!(dp + dm > 0)) return false
    if (dPlus !== undefined) dPlus[i] = dp
    if (dMinus !== undefined) dMinus[i] = dm
    out[i] = dm / (dp + dm)
  }
  return true
}

/**
 * Normalises for TOPSIS. `vector`: x / ‖x‖₂ per column (an all-zero column stays 0), ideal = max for
 * benefit and min for cost (classic Hwang & Yoon). `minmax`: direction-aware min-max (constant column → 1),
 * ideal = 1, anti-ideal = 0.
 */
export function prepareTopsis(m: DenseMatrix, benefit: Uint8Array, normalization: TopsisNormalization): Prepared {
  const { rows, cols, data } = m
  const { min, max } = columnRange(m)
  const best = new Float64Array(cols)
  const worst = new Float64Array(cols)
  if (normalization === 'minmax') {
    const r = minMaxNormalise(m, benefit, 1, min, max)
    for (let j = 0; j < cols; j++) {
      best[j] = 1
      worst[j] = f64(min, j) === f64(max, j) ? 1 : 0
    }
    return { rows, cols, r, best, worst, min, max }
  }
  const { scale, scaled, inv } = vectorNorms(m, min, max)
  const r = new Float64Array(rows * cols)
  for (let i = 0; i < rows; i++) {
    const base = i * cols
    for (let j = 0; j < cols; j++) {
      const x = f64(data, base + j)
      r[base + j] = (scaled[j] === 1 ? x / f64(scale, j) : x) * f64(inv, j)
    }
  }
  vectorIdeals(benefit, min, max, scale, scaled, inv, best, worst)
  return { rows, cols, r, best, worst, min, max }
}

/**
 * Normalises for the weighted sum. `none`: raw values (every column must be benefit); `minmax`:
 * direction-aware min-max, constant column → `constantValue`; `max`: benefit x / max (x ≥ 0; all-zero
 * column → 0), cost min / x (x > 0).
 */
export function prepareSum(m: DenseMatrix, benefit: Uint8Array, normalization: SumNormalization, constantValue: number): Prepared {
  const { rows, cols, data } = m
  const { min, max } = columnRange(m)
  const none = new Float64Array(0)
  if (normalization === 'minmax') return { rows, cols, r: minMaxNormalise(m, benefit, constantValue, min, max), best: none, worst: none, min, max }
  if (normalization === 'none') {
    for (let j = 0; j < cols; j++) if (benefit[j] !== 1) invalid(`types[${j}]`, "'benefit' (normalization 'none' cannot turn a cost column around; use 'minmax' or 'max')")
    return { rows, cols, r: data, best: none, worst: none, min, max }
  }
  const r = new Float64Array(rows * cols)
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
  return { rows, cols, r, best: none, worst: none, min, max }
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
  return distancesInto(r, rows, cols, null, null, null, best, worst, w2, out, dPlus, dMinus)
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
