import { describe, expect, it } from 'vitest'
import { ahpWeights } from '../../../src/evaluation/mcdm/ahpWeights'
import { groupAhpWeights } from '../../../src/evaluation/mcdm/groupAhpWeights'
import { codeOf } from './helpers'

const E1 = [
  [1, 3, 5],
  [1 / 3, 1, 2],
  [1 / 5, 1 / 2, 1],
]
const E2 = [
  [1, 1, 3],
  [1, 1, 4],
  [1 / 3, 1 / 4, 1],
]
const E3 = [
  [1, 5, 7],
  [1 / 5, 1, 3],
  [1 / 7, 1 / 3, 1],
]

describe('groupAhpWeights', () => {
  it('AIJ aggregates judgments by the (weighted) element-wise geometric mean', () => {
    const r = groupAhpWeights([E1, E2, E3])
    expect(r.aggregatedMatrix[0]![1]).toBeCloseTo(Math.cbrt(3 * 1 * 5), 12)
    expect(r.aggregatedMatrix[1]![0]).toBeCloseTo(1 / Math.cbrt(15), 12)
    const direct = ahpWeights(r.aggregatedMatrix, { scale: 'positive' })
    r.weights.forEach((w, i) => { expect(w).toBeCloseTo(direct.weights[i] ?? 0, 12); })
    expect(r.cr).toBeCloseTo(direct.cr, 12)
    expect(r.experts).toHaveLength(3)
    expect(r.conventions).toMatchObject({ aggregation: 'aij', method: 'eigenvector', scale: 'saaty' })
    expect(r.conventions.expertWeights).toEqual([1 / 3, 1 / 3, 1 / 3])
  })

  it('with the geometric-mean method, AIJ and AIP coincide (Barzilai–Golany)', () => {
    const ew = [0.5, 0.3, 0.2]
    const aij = groupAhpWeights([E1, E2, E3], { method: 'geometric-mean', expertWeights: ew })
    const aip = groupAhpWeights([E1, E2, E3], { method: 'geometric-mean', expertWeights: ew, aggregation: 'aip' })
    aij.weights.forEach((w, i) => { expect(w).toBeCloseTo(aip.weights[i] ?? 0, 12); })
  })

  it('a single expert reproduces ahpWeights', () => {
    const r = groupAhpWeights([E1])
    const d = ahpWeights(E1)
    r.weights.forEach((w, i) => { expect(w).toBeCloseTo(d.weights[i] ?? 0, 12); })
  })

  it('rejects mismatched sizes, bad expert weights and bad judgments', () => {
    expect(codeOf(() => groupAhpWeights([E1, [[1, 2], [1 / 2, 1]]]))).toBe('MCDM_DIMENSION_MISMATCH')
    expect(codeOf(() => groupAhpWeights([E1, E2], { expertWeights: [1, -1] }))).toBe('MCDM_INVALID_WEIGHTS')
    expect(codeOf(() => groupAhpWeights([E1, E2], { expertWeights: [1] }))).toBe('MCDM_DIMENSION_MISMATCH')
    expect(codeOf(() => groupAhpWeights([]))).toBe('MCDM_TOO_FEW')
    expect(codeOf(() => groupAhpWeights({} as never))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => groupAhpWeights([E1, [[1, 2, 3], [1, 1, 1], [1, 1, 1]]]))).toBe('MCDM_AHP_NOT_RECIPROCAL')
  })
})
