import { describe, expect, it } from 'vitest'
import { ahpWeights } from '../../../src/evaluation/mcdm/ahpWeights'
import { completeAhpMatrix } from '../../../src/evaluation/mcdm/completeAhpMatrix'
import { codeOf } from './helpers'

// Bozóki, Fülöp & Rónyai (2010), via the AHPy tests: c/d is missing.
const INCOMPLETE = [
  [1, 1, 5, 2],
  [1, 1, 3, 4],
  [1 / 5, 1 / 3, 1, null],
  [1 / 2, 1 / 4, null, 1],
]

describe('completeAhpMatrix (notes/evaluation.md §2.2 example 8)', () => {
  it('optimal completion gives c/d = 0.730297 and EM weights 0.3738, 0.3920, 0.0985, 0.1357, CR 0.0372 (DD)', () => {
    const r = completeAhpMatrix(INCOMPLETE)
    expect(r.filled).toHaveLength(1)
    expect(r.filled[0]).toMatchObject({ row: 2, column: 3 })
    expect(r.filled[0]!.value).toBeCloseTo(0.730297, 6)
    expect(r.matrix[3]![2]).toBeCloseTo(1 / 0.730297, 5)
    expect(r.conventions.method).toBe('bozoki-fulop-ronyai')
    const w = ahpWeights(r.matrix, { scale: 'positive', riTable: 'doneganDodd' })
    expect(w.weights.map((x) => x.toFixed(4))).toEqual(['0.3738', '0.3920', '0.0985', '0.1357'])
    expect(w.cr).toBeCloseTo(0.0372, 4)
    expect(r.lambdaMax).toBeCloseTo(w.lambdaMax, 9)
  })

  it('the completion minimises λmax', () => {
    const r = completeAhpMatrix(INCOMPLETE)
    const x = r.filled[0]!.value
    for (const f of [0.9, 0.99, 1.01, 1.1]) {
      const a = INCOMPLETE.map((row) => [...row])
      a[2]![3] = x * f
      a[3]![2] = 1 / (x * f)
      expect(ahpWeights(a as number[][], { scale: 'positive' }).lambdaMax).toBeGreaterThan(r.lambdaMax)
    }
  })

  it('fills one-sided gaps with the reciprocal and leaves complete matrices alone', () => {
    const r = completeAhpMatrix([
      [1, null, 2],
      [1 / 3, 1, 3],
      [1 / 2, 1 / 3, 1],
    ])
    expect(r.filled).toEqual([])
    expect(r.matrix[0]![1]).toBeCloseTo(3, 12)
    expect(r.sweeps).toBe(0)
  })

  it('a consistent partial matrix is completed consistently (several gaps)', () => {
    const w = [0.4, 0.3, 0.2, 0.1]
    const a: (number | null)[][] = w.map((wi) => w.map((wj) => wi / wj))
    a[0]![3] = null
    a[3]![0] = null
    a[1]![2] = null
    a[2]![1] = null
    const r = completeAhpMatrix(a, { scale: 'positive' })
    expect(r.filled).toHaveLength(2)
    expect(r.filled[0]!.value).toBeCloseTo(4, 5)
    expect(r.filled[1]!.value).toBeCloseTo(1.5, 5)
    expect(r.lambdaMax).toBeCloseTo(4, 9)
  })

  it('rejects disconnected known judgments and bad input', () => {
    expect(
      codeOf(() =>
        completeAhpMatrix([
          [1, 2, null, null],
          [1 / 2, 1, null, null],
          [null, null, 1, 3],
          [null, null, 1 / 3, 1],
        ]),
      ),
    ).toBe('MCDM_AHP_DISCONNECTED')
    expect(codeOf(() => completeAhpMatrix([[null]]))).toBe('MCDM_AHP_MISSING')
    expect(codeOf(() => completeAhpMatrix([[1, 2], [1, 1]]))).toBe('MCDM_AHP_NOT_RECIPROCAL')
    expect(codeOf(() => completeAhpMatrix(INCOMPLETE, { maxSweeps: 0 }))).toBe('MCDM_INVALID_ARGUMENT')
  })
})
