import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { criticWeights, entropyWeights, rankStability, topsis, vikor, weightedSum } from '../../../src/evaluation/mcdm'
import type { CriterionType, FlatMatrix } from '../../../src/evaluation/mcdm'
import { FIGHTER, T, W, codeOf } from './helpers'

const flat = (rows: readonly (readonly number[])[]): FlatMatrix => ({ values: Float64Array.from(rows.flat()), columns: rows[0]!.length })

describe('flat matrices ({ values: Float64Array, columns })', () => {
  it('give the same results as the nested form (fighter aircraft)', () => {
    expect(topsis(flat(FIGHTER), { weights: W, types: T })).toEqual(topsis(FIGHTER, { weights: W, types: T }))
    expect(weightedSum(flat(FIGHTER), { weights: W, types: T })).toEqual(weightedSum(FIGHTER, { weights: W, types: T }))
    expect(vikor(flat(FIGHTER), { weights: W, types: T })).toEqual(vikor(FIGHTER, { weights: W, types: T }))
    expect(entropyWeights(flat(FIGHTER))).toEqual(entropyWeights(FIGHTER))
    expect(criticWeights(flat(FIGHTER), { types: T })).toEqual(criticWeights(FIGHTER, { types: T }))
    expect(rankStability(flat(FIGHTER), { weights: W, types: T, seed: 1, draws: 20 })).toEqual(rankStability(FIGHTER, { weights: W, types: T, seed: 1, draws: 20 }))
  })

  it('are read, never changed; a SharedArrayBuffer is copied first', () => {
    const m = flat(FIGHTER)
    const before = m.values.slice()
    topsis(m, { weights: W, types: T, normalization: 'minmax' })
    weightedSum(m, { weights: W, types: T, normalization: 'max' })
    expect(m.values).toEqual(before)
    const shared = new Float64Array(new SharedArrayBuffer(8 * before.length))
    shared.set(before)
    expect(topsis({ values: shared, columns: 6 }, { weights: W, types: T }).closeness).toEqual(topsis(FIGHTER, { weights: W, types: T }).closeness)
  })

  it('are validated: values, columns, shape, size and finiteness (with the position)', () => {
    const opts = { weights: [1, 1], types: ['benefit', 'benefit'] as CriterionType[] }
    expect(codeOf(() => topsis({ values: [1, 2, 3, 4], columns: 2 } as never, opts))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => topsis({ values: Float64Array.of(1, 2, 3, 4), columns: 1.5 }, opts))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => topsis({ values: Float64Array.of(1, 2, 3, 4), columns: -1 }, opts))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => topsis({ values: Float64Array.of(1, 2, 3, 4), columns: 0 }, opts))).toBe('MCDM_TOO_FEW')
    expect(codeOf(() => topsis({ values: Float64Array.of(1, 2, 3), columns: 2 }, opts))).toBe('MCDM_DIMENSION_MISMATCH')
    expect(codeOf(() => topsis({ values: Float64Array.of(1, 2), columns: 2 }, opts))).toBe('MCDM_TOO_FEW')
    expect(codeOf(() => topsis({ values: Float64Array.of(1, 2, 3, 4), columns: 4 }, { weights: [1, 1, 1, 1], types: ['benefit', 'benefit', 'benefit', 'benefit'] }))).toBe('MCDM_TOO_FEW')
    try {
      topsis({ values: Float64Array.of(1, 2, 3, 4, 5, Number.NaN), columns: 2 }, opts)
      expect.unreachable()
    } catch (e) {
      expect((e as { code: string; params: unknown }).params).toMatchObject({ row: 2, column: 1 })
    }
    expect(codeOf(() => weightedSum({ values: Float64Array.of(1, Infinity, 3), columns: 1 }, { weights: [1], types: ['benefit'] }))).toBe('MCDM_NOT_FINITE')
    // Huge finite values overflow the sums of squares: rescanned, accepted, and scaled as in the nested form.
    const huge = [[1e200, 1], [2e200, 2], [-3e200, 5]]
    expect(topsis(flat(huge), opts)).toEqual(topsis(huge, opts))
  })

  test.prop([
    fc.integer({ min: 2, max: 6 }).chain((m) => fc.integer({ min: 1, max: 5 }).chain((n) => fc.array(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }))),
  ])('flat and nested agree for any finite matrix (weighted sum)', (rows) => {
    const n = rows[0]!.length
    const o = { weights: Array.from({ length: n }, () => 1), types: Array.from({ length: n }, (): CriterionType => 'benefit') }
    expect(weightedSum(flat(rows), o)).toEqual(weightedSum(rows, o))
  })
})
