import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { entropyWeights } from '../../../src/evaluation/mcdm/entropyWeights'
import { codeOf } from './helpers'

describe('entropyWeights (notes/evaluation.md §2.5)', () => {
  it('constant column example [[1,2,3],[2,2,1],[3,2,2]] gives 0.5, 0, 0.5', () => {
    const r = entropyWeights([
      [1, 2, 3],
      [2, 2, 1],
      [3, 2, 2],
    ])
    expect(r.weights[0]).toBeCloseTo(0.5, 12)
    expect(r.weights[1]).toBe(0)
    expect(r.weights[2]).toBeCloseTo(0.5, 12)
    expect(r.entropy[1]).toBe(1)
    expect(r.constantColumns).toEqual([1])
    expect(r.conventions).toEqual({
      types: ['benefit', 'benefit', 'benefit'],
      normalization: 'none',
      costTransform: 'max-minus',
      zeroHandling: 'xlogx0',
      shift: 0,
      constantColumn: 'zero-weight',
    })
  })

  it('a single zero does not push a column to maximal weight (0·ln0 = 0, not pymcdm quirk)', () => {
    // Computed with numpy: p = x / Σx, 0·ln0 = 0 → weights 0.9621, 0.0379; e = 0.7296, 0.9893.
    const r = entropyWeights([
      [0, 5],
      [1, 6],
      [2, 8],
      [3, 6],
    ])
    expect(r.weights[0]).toBeCloseTo(0.96209034, 7)
    expect(r.entropy[0]).toBeCloseTo(0.72957396, 7)
    expect(r.entropy[1]).toBeCloseTo(0.98934429, 7)
    expect(r.entropy[0]).toBeGreaterThan(0)
  })

  it('all-zero columns are constant and get weight 0', () => {
    const r = entropyWeights([
      [0, 1],
      [0, 3],
    ])
    expect(r.weights).toEqual([0, 1])
  })

  it('every column constant → MCDM_ALL_CONSTANT, never a division by zero', () => {
    expect(codeOf(() => entropyWeights([[1, 2], [1, 2]]))).toBe('MCDM_ALL_CONSTANT')
  })

  it('min-max 正向化 and shift are explicit options that change the weights', () => {
    const x = [
      [2, 10],
      [4, 30],
      [9, 20],
      [5, 25],
    ]
    const raw = entropyWeights(x)
    const mm = entropyWeights(x, { normalization: 'minmax', types: ['benefit', 'cost'] })
    const sh = entropyWeights(x, { normalization: 'minmax', types: ['benefit', 'cost'], zeroHandling: 'shift' })
    expect(mm.weights).not.toEqual(raw.weights)
    expect(sh.weights[0]).not.toBe(mm.weights[0])
    expect(Math.abs((sh.weights[0] ?? 0) - (mm.weights[0] ?? 0))).toBeLessThan(0.01)
    expect(sh.conventions).toMatchObject({ zeroHandling: 'shift', shift: 0.0001 })
  })

  it('cost transforms: max − x (default) and 1/x (pyDecision)', () => {
    const x = [
      [1, 2],
      [2, 4],
      [3, 8],
    ]
    const lin = entropyWeights(x, { types: ['benefit', 'cost'] })
    const rec = entropyWeights(x, { types: ['benefit', 'cost'], costTransform: 'reciprocal' })
    // 1/x of [2, 4, 8] is a geometric sequence; max − x = [6, 4, 0]
    expect(lin.entropy[1]).not.toBeCloseTo(rec.entropy[1] ?? 0, 3)
    expect(codeOf(() => entropyWeights([[1, 0], [2, 1]], { types: ['benefit', 'cost'], costTransform: 'reciprocal' }))).toBe('MCDM_NOT_POSITIVE')
  })

  it('normalises per column, not over the whole matrix (cnblogs regression)', () => {
    const x = [
      [1, 100],
      [2, 300],
      [3, 200],
    ]
    const a = entropyWeights(x, { normalization: 'minmax' })
    const b = entropyWeights(
      x.map(([p, q]) => [p!, q! / 100]),
      { normalization: 'minmax' },
    )
    a.weights.forEach((w, i) => { expect(w).toBeCloseTo(b.weights[i] ?? 0, 12); })
  })

  it('rejects negative raw values, one subject, and bad options', () => {
    expect(codeOf(() => entropyWeights([[-1, 2], [1, 3]]))).toBe('MCDM_NEGATIVE_VALUE')
    expect(codeOf(() => entropyWeights([[1, 2]]))).toBe('MCDM_TOO_FEW')
    expect(codeOf(() => entropyWeights([[1], [2]], { zeroHandling: 'eps' as never }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => entropyWeights([[1], [2]], { types: ['up' as never] }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => entropyWeights([[1], [2]], { types: [] }))).toBe('MCDM_DIMENSION_MISMATCH')
    expect(codeOf(() => entropyWeights([[1], [2]], { zeroHandling: 'shift', shift: -1 }))).toBe('MCDM_INVALID_ARGUMENT')
  })

  it('huge values do not overflow', () => {
    const r = entropyWeights([
      [1e308, 1],
      [1.7e308, 2],
    ])
    expect(r.weights.every(Number.isFinite)).toBe(true)
  })
})

const matrixArb = fc.integer({ min: 2, max: 8 }).chain((m) =>
  fc.integer({ min: 1, max: 6 }).chain((n) =>
    // Hundredths: subnormal values underflow when scaled.
    fc.array(fc.array(fc.integer({ min: 0, max: 100_000 }).map((v) => v / 100), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
  ),
)

describe('entropyWeights laws', () => {
  test.prop([matrixArb])('weights are non-negative, sum to 1, and constant columns weigh 0', (x) => {
    let r
    try {
      r = entropyWeights(x)
    } catch {
      // Only when every column is constant.
      expect(x[0]!.every((_, j) => x.every((row) => row[j] === x[0]![j]))).toBe(true)
      return
    }
    expect(r.weights.every((w) => w >= 0)).toBe(true)
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9)
    for (const j of r.constantColumns) expect(r.weights[j]).toBe(0)
  })

  test.prop([matrixArb, fc.double({ min: 0.01, max: 100, noNaN: true })])('weights are invariant to scaling a column', (x, c) => {
    let a
    try {
      a = entropyWeights(x)
    } catch {
      return
    }
    const b = entropyWeights(x.map((row) => row.map((v, j) => (j === 0 ? v * c : v))))
    a.weights.forEach((w, i) => { expect(Math.abs(w - (b.weights[i] ?? 0))).toBeLessThan(1e-9); })
  })
})
