import type { ScoringMethod } from '../types'
import { closenessInto, closenessRow, prepareSum, prepareTopsis, weightedSumInto, weightedSumRow, type Prepared } from './scoring'
import { invalid, opt, readEnum, type DenseMatrix } from './validate'

/** A scoring method with its normalisation, ready to score prepared matrices. */
export interface Scorer {
  readonly method: ScoringMethod
  readonly normalization: string
  prepare(m: DenseMatrix): Prepared
  /** Scores into `out`; false when TOPSIS has nothing to discriminate. */
  score(p: Prepared, w: Float64Array, out: Float64Array): boolean
  /** Scores one row; null when TOPSIS cannot discriminate. */
  scoreRow(p: Prepared, w: Float64Array, i: number): number | null
}

/** Reads `method` (default `topsis`) and `normalization` (TOPSIS: `vector`; weighted sum: `minmax`). */
export function readScorer(o: Readonly<Record<string, unknown>>, benefit: Uint8Array): Scorer {
  const method = readEnum(opt(o, 'method'), 'method', ['topsis', 'weighted-sum'] as const, 'topsis')
  if (method === 'topsis') {
    const normalization = readEnum(opt(o, 'normalization'), 'normalization', ['vector', 'minmax'] as const, 'vector')
    return {
      method,
      normalization,
      prepare: (m) => prepareTopsis(m, benefit, normalization),
      score: (p, w, out) => closenessInto(p, w, out),
      scoreRow: (p, w, i) => closenessRow(p, w, i),
    }
  }
  const normalization = readEnum(opt(o, 'normalization'), 'normalization', ['none', 'minmax', 'max'] as const, 'minmax')
  return {
    method,
    normalization,
    prepare: (m) => prepareSum(m, benefit, normalization, 1),
    score: (p, w, out) => {
      weightedSumInto(p, w, out)
      return true
    },
    scoreRow: (p, w, i) => weightedSumRow(p, w, i),
  }
}

/** Reads a seed: an integer in [−2^31, 2^31 − 1]. */
export function readSeed(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -2147483648 || value > 2147483647) {
    return invalid('seed', 'an integer in [-2147483648, 2147483647]')
  }
  return value
}
