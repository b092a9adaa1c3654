import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { guidanceShare } from '../../../src/hours/earn/index'

const context = {
  activities: [
    { id: 'a1', teamId: 't1', leadWorkerId: 'w1' },
    { id: 'a2', teamId: 't1' },
    { id: 'a3', teamId: 't2', leadWorkerId: 'w1' },
  ],
  teams: [
    { id: 't1', streetId: 's1', communityId: 'c1' },
    { id: 't2', streetId: 's1' },
  ],
}
const credits = fc.array(
  fc.record({ creditedMinutes: fc.nat({ max: 1000 }), activityId: fc.constantFrom('a1', 'a2', 'a3', 'a4') }, { requiredKeys: ['creditedMinutes'] }),
  { maxLength: 40 },
)

test.prop([credits])('every share is within [0, 1] with numerator ≤ denominator, independent of order', (cs) => {
  const g = guidanceShare(cs, context)
  for (const line of [g.district, ...g.byTeam, ...g.byCommunity, ...g.byStreet]) {
    expect(line.guidedMinutes).toBeLessThanOrEqual(line.totalMinutes)
    expect(Number.isInteger(line.guidedMinutes) && Number.isInteger(line.totalMinutes)).toBe(true)
    if (line.ratio !== null) {
      expect(line.ratio).toBeGreaterThanOrEqual(0)
      expect(line.ratio).toBeLessThanOrEqual(1)
    } else expect(line.totalMinutes).toBe(0)
  }
  expect(g.district.totalMinutes).toBe(cs.reduce((s, c) => s + c.creditedMinutes, 0))
  expect(guidanceShare([...cs].reverse(), context)).toEqual(g)
})
