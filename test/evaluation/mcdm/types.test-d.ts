import { describe, expectTypeOf, it } from 'vitest'
import { ahpWeights, topsis, type AhpResult, type CriterionType, type TopsisOptions, type TopsisResult } from '../../../src/evaluation/mcdm/index'

describe('mcdm types', () => {
  it('results are readonly and options require weights and types', () => {
    expectTypeOf(ahpWeights).returns.toEqualTypeOf<AhpResult>()
    expectTypeOf<AhpResult['weights']>().toEqualTypeOf<readonly number[]>()
    expectTypeOf(topsis).returns.toEqualTypeOf<TopsisResult>()
    expectTypeOf<TopsisOptions['types']>().toEqualTypeOf<readonly CriterionType[]>()
    // @ts-expect-error weights and types are required
    topsis([[1]], {})
    // @ts-expect-error the normalisation is a closed set
    topsis([[1]], { weights: [1], types: ['benefit'], normalization: 'sum' })
  })
})
