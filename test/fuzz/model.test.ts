import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { parseDistrict } from '../../src/model/parseDistrict'
import { safeParseDistrict } from '../../src/model/safeParseDistrict'
import { anything, onlyTongxin } from './hostile'

/** Values nested deeper than any recursion budget would allow. */
function deeplyNested(depth: number): unknown {
  let v: unknown = { id: 'd', name: 'n' }
  for (let i = 0; i < depth; i++) v = { volunteers: [v] }
  return v
}

describe('parseDistrict under hostile input', () => {
  test.prop([anything])(
    'only ever returns or throws TongxinError',
    (value) => {
      onlyTongxin(() => parseDistrict(value))
      expect(safeParseDistrict(value).ok).toBeTypeOf('boolean')
    },
  )

  test.prop([fc.string()])('JSON-ish text only ever throws TongxinError', (text) => {
    onlyTongxin(() => parseDistrict(text))
  })

  test.prop([
    fc.record({
      id: fc.oneof(fc.string(), fc.constant('d1')),
      name: fc.oneof(fc.string(), fc.constant('区')),
      streets: fc.array(fc.record({ id: fc.string(), name: fc.string() }), { maxLength: 5 }),
      records: fc.array(
        fc.record({ id: fc.string(), volunteerId: fc.string(), start: fc.string(), end: fc.string(), status: fc.string() }),
        { maxLength: 5 },
      ),
    }),
  ])('district-shaped junk only ever throws TongxinError', (value) => {
    onlyTongxin(() => parseDistrict(value))
  })

  test('deep nesting and huge arrays are answered, not overflowed', () => {
    onlyTongxin(() => parseDistrict(deeplyNested(100_000)))
    onlyTongxin(() => parseDistrict({ id: 'd', name: 'n', streets: new Array(200_000).fill(0) }))
    onlyTongxin(() => parseDistrict('['.repeat(100_000)))
  })
})
