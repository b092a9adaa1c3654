import { describe, expect, it } from 'vitest'
import { vikor } from '../../../src/evaluation/mcdm/vikor'
import { FIGHTER, T, W, codeOf } from './helpers'

describe('vikor (notes/evaluation.md §2.4)', () => {
  it('pymcdm README matrix (computed with numpy): Q = 0.5, 1, 0.25, 0; C1 fails → compromise {a4, a3}', () => {
    const r = vikor(
      [
        [4, 4],
        [1, 5],
        [3, 2],
        [4, 2],
      ],
      { weights: [0.5, 0.5], types: ['benefit', 'cost'], v: 0.5 },
    )
    expect(r.s.map((x) => x.toFixed(4))).toEqual(['0.3333', '1.0000', '0.1667', '0.0000'])
    expect(r.r.map((x) => x.toFixed(4))).toEqual(['0.3333', '0.5000', '0.1667', '0.0000'])
    expect(r.q.map((x) => x.toFixed(4))).toEqual(['0.5000', '1.0000', '0.2500', '0.0000'])
    expect(r.ranks).toEqual([3, 4, 2, 1])
    expect(r.dq).toBeCloseTo(1 / 3, 15)
    expect(r.acceptableAdvantage).toBe(false)
    expect(r.acceptableStability).toBe(true)
    expect(r.compromise).toEqual([3, 2])
    expect(r.conventions).toMatchObject({ v: 0.5, order: 'ascending', degenerateRange: 'zero-term' })
  })

  it('fighter aircraft (computed with numpy): Q = 0.0306, 1, 0.1818, 0.8612', () => {
    const r = vikor(FIGHTER, { weights: W, types: T })
    expect(r.s.map((x) => x.toFixed(4))).toEqual(['0.4262', '0.7000', '0.4083', '0.6190'])
    expect(r.r.map((x) => x.toFixed(4))).toEqual(['0.1429', '0.3000', '0.2000', '0.3000'])
    expect(r.q.map((x) => x.toFixed(4))).toEqual(['0.0306', '1.0000', '0.1818', '0.8612'])
    expect(r.compromise).toEqual([0, 2])
  })

  it('C1 and C2 hold → a single compromise; C2 fails → the best two', () => {
    const one = vikor(
      [
        [10, 10],
        [1, 1],
        [2, 2],
      ],
      { weights: [0.5, 0.5], types: ['benefit', 'benefit'] },
    )
    expect(one.acceptableAdvantage && one.acceptableStability).toBe(true)
    expect(one.compromise).toEqual([0])
    // v = 0: Q = R only; best by R is not best by S when weights favour a lopsided subject.
    const two = vikor(
      [
        [10, 0],
        [6, 6],
        [0, 10],
        [0, 0],
      ],
      { weights: [0.5, 0.5], types: ['benefit', 'benefit'], v: 0 },
    )
    expect(two.compromise[0]).toBe(1)
  })

  it('degenerate ranges give documented results, never NaN (pyrepo-mcda #1)', () => {
    const r = vikor(
      [
        [1, 5],
        [2, 5],
      ],
      { weights: [0, 1], types: ['benefit', 'benefit'] },
    )
    expect(r.q).toEqual([0, 0])
    expect(r.ranks).toEqual([1, 1])
    expect(r.constantColumns).toEqual([1])
    const allSame = vikor([[3, 3], [3, 3]], { weights: [1, 1], types: ['benefit', 'cost'] })
    expect(allSame.q.every((q) => q === 0)).toBe(true)
  })

  it('rejects bad input', () => {
    expect(codeOf(() => vikor([[1]], { weights: [1], types: ['benefit'] }))).toBe('MCDM_TOO_FEW')
    expect(codeOf(() => vikor(FIGHTER, { weights: W, types: T, v: 2 }))).toBe('MCDM_INVALID_ARGUMENT')
  })
})
