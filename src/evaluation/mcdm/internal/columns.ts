import { f64, type DenseMatrix } from './validate'

/** Per-column minimum and maximum. */
export function columnRange(m: DenseMatrix): { min: Float64Array; max: Float64Array } {
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
 * a constant column becomes `constantValue` everywhere.
 */
export function minMaxNormalise(m: DenseMatrix, benefit: Uint8Array, constantValue: number): Float64Array {
  const { rows, cols, data } = m
  const { min, max } = columnRange(m)
  const out = new Float64Array(rows * cols)
  for (let j = 0; j < cols; j++) {
    const lo = f64(min, j)
    const hi = f64(max, j)
    const span = hi - lo
    const isBenefit = benefit[j] === 1
    for (let i = 0; i < rows; i++) {
      const t = i * cols + j
      const x = f64(data, t)
      out[t] = span === 0 ? constantValue : isBenefit ? (x - lo) / span : (hi - x) / span
    }
  }
  return out
}
