import { describe, expect, it } from 'vitest'
import {
  STAR_POLICIES,
  STAR_POLICY_BEIJING,
  STAR_POLICY_FUJIAN,
  STAR_POLICY_NATIONAL,
  STAR_POLICY_SHENZHEN_LONGGANG,
  STAR_POLICY_SICHUAN,
  starDistribution,
  starLevel,
} from '../../../src/hours/earn/index'
import type { StarPolicy } from '../../../src/hours/earn/index'
import { TongxinError } from '../../../src/errors/TongxinError'

const H = 60

describe('starLevel — national default (100/300/600/1000/1500 h)', () => {
  it.each([
    [0, 0, 0, 100 * H],
    [99 * H + 59, 0, 0, 100 * H],
    [100 * H, 1, 100 * H, 300 * H],
    [350 * H, 2, 300 * H, 600 * H],
    [600 * H, 3, 600 * H, 1000 * H],
    [1000 * H, 4, 1000 * H, 1500 * H],
  ])('%i minutes → ★%i', (minutes, level, threshold, next) => {
    const r = starLevel(minutes)
    expect(r.level).toBe(level)
    expect(r.threshold).toBe(threshold)
    expect(r.nextThreshold).toBe(next)
    expect(r.minutesToNext).toBe(next - minutes)
    expect(r.policy).toBe(STAR_POLICY_NATIONAL)
    expect(r.blockedBy).toEqual([])
    expect(Object.isFrozen(r)).toBe(true)
  })

  it('stops at ★5 with no next threshold', () => {
    const r = starLevel(2000 * H)
    expect(r).toMatchObject({ level: 5, threshold: 1500 * H, nextThreshold: null, minutesToNext: null, hoursLevel: 5 })
  })

  it('accepts a ledger volunteer (creditedMinutes) and a summary line (minutes)', () => {
    expect(starLevel({ creditedMinutes: 301 * H }).level).toBe(2)
    expect(starLevel({ minutes: 301 * H }).level).toBe(2)
    expect(() => starLevel({})).toThrow(TongxinError)
  })
})

describe('starLevel — presets', () => {
  it('Beijing: 100/200/500/800/1000 h', () => {
    expect(starLevel(200 * H, STAR_POLICY_BEIJING).level).toBe(2)
    expect(starLevel(500 * H, STAR_POLICY_BEIJING).level).toBe(3)
    expect(starLevel(800 * H, STAR_POLICY_BEIJING).level).toBe(4)
    expect(starLevel(1000 * H, STAR_POLICY_BEIJING)).toMatchObject({ level: 5, nextThreshold: null })
    expect(starLevel(1000 * H, STAR_POLICY_BEIJING).policy).toBe(STAR_POLICY_BEIJING)
  })

  it('Shenzhen Longgang: registration months per tier, stops at ★4', () => {
    expect(starLevel({ creditedMinutes: 2000 * H, registrationMonths: 12 }, STAR_POLICY_SHENZHEN_LONGGANG)).toMatchObject({
      level: 4,
      nextThreshold: null,
    })
    const short = starLevel({ creditedMinutes: 700 * H, registrationMonths: 8 }, STAR_POLICY_SHENZHEN_LONGGANG)
    expect(short).toMatchObject({ level: 2, hoursLevel: 3, nextThreshold: 600 * H, minutesToNext: 0 })
    expect(short.blockedBy).toEqual([{ code: 'STAR_REGISTRATION_TOO_SHORT', params: { level: 3, required: 12, months: 8 } }])
    const none = starLevel({ creditedMinutes: 150 * H, registrationMonths: 5 }, STAR_POLICY_SHENZHEN_LONGGANG)
    expect(none.level).toBe(0)
  })

  it('Shenzhen Longgang: months from registeredOn and asOf; unknown registration is a code', () => {
    expect(
      starLevel({ creditedMinutes: 700 * H, registeredOn: '2024-01-15', asOf: '2025-01-15' }, STAR_POLICY_SHENZHEN_LONGGANG).level,
    ).toBe(3)
    expect(
      starLevel({ creditedMinutes: 700 * H, registeredOn: '2024-01-15', asOf: '2025-01-14' }, STAR_POLICY_SHENZHEN_LONGGANG).level,
    ).toBe(2)
    const unknown = starLevel({ creditedMinutes: 700 * H }, STAR_POLICY_SHENZHEN_LONGGANG)
    expect(unknown.level).toBe(0)
    expect(unknown.blockedBy[0]?.code).toBe('STAR_REGISTRATION_UNKNOWN')
  })

  it('Sichuan: ★5 needs selection and ★4 held', () => {
    expect(starLevel(1600 * H, STAR_POLICY_SICHUAN).level).toBe(4)
    expect(starLevel(1600 * H, STAR_POLICY_SICHUAN).blockedBy.map((b) => b.code)).toEqual([
      'STAR_PREVIOUS_LEVEL_REQUIRED',
      'STAR_SELECTION_REQUIRED',
    ])
    expect(starLevel({ creditedMinutes: 1600 * H, selected: true }, STAR_POLICY_SICHUAN).blockedBy.map((b) => b.code)).toEqual([
      'STAR_PREVIOUS_LEVEL_REQUIRED',
    ])
    expect(starLevel({ creditedMinutes: 1600 * H, selected: true, heldLevel: 4 }, STAR_POLICY_SICHUAN).level).toBe(5)
  })

  it('Fujian: who awards each tier', () => {
    expect(starLevel(150 * H, STAR_POLICY_FUJIAN).awardedBy).toBe('县级志愿者协会')
    expect(starLevel(1500 * H, STAR_POLICY_FUJIAN).awardedBy).toBe('省级志愿者协会')
    expect(starLevel(0, STAR_POLICY_FUJIAN).awardedBy).toBeUndefined()
  })

  it('a quality gate', () => {
    const gated: StarPolicy = { ...STAR_POLICY_NATIONAL, id: 'gated', qualityGate: { minScore: 80, fromLevel: 3 } }
    expect(starLevel({ creditedMinutes: 700 * H, qualityScore: 90 }, gated).level).toBe(3)
    const low = starLevel({ creditedMinutes: 700 * H, qualityScore: 70 }, gated)
    expect(low.level).toBe(2)
    expect(low.blockedBy).toEqual([{ code: 'STAR_QUALITY_BELOW_GATE', params: { level: 3, minimum: 80, score: 70 } }])
    expect(starLevel({ creditedMinutes: 700 * H }, gated).blockedBy[0]?.code).toBe('STAR_QUALITY_NOT_ASSESSED')
    expect(starLevel(700 * H, gated).policy).toEqual(gated)
  })

  it('STAR_POLICIES lists every preset', () => {
    expect(Object.keys(STAR_POLICIES)).toEqual(['national', 'beijing', 'shenzhen-longgang', 'sichuan', 'fujian'])
  })
})

describe('starLevel — bad input', () => {
  it.each([
    [-1, 'HOURS_EARN_INVALID_ARGUMENT'],
    [1.5, 'HOURS_EARN_INVALID_ARGUMENT'],
    [Number.NaN, 'HOURS_EARN_INVALID_ARGUMENT'],
    ['100', 'HOURS_EARN_INVALID_ARGUMENT'],
    [{ creditedMinutes: 10, qualityScore: Number.POSITIVE_INFINITY }, 'HOURS_EARN_INVALID_ARGUMENT'],
    [{ creditedMinutes: 10, selected: 'yes' }, 'HOURS_EARN_INVALID_ARGUMENT'],
    [{ creditedMinutes: 10, registeredOn: '2025-02-30', asOf: '2025-03-01' }, 'HOURS_EARN_INVALID_ARGUMENT'],
  ])('%j → %s', (value, code) => {
    expect(() => starLevel(value as never)).toThrow(TongxinError)
    try {
      starLevel(value as never)
    } catch (e) {
      expect((e as TongxinError).code).toBe(code)
    }
  })

  it.each([
    [{ ...STAR_POLICY_NATIONAL, tiers: [] }],
    [{ ...STAR_POLICY_NATIONAL, tiers: [{ level: 1, minMinutes: 600 }, { level: 2, minMinutes: 600 }] }],
    [{ ...STAR_POLICY_NATIONAL, tiers: [{ level: 2, minMinutes: 600 }] }],
    [{ ...STAR_POLICY_NATIONAL, tiers: [{ level: 1, minMinutes: 600, minRegistrationMonths: -1 }] }],
    [{ ...STAR_POLICY_NATIONAL, tiers: [{ level: 1, minMinutes: 600, requiresSelection: 1 }] }],
    [{ ...STAR_POLICY_NATIONAL, tiers: [{ level: 1, minMinutes: 600, requiresPreviousLevel: 'no' }] }],
    [{ ...STAR_POLICY_NATIONAL, tiers: [{ level: 1, minMinutes: 600, awardedBy: 3 }] }],
    [{ ...STAR_POLICY_NATIONAL, tiers: ['x'] }],
    [{ ...STAR_POLICY_NATIONAL, qualityGate: { minScore: Number.NaN, fromLevel: 1 } }],
    [{ ...STAR_POLICY_NATIONAL, qualityGate: { minScore: 1, fromLevel: 0 } }],
    [{ ...STAR_POLICY_NATIONAL, qualityGate: 3 }],
    [{ ...STAR_POLICY_NATIONAL, id: '' }],
    [{ ...STAR_POLICY_NATIONAL, name: 1 }],
    [{ ...STAR_POLICY_NATIONAL, source: 1 }],
    ['national'],
  ])('rejects policy %j with STAR_INVALID_POLICY', (policy) => {
    expect(() => starLevel(100, policy as never)).toThrow(expect.objectContaining({ code: 'STAR_INVALID_POLICY' }) as Error)
  })
})

describe('starDistribution', () => {
  it('counts volunteers per level', () => {
    const d = starDistribution([0, 100 * H, 300 * H, 350 * H, 2000 * H])
    expect(d.levels).toEqual([
      { level: 0, count: 1 },
      { level: 1, count: 1 },
      { level: 2, count: 2 },
      { level: 3, count: 0 },
      { level: 4, count: 0 },
      { level: 5, count: 1 },
    ])
    expect(d.total).toBe(5)
    expect(d.withheld).toBe(0)
    expect(d.policy).toBe(STAR_POLICY_NATIONAL)
  })

  it('uses registration dates by volunteer id (Longgang) and counts withheld stars', () => {
    const d = starDistribution(
      [
        { volunteerId: 'V1', creditedMinutes: 700 * H },
        { volunteerId: 'V2', creditedMinutes: 700 * H },
        { volunteerId: 'V3', creditedMinutes: 700 * H, registrationMonths: 24 },
      ],
      STAR_POLICY_SHENZHEN_LONGGANG,
      {
        asOf: '2025-12-31',
        registrations: [
          { id: 'V1', registeredOn: '2023-01-01' },
          { volunteerId: 'V2', registeredOn: '2025-05-01' },
          { id: 'V2', registeredOn: '2025-09-01' },
        ],
      },
    )
    expect(d.levels.map((l) => l.count)).toEqual([0, 0, 1, 2, 0])
    expect(d.withheld).toBe(1)
  })

  it('takes summary lines (id, minutes) with registrations', () => {
    const d = starDistribution([{ id: 'V1', minutes: 700 * H }], STAR_POLICY_SHENZHEN_LONGGANG, {
      asOf: '2025-12-31',
      registrations: [{ id: 'V1', registeredOn: '2025-06-01' }],
    })
    expect(d.levels[2]?.count).toBe(1)
  })

  it('accepts any iterable', () => {
    expect(starDistribution(new Set([6000])).total).toBe(1)
  })

  it('rejects a registration without an id', () => {
    expect(() => starDistribution([1], undefined, { registrations: [{ registeredOn: '2025-01-01' }] as never })).toThrow(TongxinError)
  })
})
