import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  combineSummaries, createHoursStream, creditHours, emptySummary, resolveHoursPolicy, streamHours, summarizeHours,
} from '../../src/hours/index'
import { onlyTongxin, onlyTongxinAsync } from './hostile'

const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(NaN, Infinity, -Infinity, -1, 1e308, 2 ** 53, '__proto__', 'constructor', '', null, undefined, [], {}),
  fc.constantFrom('2025-03-08T09:00+08:00', '0001-01-01T00:00+14:00', '9999-12-31T23:59:59.999999999-18:00', '2025-02-29T09:00Z', '2025-03-08T09:00'),
)
const hostileRecord = fc.record(
  {
    id: fc.oneof(fc.constantFrom('r1', 'r2', '__proto__', 'constructor'), hostileValue),
    volunteerId: fc.oneof(fc.constantFrom('v1', '__proto__', 'toString'), hostileValue),
    teamId: fc.oneof(fc.constantFrom('t1', '__proto__', 'hasOwnProperty'), hostileValue),
    activityId: hostileValue,
    start: fc.oneof(fc.constantFrom('2025-03-08T09:00+08:00', '0001-01-01T00:00+14:00', '2025-03-08T23:59:59.9Z'), hostileValue),
    end: fc.oneof(fc.constantFrom('2025-03-08T12:00+08:00', '9999-12-31T23:59-18:00', '2025-03-09T00:01Z'), hostileValue),
    breakMinutes: fc.oneof(fc.integer({ min: 0, max: 100_000 }), hostileValue),
    travelMinutes: fc.oneof(fc.integer({ min: 0, max: 100_000 }), hostileValue),
    status: fc.oneof(fc.constantFrom('confirmed', 'pending', 'void', 'rejected'), hostileValue),
    recordedBy: hostileValue,
    recordedAt: hostileValue,
  },
  { requiredKeys: [] },
)
const hostilePolicy = fc.oneof(
  hostileValue,
  fc.record(
    {
      timeZone: fc.oneof(fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'Etc/GMT+14', 'Mars/Base'), hostileValue),
      countedStatuses: fc.oneof(fc.constant(['confirmed', 'pending']), hostileValue),
      sessionCapMinutes: hostileValue,
      dailyCapMinutes: fc.oneof(fc.integer({ min: 1, max: 2000 }), hostileValue),
      minimumSessionMinutes: hostileValue,
      maxSessionMinutes: fc.oneof(fc.integer({ min: 1, max: 44_640 }), hostileValue),
      overlap: fc.oneof(fc.constantFrom('merge', 'keep'), hostileValue),
      rounding: fc.oneof(fc.record({ unit: fc.constantFrom(1, 5, 15, 7, NaN), mode: fc.constantFrom('floor', 'ceil', 'x'), scope: fc.constantFrom('day', 'month', 'year') }, { requiredKeys: [] }), hostileValue),
    },
    { requiredKeys: [] },
  ),
)
const hostileContext = fc.oneof(
  hostileValue,
  fc.record({ now: hostileValue, activities: fc.oneof(fc.array(fc.record({ id: hostileValue, teamId: hostileValue, isVolunteerService: hostileValue })), hostileValue), teams: fc.oneof(fc.array(fc.record({ id: hostileValue, streetId: hostileValue, communityId: hostileValue })), hostileValue) }, { requiredKeys: [] }),
)
const records = fc.oneof(hostileValue, fc.array(fc.oneof(hostileRecord, hostileValue), { maxLength: 8 }))

describe('hours fuzz: only TongxinError escapes', () => {
  test.prop([records, hostilePolicy, hostileContext])('creditHours', (r, p, c) => {
    onlyTongxin(() => creditHours(r as never, p as never, c as never))
  })
  test.prop([hostilePolicy])('resolveHoursPolicy', (p) => {
    onlyTongxin(() => resolveHoursPolicy(p as never))
  })
  test.prop([hostileValue])('summarizeHours', (x) => {
    onlyTongxin(() => summarizeHours(x as never))
  })
  test.prop([fc.oneof(hostileValue, fc.constant(emptySummary())), fc.oneof(hostileValue, fc.constant(emptySummary()))])('combineSummaries', (a, b) => {
    onlyTongxin(() => combineSummaries(a as never, b as never))
  })
  test.prop([hostilePolicy, hostileContext, hostileValue, fc.array(fc.oneof(records, hostileRecord), { maxLength: 4 })])('createHoursStream / add / finish', (p, c, o, chunks) => {
    onlyTongxin(() => {
      const s = createHoursStream(p as never, c as never, o as never)
      for (const chunk of chunks) onlyTongxin(() => { s.add(chunk as never) })
      s.finish()
    })
  })
  test.prop([fc.oneof(records, fc.array(records, { maxLength: 3 })), hostilePolicy, hostileContext])('streamHours', async (src, p, c) => {
    await onlyTongxinAsync(() => streamHours(src as never, p as never, c as never))
  })
  test.prop([fc.array(hostileRecord, { maxLength: 6 })])('valid-looking records with hostile fields still credit or throw coded errors', (rs) => {
    onlyTongxin(() => {
      const l = creditHours(rs as never, { maxSessionMinutes: 44_640 })
      expect(Object.isFrozen(l)).toBe(true)
    })
  })
})
