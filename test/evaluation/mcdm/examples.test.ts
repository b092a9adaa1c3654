// The @example lines of the TSDoc, checked.
import { describe, expect, it } from 'vitest'
import * as m from '../../../src/evaluation/mcdm/index'

describe('TSDoc examples', () => {
  it('rank, ahpWeights, groupAhpWeights, completeAhpMatrix', () => {
    expect(m.rank([0.3, 0.9, 0.3]).ranks).toEqual([2, 1, 2])
    const two = m.ahpWeights([[1, 3], [1 / 3, 1]]).weights
    expect(two[0]).toBeCloseTo(0.75, 12)
    expect(m.groupAhpWeights([[[1, 3], [1 / 3, 1]], [[1, 1 / 3], [3, 1]]]).weights.map((w) => w.toFixed(12))).toEqual(['0.500000000000', '0.500000000000'])
    expect(m.completeAhpMatrix([[1, null, 2], [null, 1, 3], [1 / 2, 1 / 3, 1]]).filled).toHaveLength(1)
  })

  it('ranking methods', () => {
    expect(m.topsis([[4, 4], [1, 5]], { weights: [0.5, 0.5], types: ['benefit', 'cost'] }).ranks).toEqual([1, 2])
    expect(m.weightedSum([[1, 2], [3, 1]], { weights: [0.5, 0.5], types: ['benefit', 'cost'] }).ranks).toEqual([2, 1])
    expect(m.vikor([[1, 2], [2, 1], [3, 3]], { weights: [0.5, 0.5], types: ['benefit', 'benefit'] }).compromise).toEqual([2])
    expect(m.combineWeights([0.5, 0.5], [0.8, 0.2], 'multiplicative').weights.map((w) => w.toFixed(12))).toEqual(['0.800000000000', '0.200000000000'])
    const c = m.criticWeights([[1, 5, 3], [2, 3, 3.5], [4, 4, 1], [3, 1, 2]])
    expect(c.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
  })

  it('stability and comparison', () => {
    const s = m.rankStability([[0.9, 0.2], [0.5, 0.5], [0.2, 0.9]], {
      weights: [0.5, 0.5],
      types: ['benefit', 'benefit'],
      seed: 42,
      draws: 500,
      weightSpread: 0.5,
      topK: 1,
    })
    expect(s.subjects.map((x) => x.baseRank)).toEqual([1, 3, 1])
    expect(m.rankStability([[1, 2], [2, 1], [3, 3]], { weights: [0.5, 0.5], types: ['benefit', 'benefit'], seed: 1, draws: 100 }).subjects[2]?.topKProbability).toBe(1)
    const w = m.weightChangeToSwap([[0.9, 0.1], [0.5, 0.6]], {
      weights: [0.5, 0.5],
      types: ['benefit', 'benefit'],
      subjects: [0, 1],
      method: 'weighted-sum',
      normalization: 'none',
    })
    expect(w.leader).toBe(1)
    expect(w.byCriterion[0]?.weight?.toFixed(4)).toBe('0.5556')
    expect(Math.abs(w.smallest?.change ?? 0).toFixed(4)).toBe('0.0556')
    expect(m.comparePeriods({ subjects: ['a', 'b'], scores: [2, 1] }, { subjects: ['a', 'b'], scores: [1, 2] }, { normalization: 'none' }).similarity.ws).toBe(0.25)
    const r = m.weightSensitivity([[1, 2], [2, 1]], { weights: [0.5, 0.5], types: ['benefit', 'benefit'], method: 'weighted-sum' })
    expect(r.criteria).toHaveLength(2)
  })
})
