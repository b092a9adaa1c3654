import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { weightedSpearman } from '../../../src/evaluation/mcdm/weightedSpearman'
import { wsCoefficient } from '../../../src/evaluation/mcdm/wsCoefficient'
import { codeOf } from './helpers'

describe('rank similarity (notes/evaluation.md §2.8)', () => {
  it('WS = 0.7917 for a top swap, 0.9714 for a bottom swap', () => {
    expect(wsCoefficient([1, 2, 3, 4, 5], [2, 1, 3, 4, 5])).toBeCloseTo(0.7917, 4)
    expect(wsCoefficient([1, 2, 3, 4, 5], [1, 2, 3, 5, 4])).toBeCloseTo(0.9714, 4)
    expect(wsCoefficient([1], [1])).toBe(1)
    expect(wsCoefficient([1, 2], [2, 1])).toBe(0.25)
  })

  it('rw = 0.85 for a top swap, 0.95 for a bottom swap', () => {
    expect(weightedSpearman([1, 2, 3, 4, 5], [2, 1, 3, 4, 5])).toBeCloseTo(0.85, 12)
    expect(weightedSpearman([1, 2, 3, 4, 5], [1, 2, 3, 5, 4])).toBeCloseTo(0.95, 12)
    expect(weightedSpearman([1], [1])).toBe(1)
  })

  it('rejects bad input', () => {
    expect(codeOf(() => wsCoefficient([1, 2], [1]))).toBe('MCDM_DIMENSION_MISMATCH')
    expect(codeOf(() => wsCoefficient([0, 1], [1, 2]))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => wsCoefficient([], []))).toBe('MCDM_TOO_FEW')
    expect(codeOf(() => weightedSpearman([1, Number.NaN], [1, 2]))).toBe('MCDM_NOT_FINITE')
  })
})

describe('rank similarity laws', () => {
  const perm = fc.integer({ min: 1, max: 12 }).chain((n) => fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i + 1), { minLength: n, maxLength: n }))
  test.prop([perm])('identical rankings score 1; any permutation scores WS in [0, 1] and rw in [−1, 1]', (y) => {
    const x = y.map((_, i) => i + 1)
    expect(wsCoefficient(x, x)).toBe(1)
    expect(weightedSpearman(x, x)).toBe(1)
    const ws = wsCoefficient(x, y)
    const rw = weightedSpearman(x, y)
    expect(ws).toBeGreaterThanOrEqual(0)
    expect(ws).toBeLessThanOrEqual(1)
    expect(rw).toBeGreaterThanOrEqual(-1 - 1e-12)
    expect(rw).toBeLessThanOrEqual(1 + 1e-12)
    expect(weightedSpearman(y, x)).toBeCloseTo(rw, 12)
  })
})
