import { describe, expect, it } from 'vitest'
import { combineWeights } from '../../../src/evaluation/mcdm/combineWeights'
import { codeOf } from './helpers'

describe('combineWeights', () => {
  it('linear: α·s + (1 − α)·o', () => {
    const r = combineWeights([0.5, 0.5], [0.8, 0.2], { alpha: 0.5 })
    expect(r.weights[0]).toBeCloseTo(0.65, 12)
    expect(r.weights[1]).toBeCloseTo(0.35, 12)
    expect(r.conventions).toEqual({ rule: 'linear', alpha: 0.5, inputWeights: 'renormalize' })
    expect(combineWeights([0.2, 0.8], [0.6, 0.4], { alpha: 1 }).weights[0]).toBeCloseTo(0.2, 12)
    expect(combineWeights([0.2, 0.8], [0.6, 0.4], { alpha: 0 }).weights[0]).toBeCloseTo(0.6, 12)
  })

  it('multiplicative: s·o / Σ s·o', () => {
    const r = combineWeights([0.2, 0.3, 0.5], [0.5, 0.3, 0.2], 'multiplicative')
    const p = [0.1, 0.09, 0.1]
    const s = 0.29
    r.weights.forEach((w, i) => { expect(w).toBeCloseTo((p[i] ?? 0) / s, 12); })
    expect(r.conventions).toEqual({ rule: 'multiplicative', alpha: null, inputWeights: 'renormalize' })
  })

  it('renormalises inputs and rejects bad ones', () => {
    expect(combineWeights([1, 1], [3, 1], { alpha: 0.5 }).weights[0]).toBeCloseTo(0.625, 12)
    expect(codeOf(() => combineWeights([1, 0], [0, 1], 'multiplicative'))).toBe('MCDM_ZERO_PRODUCT')
    expect(codeOf(() => combineWeights([1, 1], [1], { alpha: 0.5 }))).toBe('MCDM_DIMENSION_MISMATCH')
    expect(codeOf(() => combineWeights([1, 1], [1, 1], { alpha: 2 }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => combineWeights([1, 1], [1, 1], 'additive' as never))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => combineWeights([1, 1], [1, 1], null as never))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => combineWeights([0, 0], [1, 1], { alpha: 0.5 }))).toBe('MCDM_INVALID_WEIGHTS')
    expect(codeOf(() => combineWeights([-1, 2], [1, 1], { alpha: 0.5 }))).toBe('MCDM_INVALID_WEIGHTS')
  })
})
