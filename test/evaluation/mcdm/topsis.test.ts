import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { topsis } from '../../../src/evaluation/mcdm/topsis'
import type { CriterionType } from '../../../src/evaluation/mcdm/types'
import { FIGHTER, T, W, codeOf } from './helpers'

describe('topsis golden numbers (notes/evaluation.md §2.3)', () => {
  it('Hwang & Yoon fighter aircraft, vector normalisation: C = 0.643, 0.268, 0.613, 0.312; ranks 1, 4, 2, 3', () => {
    const r = topsis(FIGHTER, { weights: W, types: T, normalization: 'vector' })
    // Published values are printed to 3–4 places (partly truncated: 0.61354 → 0.613): within 6e-4.
    const near = (got: readonly number[], published: number[]): void => { published.forEach((p, i) => { expect(Math.abs((got[i] ?? 0) - p)).toBeLessThan(6e-4); }); }
    near(r.closeness, [0.643, 0.268, 0.613, 0.312])
    near(r.distanceToIdeal, [0.0545, 0.1197, 0.058, 0.1009])
    near(r.distanceToAntiIdeal, [0.0983, 0.0439, 0.092, 0.0458])
    // Recomputed (notes §2.3): 0.6433, 0.2684, 0.6135, 0.3123.
    expect(r.closeness.map((c) => c.toFixed(4))).toEqual(['0.6433', '0.2684', '0.6135', '0.3123'])
    expect(r.ranks).toEqual([1, 4, 2, 3])
    expect(r.conventions).toMatchObject({ normalization: 'vector', ties: 'competition', order: 'descending', weightPolicy: 'renormalize' })
  })

  it('the same problem with min-max normalisation: 0.6127, 0.3660, 0.5306, 0.3517', () => {
    const r = topsis(FIGHTER, { weights: W, types: T, normalization: 'minmax' })
    expect(r.closeness.map((c) => c.toFixed(4))).toEqual(['0.6127', '0.3660', '0.5306', '0.3517'])
  })

  it('pymcdm README (min-max): 0.6126, 0, 0.7829, 1.0', () => {
    const r = topsis(
      [
        [4, 4],
        [1, 5],
        [3, 2],
        [4, 2],
      ],
      { weights: [0.5, 0.5], types: ['benefit', 'cost'], normalization: 'minmax' },
    )
    expect(r.closeness.map((c) => c.toFixed(4))).toEqual(['0.6126', '0.0000', '0.7829', '1.0000'])
    expect(r.ranks).toEqual([3, 4, 2, 1])
  })
})

describe('topsis degenerate cases', () => {
  it('constant and all-zero columns are documented, never NaN', () => {
    const r = topsis(
      [
        [1, 0, 5],
        [2, 0, 5],
        [3, 0, 5],
      ],
      { weights: [1, 1, 1], types: ['benefit', 'benefit', 'cost'] },
    )
    expect(r.constantColumns).toEqual([1, 2])
    expect(r.closeness).toEqual([0, 0.5, 1])
    expect(r.closeness.every(Number.isFinite)).toBe(true)
  })

  it('identical subjects (ideal = anti-ideal) → MCDM_NO_DISCRIMINATION', () => {
    expect(codeOf(() => topsis([[1, 2], [1, 2]], { weights: [1, 1], types: ['benefit', 'cost'] }))).toBe('MCDM_NO_DISCRIMINATION')
    expect(codeOf(() => topsis([[1, 2], [1, 3]], { weights: [1, 0], types: ['benefit', 'cost'] }))).toBe('MCDM_NO_DISCRIMINATION')
  })

  it('weight policy: renormalize (default) or require a unit sum', () => {
    const a = topsis(FIGHTER, { weights: W.map((w) => w * 10), types: T })
    const b = topsis(FIGHTER, { weights: W, types: T })
    a.closeness.forEach((c, i) => { expect(c).toBeCloseTo(b.closeness[i] ?? 0, 12); })
    expect(codeOf(() => topsis(FIGHTER, { weights: W.map((w) => w * 10), types: T, weightPolicy: 'require-unit-sum' }))).toBe(
      'MCDM_INVALID_WEIGHTS',
    )
  })

  it('rejects bad input with coded errors', () => {
    expect(codeOf(() => topsis([[1, 2]], { weights: [1, 1], types: ['benefit', 'cost'] }))).toBe('MCDM_TOO_FEW')
    expect(codeOf(() => topsis(FIGHTER, { weights: W, types: T.slice(1) }))).toBe('MCDM_DIMENSION_MISMATCH')
    expect(codeOf(() => topsis(FIGHTER, { weights: [1], types: T }))).toBe('MCDM_DIMENSION_MISMATCH')
    expect(codeOf(() => topsis([[1, 2], [1]], { weights: [1, 1], types: ['benefit', 'cost'] }))).toBe('MCDM_DIMENSION_MISMATCH')
    expect(codeOf(() => topsis([[1, Infinity], [1, 2]], { weights: [1, 1], types: ['benefit', 'cost'] }))).toBe('MCDM_NOT_FINITE')
    expect(codeOf(() => topsis(FIGHTER, { weights: W, types: T, normalization: 'sum' as never }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => topsis(FIGHTER, undefined as never))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => topsis([[]], { weights: [], types: [] }))).toBe('MCDM_TOO_FEW')
  })
})

const problem = fc.integer({ min: 2, max: 8 }).chain((m) =>
  fc.integer({ min: 1, max: 5 }).chain((n) =>
    fc.record({
      // Hundredths: subnormal values would underflow to 0 when scaled and make a column constant.
      x: fc.array(fc.array(fc.integer({ min: -10_000, max: 10_000 }).map((v) => v / 100), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
      w: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
      t: fc.array(fc.constantFrom<CriterionType>('benefit', 'cost'), { minLength: n, maxLength: n }),
      norm: fc.constantFrom('vector' as const, 'minmax' as const),
      perm: fc.array(fc.nat(), { minLength: m, maxLength: m }),
      c: fc.double({ min: 0.001, max: 1000, noNaN: true }),
      col: fc.nat({ max: n - 1 }),
    }),
  ),
)

function attempt<T>(f: () => T): T | null {
  try {
    return f()
  } catch (e) {
    expect((e as { code?: string }).code).toBe('MCDM_NO_DISCRIMINATION')
    return null
  }
}

describe('topsis laws', () => {
  test.prop([problem])('closeness lies in [0, 1]; ranks are 1…m', ({ x, w, t, norm }) => {
    const r = attempt(() => topsis(x, { weights: w, types: t, normalization: norm }))
    if (r === null) return
    for (const c of r.closeness) {
      expect(c).toBeGreaterThanOrEqual(0)
      expect(c).toBeLessThanOrEqual(1)
    }
    expect(Math.min(...r.ranks)).toBe(1)
    expect(Math.max(...r.ranks)).toBeLessThanOrEqual(x.length)
  })

  test.prop([problem])('permuting subjects permutes the closeness', ({ x, w, t, norm, perm }) => {
    const order = x.map((_, i) => i).sort((a, b) => (perm[a] ?? 0) - (perm[b] ?? 0) || a - b)
    const a = attempt(() => topsis(x, { weights: w, types: t, normalization: norm }))
    if (a === null) return
    const b = topsis(
      order.map((i) => x[i]!),
      { weights: w, types: t, normalization: norm },
    )
    order.forEach((i, k) => { expect(b.closeness[k]).toBeCloseTo(a.closeness[i] ?? 0, 9); })
  })

  test.prop([problem])('scaling a column by c > 0 does not change the closeness', ({ x, w, t, norm, c, col }) => {
    const a = attempt(() => topsis(x, { weights: w, types: t, normalization: norm }))
    if (a === null) return
    const b = topsis(
      x.map((row) => row.map((v, j) => (j === col ? v * c : v))),
      { weights: w, types: t, normalization: norm },
    )
    a.closeness.forEach((v, i) => { expect(b.closeness[i]).toBeCloseTo(v, 9); })
  })

  test.prop([problem])('a dominant subject scores 1 under min-max', ({ x, w, t }) => {
    const best = t.map((ty, j) => (ty === 'benefit' ? Math.max(...x.map((r) => r[j]!)) + 1 : Math.min(...x.map((r) => r[j]!)) - 1))
    const r = topsis([...x, best], { weights: w, types: t, normalization: 'minmax' })
    expect(r.closeness[x.length]).toBe(1)
    expect(r.ranks[x.length]).toBe(1)
  })
})
