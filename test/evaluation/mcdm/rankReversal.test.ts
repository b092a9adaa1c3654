import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { rankReversal } from '../../../src/evaluation/mcdm/rankReversal'
import { topsis } from '../../../src/evaluation/mcdm/topsis'
import { codeOf } from './helpers'

describe('rankReversal', () => {
  it('TOPSIS (vector): removing the last subject swaps the two leaders', () => {
    const x = [
      [2, 4],
      [9, 2],
      [6, 2],
      [2, 7],
    ]
    const r = rankReversal(x, { weights: [0.5, 0.5], types: ['benefit', 'benefit'] })
    expect(r.baseRanks).toEqual([4, 1, 3, 2])
    expect(r.subjects[0]!.removal).toEqual({ changed: 2, leaderChanged: true })
    // The same, computed directly.
    expect(topsis(x.slice(1), { weights: [0.5, 0.5], types: ['benefit', 'benefit'] }).ranks).toEqual([2, 3, 1])
    expect(r.removalReversals).toBeGreaterThanOrEqual(1)
    expect(r.subjects[1]!.worseCopy).toBeNull()
    expect(r.conventions).toMatchObject({ method: 'topsis', normalization: 'vector', degrade: 0.1, ties: 'competition' })
  })

  it('TOPSIS (min-max): removing the last subject reverses the leader', () => {
    const x = [
      [1, 5],
      [4, 6],
      [9, 4],
      [2, 1],
    ]
    const r = rankReversal(x, { weights: [0.5, 0.5], types: ['benefit', 'benefit'], normalization: 'minmax' })
    expect(r.baseRanks).toEqual([3, 2, 1, 4])
    expect(r.subjects[3]!.removal.leaderChanged).toBe(true)
  })

  it('replacing the last subject by a worse copy changes the leader under min-max (Wang–Triantaphyllou test 1)', () => {
    const r = rankReversal(
      [
        [8, 4],
        [9, 6],
        [7, 7],
        [5, 6],
      ],
      { weights: [0.5, 0.5], types: ['benefit', 'benefit'], normalization: 'minmax', degrade: 0.5 },
    )
    expect(r.baseRanks).toEqual([3, 1, 2, 4])
    expect(r.subjects[3]!.worseCopy).toEqual({ changed: 1, leaderChanged: true })
    expect(r.worseCopyReversals).toBeGreaterThanOrEqual(1)
    expect(r.conventions.degrade).toBe(0.5)
  })

  it('weighted sum under max normalisation clamps degraded benefit values at 0', () => {
    const r = rankReversal(
      [
        [0, 5],
        [4, 6],
        [9, 4],
      ],
      { weights: [0.5, 0.5], types: ['benefit', 'cost'], method: 'weighted-sum', normalization: 'max' },
    )
    expect(r.subjects).toHaveLength(3)
  })

  it('needs three subjects and a ranking', () => {
    expect(codeOf(() => rankReversal([[1], [2]], { weights: [1], types: ['benefit'] }))).toBe('MCDM_TOO_FEW')
    expect(codeOf(() => rankReversal([[1], [1], [1]], { weights: [1], types: ['benefit'] }))).toBe('MCDM_NO_DISCRIMINATION')
    expect(codeOf(() => rankReversal([[1], [2], [3]], { weights: [1], types: ['benefit'], degrade: 0 }))).toBe('MCDM_INVALID_ARGUMENT')
  })
})

describe('rankReversal laws', () => {
  const problem = fc.integer({ min: 3, max: 7 }).chain((m) =>
    fc.integer({ min: 1, max: 4 }).chain((n) =>
      fc.record({
        x: fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
        w: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
      }),
    ),
  )
  test.prop([problem], { numRuns: 60 })('a weighted sum of raw (absolute) scores never reverses ranks', ({ x, w }) => {
    const r = rankReversal(x, { weights: w, types: w.map(() => 'benefit' as const), method: 'weighted-sum', normalization: 'none' })
    expect(r.removalReversals).toBe(0)
    expect(r.worseCopyReversals).toBe(0)
  })
})
