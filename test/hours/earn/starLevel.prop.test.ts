import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { STAR_POLICIES, starDistribution, starLevel } from '../../../src/hours/earn/index'

const policy = fc.constantFrom(...Object.values(STAR_POLICIES))
const facts = fc.record(
  {
    registrationMonths: fc.integer({ min: 0, max: 60 }),
    qualityScore: fc.integer({ min: 0, max: 100 }),
    selected: fc.boolean(),
    heldLevel: fc.integer({ min: 0, max: 5 }),
  },
  { requiredKeys: [] },
)

test.prop([policy, facts, fc.nat({ max: 200_000 }), fc.nat({ max: 200_000 })])(
  'stars are monotone in minutes (other facts fixed)',
  (p, f, a, b) => {
    const lo = Math.min(a, b)
    const hi = Math.max(a, b)
    const rl = starLevel({ ...f, creditedMinutes: lo }, p)
    const rh = starLevel({ ...f, creditedMinutes: hi }, p)
    expect(rl.level).toBeLessThanOrEqual(rh.level)
    expect(rl.hoursLevel).toBeLessThanOrEqual(rh.hoursLevel)
  },
)

test.prop([policy, facts, fc.nat({ max: 200_000 })])('threshold ≤ minutes < next threshold by hours; level ≤ hours level', (p, f, m) => {
  const r = starLevel({ ...f, creditedMinutes: m }, p)
  expect(r.threshold).toBeLessThanOrEqual(m)
  expect(r.level).toBeLessThanOrEqual(r.hoursLevel)
  if (r.level === r.hoursLevel && r.nextThreshold !== null) expect(m).toBeLessThan(r.nextThreshold)
  if (r.minutesToNext !== null) expect(r.minutesToNext).toBeGreaterThanOrEqual(0)
  expect(r.blockedBy.length > 0).toBe(r.level < r.hoursLevel)
})

test.prop([policy, fc.array(fc.nat({ max: 200_000 }), { maxLength: 50 })])('distribution is order independent and sums to the total', (p, ms) => {
  const d1 = starDistribution(ms, p)
  const d2 = starDistribution([...ms].reverse(), p)
  expect(d1).toEqual(d2)
  expect(d1.levels.reduce((s, l) => s + l.count, 0)).toBe(ms.length)
})
