import { describe, expect, it } from 'vitest'
import { weightSensitivity } from '../../../src/evaluation/mcdm/weightSensitivity'
import { codeOf } from './helpers'

describe('weightSensitivity', () => {
  it('changes one weight at a time with proportional renormalisation', () => {
    const r = weightSensitivity(
      [
        [0.9, 0.1],
        [0.5, 0.6],
      ],
      { weights: [0.5, 0.5], types: ['benefit', 'benefit'], method: 'weighted-sum', normalization: 'none', changes: [-0.5, 0.5] },
    )
    expect(r.baseRanks).toEqual([2, 1])
    const down = r.criteria[1]!.steps[0]!
    expect(down.weight).toBeCloseTo(0.25, 15)
    expect(down.weights[0]).toBeCloseTo(0.75, 15)
    expect(down.ranks).toEqual([1, 2])
    expect(down.rankChanges).toBe(2)
    expect(down.maxShift).toBe(1)
    expect(down.leaderChanged).toBe(true)
    const up = r.criteria[1]!.steps[1]!
    expect(up.ranks).toEqual([2, 1])
    expect(up.leaderChanged).toBe(false)
    expect(r.conventions).toMatchObject({ method: 'weighted-sum', changes: [-0.5, 0.5], renormalization: 'proportional' })
  })

  it('defaults to ±10 %, ±20 % with TOPSIS; a sole criterion shares the rest equally; weights clamp at 1', () => {
    const x = [
      [1, 2, 3],
      [3, 2, 1],
      [2, 3, 1],
    ]
    const r = weightSensitivity(x, { weights: [1, 0, 0], types: ['benefit', 'benefit', 'benefit'] })
    expect(r.conventions.changes).toEqual([-0.2, -0.1, 0.1, 0.2])
    expect(r.conventions.method).toBe('topsis')
    const step = r.criteria[0]!.steps[0]!
    expect(step.weights[1]).toBeCloseTo(0.1, 12)
    expect(step.weights[2]).toBeCloseTo(0.1, 12)
    expect(r.criteria[0]!.steps[3]!.weight).toBe(1)
    // Zero weights stay zero under relative changes.
    expect(r.criteria[1]!.steps.every((s) => s.rankChanges === 0)).toBe(true)
  })

  it('rejects bad changes', () => {
    expect(codeOf(() => weightSensitivity([[1], [2]], { weights: [1], types: ['benefit'], changes: [-1] }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => weightSensitivity([[1], [2]], { weights: [1], types: ['benefit'], changes: [] }))).toBe('MCDM_TOO_FEW')
    expect(codeOf(() => weightSensitivity([[1], [1]], { weights: [1], types: ['benefit'] }))).toBe('MCDM_NO_DISCRIMINATION')
  })
})
