import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { checkIntegrity } from '../../src/district/index'
import { parseDistrict } from '../../src/model/parseDistrict'
import { serializeDistrict } from '../../src/model/serializeDistrict'
import { generateDistrict } from '../../src/sample/index'
import type { GenerateDistrictOptions } from '../../src/sample/index'
import { SMALL, validateJsonSchema } from './helpers'

const seed = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })

/** Small but varied options. */
const options: fc.Arbitrary<GenerateDistrictOptions> = fc.record({
  seed,
  year: fc.integer({ min: 2000, max: 2100 }),
  streets: fc.integer({ min: 1, max: 3 }),
  communitiesPerStreet: fc.integer({ min: 1, max: 3 }),
  teams: fc.integer({ min: 0, max: 8 }),
  volunteers: fc.integer({ min: 0, max: 30 }),
  socialWorkers: fc.integer({ min: 0, max: 6 }),
  recordsPerVolunteer: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 4, noNaN: true })),
  workerCapacity: fc.integer({ min: 0, max: 3 }).chain((lo) => fc.tuple(fc.constant(lo), fc.integer({ min: lo, max: 5 }))),
  stationsPerStreet: fc.integer({ min: 0, max: 2 }),
  timeZone: fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'UTC'),
})

describe('generateDistrict laws', () => {
  test.prop([seed])('same seed → deep-equal district', (s) => {
    expect(generateDistrict({ ...SMALL, seed: s })).toStrictEqual(generateDistrict({ ...SMALL, seed: s }))
  })

  test.prop([seed, seed])('different seeds → different districts (same id)', (a, b) => {
    fc.pre(a !== b)
    expect(generateDistrict({ ...SMALL, seed: a, id: 'd' })).not.toEqual(generateDistrict({ ...SMALL, seed: b, id: 'd' }))
  })

  test.prop([options], { numRuns: 60 })('every generated district parses unchanged and passes integrity', (o) => {
    const d = generateDistrict(o)
    expect(parseDistrict(d)).toStrictEqual(d)
    expect(parseDistrict(serializeDistrict(d))).toStrictEqual(d)
    expect(checkIntegrity(d)).toEqual([])
    expect(d.records).toHaveLength(Math.round(o.volunteers * o.recordsPerVolunteer))
  })

  test.prop([options], { numRuns: 40 })('the JSON Schema export validates every generated district', (o) => {
    expect(validateJsonSchema(generateDistrict(o)).ok).toBe(true)
  })
})
