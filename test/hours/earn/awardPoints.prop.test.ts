import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { awardPoints } from '../../../src/hours/earn/index'
import type { PointsPolicy } from '../../../src/hours/earn/index'

const rate = fc.record({ points: fc.integer({ min: 0, max: 10 }), perMinutes: fc.integer({ min: 1, max: 120 }) })
const policy = fc.record({
  id: fc.constant('p'),
  name: fc.constant('p'),
  defaultRate: rate,
  rates: fc.record({ elderly: rate }, { requiredKeys: [] }),
  capMinutesPerActivity: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  capPointsPerActivity: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  rounding: fc.constantFrom('floor' as const, 'ceil' as const, 'half-up' as const),
  source: fc.constant('test'),
}) as fc.Arbitrary<PointsPolicy>
const entries = fc.array(
  fc.record({
    volunteerId: fc.constantFrom('V1', 'V2', 'V3'),
    activityId: fc.constantFrom('A1', 'A2', 'A3'),
    minutes: fc.nat({ max: 600 }),
  }),
  { maxLength: 30 },
)

test.prop([policy, entries])('points never exceed caps and do not depend on order', (p, es) => {
  const r = awardPoints(es, p)
  for (const line of r.lines) {
    const maxRate = Math.max(p.defaultRate.points / p.defaultRate.perMinutes, (p.rates.elderly?.points ?? 0) / (p.rates.elderly?.perMinutes ?? 1))
    if (p.capPointsPerActivity !== null) expect(line.points).toBeLessThanOrEqual(p.capPointsPerActivity)
    if (p.capMinutesPerActivity !== null) {
      expect(line.countedMinutes).toBeLessThanOrEqual(p.capMinutesPerActivity)
      expect(line.points).toBeLessThanOrEqual(Math.ceil(p.capMinutesPerActivity * maxRate))
    }
    expect(line.countedMinutes).toBeLessThanOrEqual(line.minutes)
  }
  expect(awardPoints([...es].reverse(), p)).toEqual(r)
  expect(r.volunteers.reduce((s, v) => s + v.points, 0)).toBe(r.totalPoints)
})

test.prop([policy, entries, fc.nat({ max: 29 })])('splitting an entry never changes the points (cap applies per activity)', (p, es, at) => {
  const i = at % Math.max(1, es.length)
  const e = es[i]
  if (e === undefined) return
  const half = Math.floor(e.minutes / 2)
  const split = [...es.slice(0, i), { ...e, minutes: half }, { ...e, minutes: e.minutes - half }, ...es.slice(i + 1)]
  expect(awardPoints(split, p).totalPoints).toBe(awardPoints(es, p).totalPoints)
})
