import { f64, type DenseMatrix } from './validate'

/** Per-column minimum and maximum (from the statistics gathered when the matrix was read, if any). Treat as read-only. */
export function columnRange(m: DenseMatrix): { min: Float64Array; max: Float64Array } {
  if (m.stats !== undefined) return m.stats
  const { rows, cols, data } = m
  const min = new Float64Array(cols).fill(Infinity)
  const max = new Float64Array(cols).fill(-Infinity)
  for (let i = 0; i < rows; i++) {
    const base = i * cols
    for (let j = 0; j < cols; j++) {
      const x = f64(data, base + j)
      if (x < f64(min, j)) min[j] = x
      if (x > f64(max, j)) max[j] = x
    }
  }
  return { min, max }
}

/** Indices of columns whose values are all equal. */
export function constantColumnsOf(min: Float64Array, max: Float64Array): readonly number[] {
  const out: number[] = []
  for (let j = 0; j < min.length; j++) if (min[j] === max[j]) out.push(j)
  return Object.freeze(out)
}

/**
 * Min-max normalisation per column by direction: benefit (x − min)/(max − min), cost (max − x)/(max − min);
 * a constant column becomes `constantValue` everywhere. A span that overflows (|values| near 1e308) is
 * computed on halved values, so the result stays in [0, 1].
 */
export function minMaxNormalise(
  m: DenseMatrix,
  benefit: Uint8Array,
  constantValue: number,
  min: Float64Array,
  max: Float64Array,
): Float64Array {
  const { rows, cols, data } = m
  const out = new Float64Array(rows * cols)
  // Per column: value = (sign · x + offset) / span, computed on halved values when the span overflows.
  const halve = new Uint8Array(cols)
  const span = new Float64Array(cols)
  for (let j = 0; j < cols; j++) {
    const lo = f64(min, j)
    const hi = f64(max, j)
    const h = !Number.isFinite(hi - lo)
    halve[j] = h ? 1 : 0
    span[j] = h ? hi / 2 - lo / 2 : hi - lo
  }
  for (let i = 0; i < rows; i++) {
    const base = i * cols
    for (let j = 0; j < cols; j++) {
      const t = base + j
      const d = f64(span, j)
      if (d === 0) {
        out[t] = constantValue
        continue
      }
      const x = f64(data, t)
      const lo = f64(min, j)
      const hi = f64(max, j)
      let v: number
      if (halve[j] === 1) v = (benefit[j] === 1 ? x / 2 - lo / 2 : hi / 2 - x / 2) / d
      else v = (benefit[j] === 1 ? x - lo : hi - x) / d
      out[t] = v < 0 ? 0 : v > 1 ? 1 : v
    }
  }
  return out
}
