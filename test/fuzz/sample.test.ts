import { fc, test } from '@fast-check/vitest'
import { describe } from 'vitest'
import { generateDistrict } from '../../src/sample/index'
import type { GenerateDistrictOptions } from '../../src/sample/index'
import { anything, onlyTongxin } from './hostile'

const hostile = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 1.5, 1e12, -1e12, Number.MAX_VALUE, Number.MIN_SAFE_INTEGER - 2, '3', '', null, true, 0n, [], {}),
  fc.anything({ withNullPrototype: true, withBigInt: true, withTypedArray: true, withSparseArray: true }),
)
/** A value for a size option: small valid values or hostile ones (never a huge valid size). */
const size = (max: number) => fc.oneof(fc.integer({ min: 0, max }), hostile)

describe('generateDistrict under hostile input', () => {
  test.prop([anything])(
    'arbitrary values only ever throw TongxinError',
    (value) => {
      onlyTongxin(() => generateDistrict(value as GenerateDistrictOptions))
    },
  )

  test.prop([
    fc.record(
      {
        seed: fc.oneof(fc.integer(), hostile),
        year: fc.oneof(fc.integer({ min: 1990, max: 2110 }), hostile),
        streets: size(3),
        communitiesPerStreet: size(3),
        teams: size(6),
        volunteers: size(20),
        socialWorkers: size(4),
        recordsPerVolunteer: fc.oneof(fc.double({ min: -1, max: 3 }), hostile),
        workerCapacity: fc.oneof(fc.tuple(fc.integer({ min: -2, max: 5 }), fc.integer({ min: -2, max: 5 })), hostile),
        stationsPerStreet: size(3),
        streetNames: fc.oneof(fc.array(fc.oneof(fc.string(), hostile), { maxLength: 4 }), hostile),
        timeZone: fc.oneof(fc.constantFrom('Asia/Shanghai', 'UTC', 'Nowhere/Land', '__proto__'), hostile),
        id: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor'), hostile),
        name: fc.oneof(fc.string(), hostile),
        __proto__: hostile,
        constructor: hostile,
      },
      { requiredKeys: [] },
    ),
  ], { numRuns: 300 })('option records with hostile fields only ever throw TongxinError', (o) => {
    onlyTongxin(() => generateDistrict(o as unknown as GenerateDistrictOptions))
  })
})
