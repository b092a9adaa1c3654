import { describe, expect, it } from 'vitest'
import { weightedSum } from '../../../src/evaluation/mcdm/weightedSum'
import { codeOf } from './helpers'

describe('weightedSum', () => {
  it('min-max by direction, then Σ w·r', () => {
    const r = weightedSum(
      [
        [80, 3],
        [90, 5],
        [70, 1],
      ],
      { weights: [0.7, 0.3], types: ['benefit', 'cost'] },
    )
    expect(r.scores[0]).toBeCloseTo(0.5, 12)
    expect(r.scores[1]).toBeCloseTo(0.7, 12)
    expect(r.scores[2]).toBeCloseTo(0.3, 12)
    expect(r.ranks).toEqual([2, 1, 3])
    expect(r.conventions).toMatchObject({ normalization: 'minmax', constantColumn: 'one' })
  })

  it('constant columns: one (default) or zero; max and none normalisations', () => {
    const x = [
      [1, 4],
      [3, 4],
    ]
    expect(weightedSum(x, { weights: [1, 1], types: ['benefit', 'benefit'] }).scores).toEqual([0.5, 1])
    expect(weightedSum(x, { weights: [1, 1], types: ['benefit', 'benefit'], constantColumn: 'zero' }).scores).toEqual([0, 0.5])
    const mx = weightedSum(x, { weights: [1, 1], types: ['benefit', 'cost'], normalization: 'max' })
    expect(mx.scores[0]).toBeCloseTo(0.5 * (1 / 3) + 0.5, 12)
    expect(weightedSum([[0, 2], [0, 1]], { weights: [1, 1], types: ['benefit', 'benefit'], normalization: 'max' }).scores).toEqual([0.5, 0.25])
    expect(weightedSum(x, { weights: [1, 3], types: ['benefit', 'benefit'], normalization: 'none' }).scores).toEqual([3.25, 3.75])
  })

  it('ties use the explicit rule', () => {
    const x = [[1], [2], [2], [0]]
    expect(weightedSum(x, { weights: [1], types: ['benefit'], normalization: 'none' }).ranks).toEqual([3, 1, 1, 4])
    expect(weightedSum(x, { weights: [1], types: ['benefit'], normalization: 'none', ties: 'dense' }).ranks).toEqual([2, 1, 1, 3])
  })

  it('rejects cost under none, negatives under max, and bad input', () => {
    expect(codeOf(() => weightedSum([[1, 2]], { weights: [1, 1], types: ['benefit', 'cost'], normalization: 'none' }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => weightedSum([[-1]], { weights: [1], types: ['benefit'], normalization: 'max' }))).toBe('MCDM_NEGATIVE_VALUE')
    expect(codeOf(() => weightedSum([[0]], { weights: [1], types: ['cost'], normalization: 'max' }))).toBe('MCDM_NOT_POSITIVE')
    expect(codeOf(() => weightedSum([[1]], { weights: [1], types: ['benefit'], constantColumn: 'half' as never }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => weightedSum([], { weights: [1], types: ['benefit'] }))).toBe('MCDM_TOO_FEW')
  })
})
