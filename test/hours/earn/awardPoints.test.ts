import { describe, expect, it } from 'vitest'
import { POINTS_POLICIES, POINTS_POLICY_DEFAULT, POINTS_POLICY_HAILIN, awardPoints } from '../../../src/hours/earn/index'
import type { PointsPolicy } from '../../../src/hours/earn/index'

describe('awardPoints', () => {
  it('default: 1 point per full hour, rounded down per activity', () => {
    const r = awardPoints([
      { volunteerId: 'V1', activityId: 'A1', minutes: 90 },
      { volunteerId: 'V1', activityId: 'A1', minutes: 40 },
      { volunteerId: 'V1', activityId: 'A2', minutes: 59 },
    ])
    expect(r.lines.map((l) => [l.activityId, l.minutes, l.points])).toEqual([
      ['A1', 130, 2],
      ['A2', 59, 0],
    ])
    expect(r.volunteers).toEqual([{ volunteerId: 'V1', points: 2, minutes: 189, countedMinutes: 189 }])
    expect(r.totalPoints).toBe(2)
    expect(r.policy).toBe(POINTS_POLICY_DEFAULT)
  })

  it('海林: at most 2 h per activity, however the minutes are split', () => {
    const r = awardPoints(
      [
        { volunteerId: 'V1', activityId: 'A1', minutes: 100 },
        { volunteerId: 'V1', activityId: 'A1', minutes: 100 },
        { volunteerId: 'V2', activityId: 'A1', minutes: 60 },
      ],
      POINTS_POLICY_HAILIN,
    )
    expect(r.lines[0]).toEqual({
      volunteerId: 'V1',
      activityId: 'A1',
      recordId: null,
      kind: null,
      minutes: 200,
      countedMinutes: 120,
      points: 2,
      capped: { code: 'POINTS_CAPPED', params: { activity: 'A1', cap: 120 } },
    })
    expect(r.lines[1]).toMatchObject({ volunteerId: 'V2', points: 1, capped: null })
    expect(POINTS_POLICIES.hailin).toBe(POINTS_POLICY_HAILIN)
  })

  it('rates by domain, found through the record and the activity (ledger credits)', () => {
    const policy: PointsPolicy = { ...POINTS_POLICY_DEFAULT, id: 'weighted', rates: { emergency: { points: 3, perMinutes: 120 } } }
    const r = awardPoints(
      [
        { volunteerId: 'V1', recordId: 'r1', creditedMinutes: 120 },
        { volunteerId: 'V1', recordId: 'r2', creditedMinutes: 120 },
        { volunteerId: 'V1', recordId: 'r3', creditedMinutes: 120 },
      ],
      policy,
      {
        records: [
          { id: 'r1', activityId: 'A1' },
          { id: 'r2', activityId: 'A2' },
          { id: 'r3' },
        ],
        activities: [
          { id: 'A1', domain: 'emergency' },
          { id: 'A2', domain: 'elderly' },
        ],
      },
    )
    expect(r.lines.map((l) => [l.activityId, l.recordId, l.kind, l.points])).toEqual([
      ['A1', null, 'emergency', 3],
      ['A2', null, null, 2],
      [null, 'r3', null, 2],
    ])
  })

  it('an explicit kind, ceil and half-up rounding, a points cap', () => {
    const base: PointsPolicy = { ...POINTS_POLICY_DEFAULT, id: 'x', rates: { patrol: { points: 1, perMinutes: 30 } } }
    expect(awardPoints([{ volunteerId: 'V', activityId: 'A', minutes: 31, kind: 'patrol' }], { ...base, rounding: 'ceil' }).totalPoints).toBe(2)
    expect(awardPoints([{ volunteerId: 'V', activityId: 'A', minutes: 45, kind: 'patrol' }], { ...base, rounding: 'half-up' }).totalPoints).toBe(2)
    expect(awardPoints([{ volunteerId: 'V', activityId: 'A', minutes: 44, kind: 'patrol' }], { ...base, rounding: 'half-up' }).totalPoints).toBe(1)
    const capped = awardPoints([{ volunteerId: 'V', activityId: 'A', minutes: 600 }], { ...base, capPointsPerActivity: 3 })
    expect(capped.lines[0]).toMatchObject({ points: 3, capped: { code: 'POINTS_CAP_REACHED', params: { activity: 'A', cap: 3 } } })
  })

  it('rejects bad input', () => {
    const code = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        return (e as { code: string }).code
      }
      return 'none'
    }
    expect(code(() => awardPoints([{ volunteerId: 'V', minutes: 1 }]))).toBe('HOURS_EARN_INVALID_ARGUMENT')
    expect(
      code(() =>
        awardPoints([
          { volunteerId: 'V', activityId: 'A', minutes: 1, kind: 'a' },
          { volunteerId: 'V', activityId: 'A', minutes: 1, kind: 'b' },
        ]),
      ),
    ).toBe('HOURS_EARN_INVALID_ARGUMENT')
    expect(code(() => awardPoints([], { ...POINTS_POLICY_DEFAULT, id: 'y', defaultRate: { points: 1, perMinutes: 0 } }))).toBe('POINTS_INVALID_POLICY')
    expect(code(() => awardPoints([], { ...POINTS_POLICY_DEFAULT, id: 'y', rounding: 'up' } as never))).toBe('POINTS_INVALID_POLICY')
    expect(code(() => awardPoints([], { ...POINTS_POLICY_DEFAULT, id: 'y', capMinutesPerActivity: -1 }))).toBe('POINTS_INVALID_POLICY')
    expect(code(() => awardPoints([], { ...POINTS_POLICY_DEFAULT, id: 'y', rates: { a: 1 } } as never))).toBe('POINTS_INVALID_POLICY')
    expect(code(() => awardPoints([], { ...POINTS_POLICY_DEFAULT, id: 'y', rates: 1 } as never))).toBe('POINTS_INVALID_POLICY')
    expect(code(() => awardPoints([], { ...POINTS_POLICY_DEFAULT, id: '' }))).toBe('POINTS_INVALID_POLICY')
    expect(code(() => awardPoints([], { ...POINTS_POLICY_DEFAULT, id: 'y', name: 2 } as never))).toBe('POINTS_INVALID_POLICY')
    expect(code(() => awardPoints([], { ...POINTS_POLICY_DEFAULT, id: 'y', source: 2 } as never))).toBe('POINTS_INVALID_POLICY')
    expect(code(() => awardPoints([], 'x' as never))).toBe('POINTS_INVALID_POLICY')
    expect(
      code(() => awardPoints([], undefined, { records: [{ id: 'r', activityId: 'A' }, { id: 'r', activityId: 'B' }] })),
    ).toBe('HOURS_EARN_INVALID_ARGUMENT')
    expect(code(() => awardPoints([], undefined, { records: [{ id: 'r', activityId: 3 }] } as never))).toBe('HOURS_EARN_INVALID_ARGUMENT')
    expect(
      code(() => awardPoints([], undefined, { activities: [{ id: 'A', domain: 'x' }, { id: 'A', domain: 'y' }] })),
    ).toBe('HOURS_EARN_INVALID_ARGUMENT')
    expect(
      code(() =>
        awardPoints([{ volunteerId: 'V', activityId: 'A', minutes: Number.MAX_SAFE_INTEGER }], {
          ...POINTS_POLICY_DEFAULT,
          id: 'z',
          defaultRate: { points: 1000, perMinutes: 1 },
        }),
      ),
    ).toBe('HOURS_EARN_OVERFLOW')
  })
})
