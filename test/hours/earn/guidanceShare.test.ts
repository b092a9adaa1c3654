import { describe, expect, it } from 'vitest'
import { guidanceShare } from '../../../src/hours/earn/index'

const context = {
  records: [
    { id: 'r1', activityId: 'a1' },
    { id: 'r2', activityId: 'a2' },
    { id: 'r3', teamId: 't2' },
    { id: 'r4', activityId: 'a3' },
  ],
  activities: [
    { id: 'a1', teamId: 't1', leadWorkerId: 'w1' },
    { id: 'a2', teamId: 't1' },
    { id: 'a3', teamId: 't3', leadWorkerId: 'w2' },
  ],
  teams: [
    { id: 't1', streetId: 's1', communityId: 'c1' },
    { id: 't2', streetId: 's1', communityId: 'c2' },
    { id: 't3', streetId: 's2' },
  ],
}

describe('guidanceShare (社工引领)', () => {
  it('per team, community, street and district, from ledger credits', () => {
    const ledger = {
      credits: [
        { recordId: 'r1', volunteerId: 'v1', teamId: 't1', rawMinutes: 120, creditedMinutes: 120, adjustments: {} },
        { recordId: 'r2', volunteerId: 'v1', teamId: 't1', rawMinutes: 60, creditedMinutes: 60, adjustments: {} },
        { recordId: 'r3', volunteerId: 'v2', teamId: 't2', rawMinutes: 60, creditedMinutes: 60, adjustments: {} },
        { recordId: 'r4', volunteerId: 'v2', teamId: null, rawMinutes: 60, creditedMinutes: 60, adjustments: {} },
        { recordId: 'r5', volunteerId: 'v3', teamId: null, rawMinutes: 30, creditedMinutes: 30, adjustments: {} },
      ],
    }
    const g = guidanceShare(ledger as never, context)
    expect(g.district).toEqual({ id: 'district', guidedMinutes: 180, totalMinutes: 330, ratio: 180 / 330 })
    expect(g.byTeam).toEqual([
      { id: 't1', guidedMinutes: 120, totalMinutes: 180, ratio: 120 / 180 },
      { id: 't2', guidedMinutes: 0, totalMinutes: 60, ratio: 0 },
      { id: 't3', guidedMinutes: 60, totalMinutes: 60, ratio: 1 },
    ])
    expect(g.byCommunity.map((l) => [l.id, l.guidedMinutes, l.totalMinutes])).toEqual([
      ['c1', 120, 180],
      ['c2', 0, 60],
    ])
    expect(g.byStreet.map((l) => [l.id, l.guidedMinutes, l.totalMinutes])).toEqual([
      ['s1', 120, 240],
      ['s2', 60, 60],
    ])
    expect(g.rule).toBe('activity-led-by-social-worker')
  })

  it('works on plain minutes with their activity, and gives null for no minutes', () => {
    const g = guidanceShare([{ creditedMinutes: 45, activityId: 'a1' }], context)
    expect(g.district).toEqual({ id: 'district', guidedMinutes: 45, totalMinutes: 45, ratio: 1 })
    expect(guidanceShare([]).district.ratio).toBeNull()
    expect(guidanceShare([{ creditedMinutes: 0, teamId: 'x' }]).byTeam).toEqual([{ id: 'x', guidedMinutes: 0, totalMinutes: 0, ratio: null }])
  })

  it('rejects malformed input and conflicting duplicates', () => {
    for (const [c, ctx] of [
      [[{ creditedMinutes: -1 }], {}],
      [[{ creditedMinutes: 1, recordId: 3 }], {}],
      ['x', {}],
      [[], { teams: [{ id: 't', streetId: 's1' }, { id: 't', streetId: 's2' }] }],
      [[], { records: [{ id: 1 }] }],
      [[], 'x'],
    ] as const) {
      expect(() => guidanceShare(c as never, ctx as never)).toThrow(expect.objectContaining({ code: 'HOURS_EARN_INVALID_ARGUMENT' }) as Error)
    }
  })
})
