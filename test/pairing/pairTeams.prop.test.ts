import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { QUALIFICATIONS } from '../../src/model/labels'
import { countBlockingPairs, greedyAssignment, pairTeams, stableAssignment, verifyCertificate } from '../../src/pairing/index'
import { team, worker } from './fixtures'

const DOMAINS = ['elderly', 'children', 'community-correction', 'culture'] as const
const slot = fc.record({ day: fc.integer({ min: 6, max: 7 }), from: fc.constantFrom('08:00', '09:30', '14:00'), to: fc.constantFrom('10:00', '12:00', '18:00') }).filter((s) => s.to > s.from)
const workerArb = (i: number) =>
  fc
    .record({
      qualification: fc.constantFrom(...QUALIFICATIONS),
      domains: fc.uniqueArray(fc.constantFrom(...DOMAINS), { maxLength: 3 }),
      streetId: fc.constantFrom('s1', 's2'),
      communityId: fc.option(fc.constantFrom('c1', 'c2', 'c3'), { nil: undefined }),
      capacity: fc.integer({ min: 0, max: 3 }),
      availability: fc.array(slot, { maxLength: 3 }),
      active: fc.boolean(),
    })
    .map((o) => worker(`w${i}`, Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))))
const teamArb = (i: number, nW: number) =>
  fc
    .record({
      domains: fc.uniqueArray(fc.constantFrom(...DOMAINS), { maxLength: 2 }),
      streetId: fc.constantFrom('s1', 's2'),
      communityId: fc.option(fc.constantFrom('c1', 'c2', 'c3'), { nil: undefined }),
      leadsNeeded: fc.integer({ min: 0, max: 2 }),
      status: fc.constantFrom('new', 'active', 'struggling', 'dormant'),
      meetingTimes: fc.array(slot, { maxLength: 2 }),
      brandId: fc.option(fc.constant('b1'), { nil: undefined }),
      leadWorkerIds: fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, nW - 1) }).map((k) => `w${k}`), { maxLength: nW > 0 ? 1 : 0 }),
    })
    .map((o) => team(`t${i}`, Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))))
const domainArb = fc
  .record({ nW: fc.integer({ min: 0, max: 6 }), nT: fc.integer({ min: 0, max: 8 }) })
  .chain(({ nW, nT }) =>
    fc.record({
      socialWorkers: fc.tuple(...Array.from({ length: nW }, (_, i) => workerArb(i))),
      teams: fc.tuple(...Array.from({ length: nT }, (_, i) => teamArb(i, nW))),
    }),
  )

describe('pairTeams — laws', () => {
  test.prop([domainArb, fc.record({ loadPenalty: fc.integer({ min: 0, max: 2 }), scope: fc.constantFrom('street' as const, 'station' as const) })])(
    'breakdowns sum to scores, hard rules hold, every unassigned team has a reason, the certificate verifies',
    (input, o) => {
      const locks = input.teams.length > 0 && input.socialWorkers.length > 0 ? [{ teamId: input.teams[0]!.id, workerId: input.socialWorkers[0]!.id }] : []
      const plan = pairTeams(input, { objective: { loadPenalty: o.loadPenalty }, rules: { sameArea: { scope: o.scope } }, locks })
      const ws = new Map(input.socialWorkers.map((w) => [w.id as string, w]))
      const ts = new Map(input.teams.map((t) => [t.id as string, t]))
      for (const p of plan.pairs) {
        expect(p.breakdown.reduce((s, l) => s + l.points, 0)).toBe(p.score)
        if (p.locked) continue
        const w = ws.get(p.workerId)!
        const t = ts.get(p.teamId)!
        expect(w.active).toBe(true)
        expect(w.streetId).toBe(t.streetId)
        if (t.brandId !== undefined || t.domains.includes('community-correction')) expect(QUALIFICATIONS.indexOf(w.qualification)).toBeGreaterThanOrEqual(2)
      }
      for (const w of plan.workers) expect(w.load).toBeLessThanOrEqual(w.capacity)
      for (const u of plan.unassigned) expect(u.reasons.length).toBeGreaterThan(0)
      expect(plan.coverage + plan.unassigned.reduce((s, u) => s + u.missing, 0)).toBe(plan.demand)
      expect(verifyCertificate(plan.problem, plan.assignment).valid).toBe(true)
      expect(plan.baselines.blockingPairs).toBe(countBlockingPairs(plan.problem, plan.assignment.pairs))
      const g = greedyAssignment(plan.problem)
      const st = stableAssignment(plan.problem)
      expect(plan.baselines.greedy).toEqual({ coverage: g.coverage, totalScore: g.totalScore })
      expect(plan.baselines.stable).toEqual({ coverage: st.coverage, totalScore: st.totalScore })
    },
  )

  test.prop([domainArb])('order independence', (input) => {
    const a = pairTeams(input)
    const b = pairTeams({ socialWorkers: [...input.socialWorkers].reverse(), teams: [...input.teams].reverse() })
    expect(b).toEqual(a)
  })
})
