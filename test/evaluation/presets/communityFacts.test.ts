import { describe, expect, it } from 'vitest'
import { communityFacts } from '../../../src/evaluation/presets'
import { TongxinError } from '../../../src/errors/TongxinError'
import { smallDistrict } from './fixture'

describe('communityFacts', () => {
  const d = smallDistrict()
  it('computes every indicator the 示范社区 and 最美 presets need', () => {
    const [c1, c2, c3] = communityFacts(d, { creditedMinutesByCommunity: { c1: 60_000, c2: 6_000 }, guidedMinutesByCommunity: { c1: 30_000 } })
    expect(c1!.communityId).toBe('c1')
    expect(c1!.data).toEqual({
      residentPopulation: 1000,
      venueCount: 2,
      weeklyOpenHours: 43,
      venueActivityShare: 10 / 12,
      organizationCount: 3,
      stationCultivatedShare: 0.5,
      volunteerCount: 110,
      linkedVolunteerCount: 110,
      volunteerRate: 0.11,
      teamCount: 4,
      ledTeamCount: 4,
      ledTeamShare: 1,
      leadWorkerCount: 3,
      activityCount: 12,
      activitiesPer1000: 12,
      guidedActivityShare: 10 / 12,
      activityDomainCount: 5,
      activeTeamShare: 1,
      projectCount: 3,
      projectStageLevel: 4,
      brandedTeamCount: 2,
      charityFenPerResident: 600,
      guidanceShare: 0.5,
      hoursPerResident: 1,
    })
    // c2: the dormant team and the non-volunteer activity do not count.
    expect(c2!.data.teamCount).toBe(1)
    expect(c2!.data.ledTeamCount).toBe(0)
    expect(c2!.data.activityCount).toBe(1)
    expect(c2!.data.projectStageLevel).toBe(1)
    expect(c2!.data.guidanceShare).toBeNull()
    expect(c2!.data.hoursPerResident).toBeCloseTo(0.05, 12)
    // c3: no residents, no teams → shares undefined.
    expect(c3!.data.volunteerRate).toBeNull()
    expect(c3!.data.ledTeamShare).toBeNull()
    expect(c3!.data.hoursPerResident).toBeNull()
  })
  it('prefers the registered-volunteer count a community reports', () => {
    const withRegistered = { ...d, communities: d.communities.map((c) => (c.id === 'c1' ? { ...c, registeredVolunteers: 150 } : c)) }
    const [c1] = communityFacts(withRegistered)
    expect(c1!.data.volunteerCount).toBe(150)
    expect(c1!.data.linkedVolunteerCount).toBe(110)
    expect(c1!.data.volunteerRate).toBe(0.15)
  })
  it('without minutes, hours-based indicators are missing', () => {
    const [c1] = communityFacts(d)
    expect(c1!.data.guidanceShare).toBeNull()
    expect(c1!.data.hoursPerResident).toBeNull()
    expect(Object.isFrozen(c1)).toBe(true)
  })
  it('rejects bad minutes and malformed districts with TongxinError', () => {
    const code = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        return e instanceof TongxinError ? e.code : 'NOT_TONGXIN'
      }
      return undefined
    }
    expect(code(() => communityFacts(d, { creditedMinutesByCommunity: { c1: -1 } }))).toBe('EVAL_ARGUMENT_INVALID')
    expect(code(() => communityFacts(d, { creditedMinutesByCommunity: { c1: Number.NaN } }))).toBe('EVAL_ARGUMENT_INVALID')
    expect(code(() => communityFacts(d, { creditedMinutesByCommunity: 1 } as never))).toBe('EVAL_ARGUMENT_INVALID')
    expect(code(() => communityFacts(d, { creditedMinutesByCommunity: {}, guidedMinutesByCommunity: 2 } as never))).toBe('EVAL_ARGUMENT_INVALID')
    expect(code(() => communityFacts(null as never))).toBe('EVAL_DISTRICT_INVALID')
    expect(code(() => communityFacts({ communities: 3 } as never))).toBe('EVAL_DISTRICT_INVALID')
  })
})
