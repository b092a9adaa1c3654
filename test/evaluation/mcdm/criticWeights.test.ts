import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { criticWeights } from '../../../src/evaluation/mcdm/criticWeights'
import { codeOf } from './helpers'

const X = [
  [1, 5, 3],
  [2, 3, 3.5],
  [4, 4, 1],
  [3, 1, 2],
]

describe('criticWeights (notes/evaluation.md §2.6)', () => {
  it('matches an independent numpy computation (min-max, all benefit): 0.3894, 0.2695, 0.3411', () => {
    const r = criticWeights(X)
    expect(r.weights.map((w) => w.toFixed(4))).toEqual(['0.3894', '0.2695', '0.3411'])
    expect(r.conventions).toEqual({ types: ['benefit', 'benefit', 'benefit'], normalization: 'minmax', std: 'population', constantCorrelation: 0 })
    expect(r.correlation[0]![0]).toBe(1)
    expect(r.correlation[0]![1]).toBeCloseTo(r.correlation[1]![0] ?? 0, 15)
  })

  it('declaring a cost column changes the weights: 0.3424, 0.2358, 0.4218', () => {
    const r = criticWeights(X, { types: ['benefit', 'cost', 'benefit'] })
    expect(r.weights.map((w) => w.toFixed(4))).toEqual(['0.3424', '0.2358', '0.4218'])
  })

  it('a constant column gets weight 0 and correlation 0 with the others', () => {
    const r = criticWeights([
      [1, 7, 2],
      [2, 7, 1],
      [3, 7, 3],
    ])
    expect(r.weights[1]).toBe(0)
    expect(r.constantColumns).toEqual([1])
    expect(r.correlation[0]![1]).toBe(0)
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
  })

  it('raw values (normalization none) keep the units', () => {
    const r = criticWeights(X, { normalization: 'none' })
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
    expect(r.conventions.normalization).toBe('none')
  })

  it('degenerate input throws clear errors', () => {
    expect(codeOf(() => criticWeights([[1, 1], [1, 1]]))).toBe('MCDM_ALL_CONSTANT')
    expect(codeOf(() => criticWeights([[1, 2], [2, 4], [3, 6]]))).toBe('MCDM_CRITIC_DEGENERATE')
    expect(codeOf(() => criticWeights([[1]]))).toBe('MCDM_TOO_FEW')
  })
})

describe('criticWeights laws', () => {
  const matrixArb = fc.integer({ min: 2, max: 8 }).chain((m) =>
    fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
    ),
  )
  test.prop([matrixArb])('weights are non-negative and sum to 1 (or a clear error)', (x) => {
    let r
    try {
      r = criticWeights(x)
    } catch (e) {
      expect(['MCDM_ALL_CONSTANT', 'MCDM_CRITIC_DEGENERATE']).toContain((e as { code: string }).code)
      return
    }
    expect(r.weights.every((w) => w >= 0 && Number.isFinite(w))).toBe(true)
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9)
  })
})
