import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { rank } from '../../../src/evaluation/mcdm/rank'
import { fastRanksInto, rankInto, rankScratch } from '../../../src/evaluation/mcdm/internal/ranking'
import { codeOf } from './helpers'

describe('rank', () => {
  it('competition 1-2-2-4 and dense 1-2-2-3, both orders', () => {
    expect(rank([10, 20, 20, 5]).ranks).toEqual([3, 1, 1, 4])
    expect(rank([10, 20, 20, 5], { ties: 'dense' }).ranks).toEqual([2, 1, 1, 3])
    expect(rank([10, 20, 20, 5], { order: 'ascending' }).ranks).toEqual([2, 3, 3, 1])
    expect(rank([10, 20, 20, 5]).order).toEqual([1, 2, 0, 3])
    expect(rank([]).ranks).toEqual([])
    expect(rank([1]).conventions).toEqual({ ties: 'competition', order: 'descending', tolerance: 1e-12 })
  })

  it('ties within the tolerance; tolerance 0 means exact', () => {
    expect(rank([0.1 + 0.2, 0.3]).ranks).toEqual([1, 1])
    expect(rank([0.1 + 0.2, 0.3], { tolerance: 0 }).ranks).toEqual([1, 2])
  })

  it('rejects bad input', () => {
    expect(codeOf(() => rank([Number.NaN]))).toBe('MCDM_NOT_FINITE')
    expect(codeOf(() => rank([1], { ties: 'fractional' as never }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => rank([1], { tolerance: -1 }))).toBe('MCDM_INVALID_ARGUMENT')
  })
})

describe('rank laws', () => {
  test.prop([fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }), fc.constantFrom('competition' as const, 'dense' as const)])(
    'a larger value never ranks worse; competition rank = 1 + number strictly better',
    (v, ties) => {
      const r = rank(v, { ties }).ranks
      for (let i = 0; i < v.length; i++) {
        for (let j = 0; j < v.length; j++) if (v[i]! > v[j]!) expect(r[i]!).toBeLessThan(r[j]!)
        if (ties === 'competition') expect(r[i]).toBe(1 + v.filter((x) => x > v[i]!).length)
        else expect(r[i]).toBe(1 + new Set(v.filter((x) => x > v[i]!)).size)
      }
    },
  )
})

describe('fast ranking used in the Monte-Carlo loops', () => {
  test.prop([
    fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1, max: 1, noNaN: true }), fc.constant(-0)), { minLength: 1, maxLength: 40 }),
    fc.boolean(),
    fc.boolean(),
    fc.constantFrom(0, 1e-12, 0.1),
  ])('gives exactly the ranks of the reference ranking', (v, descending, dense, tol) => {
    const values = Float64Array.from(v)
    const a = new Int32Array(v.length)
    const b = new Int32Array(v.length)
    rankInto(values, descending, dense, tol, a, new Uint32Array(v.length))
    fastRanksInto(values, descending, dense, tol, b, rankScratch(v.length))
    expect(Array.from(b)).toEqual(Array.from(a))
  })
})
