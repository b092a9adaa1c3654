import { describe, expectTypeOf, it } from 'vitest'
import type { District } from '../../src/model/types'
import { LAOSHAN_SAMPLE_OPTIONS, generateDistrict, laoshanSample } from '../../src/sample/index'
import type { GenerateDistrictOptions } from '../../src/sample/index'

describe('sample types', () => {
  it('returns a District', () => {
    expectTypeOf(laoshanSample()).toEqualTypeOf<District>()
    expectTypeOf(generateDistrict).returns.toEqualTypeOf<District>()
    expectTypeOf(LAOSHAN_SAMPLE_OPTIONS).toEqualTypeOf<GenerateDistrictOptions>()
  })

  it('requires the sizes and accepts a readonly capacity pair', () => {
    const capacity = [1, 4] as const
    expectTypeOf({ seed: 1, year: 2025, streets: 1, communitiesPerStreet: 1, teams: 1, volunteers: 1, socialWorkers: 1, recordsPerVolunteer: 1, workerCapacity: capacity }).toExtend<GenerateDistrictOptions>()
    expectTypeOf({ seed: 1, year: 2025 }).not.toExtend<GenerateDistrictOptions>()
    expectTypeOf<GenerateDistrictOptions['workerCapacity']>().toEqualTypeOf<readonly [min: number, max: number] | undefined>()
  })
})
