import { describe, expect, it } from 'vitest'
import { TongxinError } from '../../src/errors/TongxinError'
import { formatMessage } from '../../src/i18n/formatMessage'
import { DEFAULT_PAIRING_POLICY, pairTeams, verifyCertificate, type PairingPlan } from '../../src/pairing/index'
import { laoshanSample } from '../../src/sample/index'
import { team, worker } from './fixtures'

const ruleCodes = (plan: PairingPlan, teamId: string, workerId: string): string[] =>
  plan.unassigned.find((u) => u.teamId === teamId)?.candidates.find((c) => c.workerId === workerId)?.rules.map((r) => r.code) ?? []
const reasonCodes = (plan: PairingPlan, teamId: string): string[] => plan.unassigned.find((u) => u.teamId === teamId)?.reasons.map((r) => r.code) ?? []

describe('pairTeams — hard rules', () => {
  it('an eligible pair is made, with a breakdown that sums to the score', () => {
    const plan = pairTeams({ socialWorkers: [worker('w1', { communityId: 'c1' })], teams: [team('t1', { communityId: 'c1', status: 'new' })] })
    expect(plan.pairs).toHaveLength(1)
    const p = plan.pairs[0]!
    expect(p.breakdown.map((l) => [l.criterion, l.raw, l.weight, l.points])).toEqual([
      ['domain', 1, 40, 40],
      ['geography', 'community', 20, 20],
      ['availability', 120, 15, 8],
      ['qualification', 'intermediate', 10, 7],
      ['continuity', 0, 25, 0],
      ['need', 'new', 30, 30],
    ])
    expect(p.score).toBe(105)
    expect(p.breakdown.reduce((s, l) => s + l.points, 0)).toBe(p.score)
    for (const l of p.breakdown) expect(formatMessage({ code: l.code })).not.toBe(l.code)
    expect(plan.workers).toEqual([{ workerId: 'w1', capacity: 1, load: 1, spare: 0, teamIds: ['t1'] }])
    expect(plan.averageScore).toBe(105)
    expect(verifyCertificate(plan.problem, plan.assignment).valid).toBe(true)
  })

  it('inactive worker', () => {
    const plan = pairTeams({ socialWorkers: [worker('w1', { active: false })], teams: [team('t1')] })
    expect(ruleCodes(plan, 't1', 'w1')).toEqual(['PAIRING_RULE_INACTIVE'])
    expect(reasonCodes(plan, 't1')).toEqual(['PAIRING_REASON_NO_CANDIDATE'])
    expect(pairTeams({ socialWorkers: [worker('w1', { active: false })], teams: [team('t1')] }, { rules: { activeWorker: { enabled: false } } }).coverage).toBe(1)
  })

  it('same street, or same station', () => {
    const ws = [worker('w1', { streetId: 's2', stationId: 'st1' }), worker('w2', { streetId: 's1', stationId: 'st2' })]
    const plan = pairTeams({ socialWorkers: ws, teams: [team('t1')] })
    expect(plan.pairs.map((p) => p.workerId)).toEqual(['w2'])
    const byStation = pairTeams({ socialWorkers: ws, teams: [team('t1', { cultivatedByStationId: 'st1' })] }, { rules: { sameArea: { scope: 'station' } } })
    expect(byStation.pairs.map((p) => p.workerId)).toEqual(['w1'])
    expect(byStation.pairs[0]!.breakdown.find((l) => l.criterion === 'geography')!.raw).toBe('district')
    const blocked = pairTeams({ socialWorkers: [ws[1]!], teams: [team('t1', { cultivatedByStationId: 'st1' })] }, { rules: { sameArea: { scope: 'station' } } })
    expect(blocked.unassigned[0]!.outsideArea).toBe(1)
    expect(blocked.unassigned[0]!.candidates).toEqual([])
    const off = pairTeams({ socialWorkers: [ws[0]!], teams: [team('t1')] }, { rules: { sameArea: { enabled: false } } })
    expect(off.coverage).toBe(1)
    const offBlocked = pairTeams({ socialWorkers: [worker('w1', { streetId: 's2', active: false })], teams: [team('t1')] }, { rules: { sameArea: { enabled: false } } })
    expect(ruleCodes(offBlocked, 't1', 'w1')).toEqual(['PAIRING_RULE_INACTIVE'])
    const area = pairTeams({ socialWorkers: [worker('w9', { streetId: 's2' })], teams: [team('t1')] }, { rules: { sameArea: { enabled: false }, activeWorker: { enabled: true } } })
    expect(area.coverage).toBe(1)
  })

  it('qualification floor for demanding teams (domain or brand)', () => {
    const ws = [worker('w1', { qualification: 'assistant' })]
    const corr = pairTeams({ socialWorkers: ws, teams: [team('t1', { domains: ['community-correction'] })] })
    expect(ruleCodes(corr, 't1', 'w1')).toEqual(['PAIRING_RULE_QUALIFICATION'])
    expect(formatMessage(corr.unassigned[0]!.candidates[0]!.rules[0]!)).toBe('服务队要求至少社会工作师，社工 w1 为助理社会工作师')
    const brand = pairTeams({ socialWorkers: ws, teams: [team('t1', { brandId: 'b1' })] })
    expect(ruleCodes(brand, 't1', 'w1')).toEqual(['PAIRING_RULE_QUALIFICATION'])
    expect(pairTeams({ socialWorkers: ws, teams: [team('t1', { brandId: 'b1' })] }, { rules: { qualificationFloor: { brandTeams: false } } }).coverage).toBe(1)
    expect(pairTeams({ socialWorkers: ws, teams: [team('t1', { domains: ['drug-rehabilitation'] })] }, { rules: { qualificationFloor: { minimum: 'assistant' } } }).coverage).toBe(1)
    expect(pairTeams({ socialWorkers: ws, teams: [team('t1', { domains: ['elderly'] })] }, { rules: { qualificationFloor: { domains: ['elderly'] } } }).coverage).toBe(0)
    expect(pairTeams({ socialWorkers: ws, teams: [team('t1', { brandId: 'b' })] }, { rules: { qualificationFloor: { enabled: false } } }).coverage).toBe(1)
  })

  it('availability overlap', () => {
    const ws = [worker('w1', { availability: [{ day: 6, from: '10:30', to: '12:00' }, { day: 6, from: '10:00', to: '10:45' }] })]
    const plan = pairTeams({ socialWorkers: ws, teams: [team('t1')] })
    expect(plan.coverage).toBe(1) // 10:00–11:00 = 60 minutes, merged, counted once
    const strict = pairTeams({ socialWorkers: ws, teams: [team('t1')] }, { rules: { availabilityOverlap: { minutesPerWeek: 61 } } })
    expect(strict.unassigned[0]!.candidates[0]!.rules).toEqual([{ code: 'PAIRING_RULE_AVAILABILITY', params: { worker: 'w1', minutes: 60, required: 61 } }])
    expect(pairTeams({ socialWorkers: ws, teams: [team('t1', { meetingTimes: [] })] }, { rules: { availabilityOverlap: { minutesPerWeek: 600 } } }).coverage).toBe(1)
    expect(pairTeams({ socialWorkers: ws, teams: [team('t1')] }, { rules: { availabilityOverlap: { enabled: false, minutesPerWeek: 600 } } }).coverage).toBe(1)
  })

  it('capacity, including the district cap', () => {
    const plan = pairTeams({ socialWorkers: [worker('w1', { capacity: 0 })], teams: [team('t1')] })
    expect(ruleCodes(plan, 't1', 'w1')).toEqual(['PAIRING_RULE_CAPACITY'])
    const two = { socialWorkers: [worker('w1', { capacity: 5 })], teams: [team('t1'), team('t2'), team('t3')] }
    expect(pairTeams(two).coverage).toBe(3)
    expect(pairTeams(two, { rules: { capacity: { maxTeamsPerWorker: 2 } } }).coverage).toBe(2)
    expect(pairTeams({ ...two, socialWorkers: [worker('w1', { capacity: 0 })] }, { rules: { capacity: { enabled: false, maxTeamsPerWorker: 2 } } }).coverage).toBe(2)
  })

  it('exclusions (conflict of interest)', () => {
    const plan = pairTeams({ socialWorkers: [worker('w1')], teams: [team('t1')] }, { exclusions: [{ teamId: 't1', workerId: 'w1' }] })
    expect(ruleCodes(plan, 't1', 'w1')).toEqual(['PAIRING_RULE_EXCLUDED'])
    expect(reasonCodes(plan, 't1')).toEqual(['PAIRING_REASON_NO_CANDIDATE'])
    expect(formatMessage(plan.unassigned[0]!.reasons[0]!, 'en')).toBe('no worker passes the hard rules (1 excluded by rules)')
  })
})

describe('pairTeams — reasons, locks, continuity', () => {
  it('capacity taken by pairs worth more, with the points needed, and the shortage certificate', () => {
    const plan = pairTeams({
      socialWorkers: [worker('w1')],
      teams: [team('t1', { status: 'struggling' }), team('t2', { domains: ['children'] })],
    })
    expect(plan.pairs.map((p) => p.teamId)).toEqual(['t1'])
    const u = plan.unassigned[0]!
    expect(u.teamId).toBe('t2')
    expect(u.reasons.map((r) => r.code)).toEqual(['PAIRING_REASON_CAPACITY_TAKEN', 'PAIRING_REASON_SHORTAGE'])
    expect(u.reasons[0]!.params).toEqual({ worker: 'w1', points: 40 + 30 + 1 })
    expect(formatMessage(u.reasons[1]!, 'en')).toBe('2 teams need 2 leads but their eligible workers can give at most 1 (short by 1)')
    expect(u.shortage).toEqual({ teamIds: ['t1', 't2'], workerIds: ['w1'], demand: 2, available: 1 })
  })

  it('capacity taken by locks', () => {
    const plan = pairTeams({ socialWorkers: [worker('w1')], teams: [team('t1'), team('t2')] }, { locks: [{ teamId: 't2', workerId: 'w1' }] })
    expect(plan.pairs.map((p) => [p.teamId, p.locked])).toEqual([['t2', true]])
    expect(reasonCodes(plan, 't1')).toEqual(['PAIRING_REASON_LOCKED_CAPACITY'])
  })

  it('a lock that breaks a hard rule is kept as an override, with its broken rules', () => {
    const plan = pairTeams({ socialWorkers: [worker('w1', { active: false })], teams: [team('t1')] }, { locks: [{ teamId: 't1', workerId: 'w1' }] })
    expect(plan.pairs).toHaveLength(1)
    expect(plan.pairs[0]!.brokenRules.map((r) => r.code)).toEqual(['PAIRING_RULE_INACTIVE'])
    expect(plan.pairs[0]!.breakdown).toEqual([])
    expect(plan.pairs[0]!.score).toBe(0)
    expect(plan.conflicts.map((c) => c.code)).toEqual(['PAIRING_LOCK_NOT_ELIGIBLE'])
  })

  it('a lock across streets or stations reports the area rule', () => {
    const ws = [worker('w1', { streetId: 's2', stationId: 'st2' })]
    const street = pairTeams({ socialWorkers: ws, teams: [team('t1')] }, { locks: [{ teamId: 't1', workerId: 'w1' }] })
    expect(street.pairs[0]!.brokenRules.map((r) => formatMessage(r))).toEqual(['社工 w1 不在服务队所在的街道'])
    const station = pairTeams(
      { socialWorkers: ws, teams: [team('t1', { cultivatedByStationId: 'st1' })] },
      { locks: [{ teamId: 't1', workerId: 'w1' }], rules: { sameArea: { scope: 'station' } } },
    )
    expect(station.pairs[0]!.brokenRules.map((r) => formatMessage(r, 'en'))).toEqual(['worker w1 is outside the team’s station area'])
  })

  it('infeasible locks are reported and dropped', () => {
    const plan = pairTeams(
      { socialWorkers: [worker('w1'), worker('w2')], teams: [team('t1'), team('t2')] },
      {
        locks: [{ teamId: 't1', workerId: 'w1' }, { teamId: 't2', workerId: 'w1' }, { teamId: 't1', workerId: 'w2' }],
        exclusions: [{ teamId: 't2', workerId: 'w2' }],
      },
    )
    expect(plan.conflicts.map((c) => [c.code, c.team, c.worker])).toEqual([
      ['PAIRING_LOCK_OVER_DEMAND', 't1', 'w2'],
      ['PAIRING_LOCK_OVER_CAPACITY', 't2', 'w1'],
    ])
    expect(plan.pairs.map((p) => `${p.teamId}-${p.workerId}`)).toEqual(['t1-w1'])
    expect(() => pairTeams({ socialWorkers: [worker('w1')], teams: [team('t1')] }, { locks: [{ teamId: 't9', workerId: 'w1' }] })).toThrow(TongxinError)
  })

  it('continuity: current leads are the default previous plan', () => {
    const input = { socialWorkers: [worker('w1'), worker('w2')], teams: [team('t1', { leadWorkerIds: ['w2'] })] }
    const plan = pairTeams(input)
    expect(plan.pairs[0]!.workerId).toBe('w2')
    expect(plan.pairs[0]!.breakdown.find((l) => l.criterion === 'continuity')!.points).toBe(25)
    const other = pairTeams({ ...input, previous: [{ teamId: 't1', workerId: 'w1' }] })
    expect(other.pairs[0]!.workerId).toBe('w1')
    // Tie with continuity weighted 0: keepPrevious still prefers the previous pair.
    const tie = pairTeams(input, { weights: { continuity: 0 } })
    expect(tie.pairs[0]!.workerId).toBe('w2')
    expect(pairTeams(input, { weights: { continuity: 0 }, objective: { keepPrevious: false } }).pairs[0]!.workerId).toBe('w1')
  })

  it('fairness spreads teams over workers without losing coverage or score', () => {
    const input = { socialWorkers: [worker('w1', { capacity: 3 }), worker('w2', { capacity: 3 })], teams: [team('t1'), team('t2')] }
    expect(pairTeams(input).workers.map((w) => w.load)).toEqual([2, 0])
    const fair = pairTeams(input, { objective: { loadPenalty: 1 } })
    expect(fair.workers.map((w) => w.load)).toEqual([1, 1])
    expect(fair.totalScore).toBe(pairTeams(input).totalScore)
  })

  it('empty inputs and teams needing no lead', () => {
    const empty = pairTeams({ socialWorkers: [], teams: [] })
    expect([empty.coverage, empty.demand, empty.averageScore, empty.pairs.length]).toEqual([0, 0, 0, 0])
    expect(pairTeams({ socialWorkers: [worker('w1')], teams: [team('t1', { leadsNeeded: 0 })] }).pairs).toEqual([])
    const lonely = pairTeams({ socialWorkers: [], teams: [team('t1')] })
    expect(lonely.unassigned[0]!.reasons.map((r) => r.code)).toEqual(['PAIRING_REASON_NO_CANDIDATE'])
  })

  it('the policy echoes the defaults and rejects bad values', () => {
    expect(pairTeams({ socialWorkers: [], teams: [] }).policy).toEqual(DEFAULT_PAIRING_POLICY)
    const bad = (policy: unknown) => () => pairTeams({ socialWorkers: [], teams: [] }, policy as never)
    expect(bad(1)).toThrow(TongxinError)
    expect(bad({ rules: 1 })).toThrow(TongxinError)
    expect(bad({ rules: { sameArea: { scope: 'city' } } })).toThrow(TongxinError)
    expect(bad({ rules: { activeWorker: { enabled: 'yes' } } })).toThrow(TongxinError)
    expect(bad({ rules: { qualificationFloor: { minimum: 'expert' } } })).toThrow(TongxinError)
    expect(bad({ rules: { qualificationFloor: { domains: ['nope'] } } })).toThrow(TongxinError)
    expect(bad({ weights: { domain: -1 } })).toThrow(TongxinError)
    expect(bad({ scoring: { needPercent: { new: 101 } } })).toThrow(TongxinError)
    expect(bad({ locks: [{ teamId: 1 }] })).toThrow(TongxinError)
    expect(bad({ locks: [1] })).toThrow(TongxinError)
  })

  it('rejects malformed domain input', () => {
    const bad = (input: unknown) => () => pairTeams(input as never)
    expect(bad(null)).toThrow(TongxinError)
    expect(bad({ socialWorkers: [1], teams: [] })).toThrow(TongxinError)
    expect(bad({ socialWorkers: [worker('w', { qualification: 'x' })], teams: [] })).toThrow(TongxinError)
    expect(bad({ socialWorkers: [worker('w', { active: 1 })], teams: [] })).toThrow(TongxinError)
    expect(bad({ socialWorkers: [worker('w', { domains: ['x'] })], teams: [] })).toThrow(TongxinError)
    expect(bad({ socialWorkers: [worker('w', { availability: [1] })], teams: [] })).toThrow(TongxinError)
    expect(bad({ socialWorkers: [worker('w', { availability: [{ day: 1, from: '10:00', to: '25:00' }] })], teams: [] })).toThrow(TongxinError)
    expect(bad({ socialWorkers: [worker('w', { availability: [{ day: 1, from: '10:00', to: '09:00' }] })], teams: [] })).toThrow(TongxinError)
    expect(bad({ socialWorkers: [], teams: [team('t', { status: 'x' })] })).toThrow(TongxinError)
    expect(bad({ socialWorkers: [], teams: [1] })).toThrow(TongxinError)
    expect(bad({ socialWorkers: [], teams: [], previous: [1] })).toThrow(TongxinError)
    expect(bad({ socialWorkers: [worker('w'), worker('w')], teams: [] })).toThrow(TongxinError)
  })
})

describe('pairTeams — the bundled sample', () => {
  it('explains every pair and every unassigned team, and the certificate verifies', () => {
    const d = laoshanSample()
    const plan = pairTeams({ socialWorkers: d.socialWorkers, teams: d.teams })
    expect(plan.coverage).toBeGreaterThan(0)
    for (const p of plan.pairs) expect(p.breakdown.reduce((s, l) => s + l.points, 0)).toBe(p.score)
    for (const u of plan.unassigned) {
      expect(u.reasons.length).toBeGreaterThan(0)
      for (const r of u.reasons) {
        expect(formatMessage(r)).not.toContain('{')
        expect(formatMessage(r, 'en')).not.toContain('{')
      }
    }
    expect(verifyCertificate(plan.problem, plan.assignment).valid).toBe(true)
    expect(plan.baselines.greedy.coverage).toBeLessThanOrEqual(plan.coverage)
    expect(plan.baselines.stable.coverage).toBeLessThanOrEqual(plan.coverage)
    expect(pairTeams({ socialWorkers: [...d.socialWorkers].reverse(), teams: [...d.teams].reverse() })).toEqual(plan)
  })
})
