import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { applyChange } from '../../src/district/index'
import { parseDistrict } from '../../src/model/parseDistrict'
import { serializeDistrict } from '../../src/model/serializeDistrict'
import { CTX, changeArbitrary, districtArbitrary } from './arbitraries'

describe('JSON round trip (DESIGN.md §5)', () => {
  test.prop([districtArbitrary({ max: 6 })])('parseDistrict(serializeDistrict(d)) deep-equals d', (d) => {
    expect(parseDistrict(serializeDistrict(d))).toEqual(d)
    expect(parseDistrict(serializeDistrict(d, 2))).toEqual(d)
  })

  test.prop([districtArbitrary().chain((d) => fc.tuple(fc.constant(d), changeArbitrary(d)))])(
    'districts produced by applyChange round-trip too',
    ([d, change]) => {
      let next = d
      try {
        next = applyChange(d, change, CTX).district
      } catch {
        // rejected changes are covered elsewhere
      }
      expect(parseDistrict(serializeDistrict(next))).toEqual(next)
    },
  )
})
