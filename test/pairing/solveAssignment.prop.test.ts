import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { solveAssignment } from '../../src/pairing/solveAssignment'
import { verifyCertificate } from '../../src/pairing/verifyCertificate'
import { smallProblem } from './arbitraries'
import { bruteForce } from './bruteForce'

describe('solveAssignment — optimality against brute force', () => {
  test.prop([smallProblem()])('coverage and score match the exhaustive optimum', (problem) => {
    const r = solveAssignment(problem)
    const b = bruteForce(problem)
    expect([r.coverage, r.totalScore]).toEqual([b.coverage, b.score])
    expect(verifyCertificate(problem, r).valid).toBe(true)
  })
  test.prop([smallProblem(7, 4, { fairness: true, exclusions: true })])('with fairness and exclusions', (problem) => {
    const r = solveAssignment(problem)
    const b = bruteForce(problem)
    expect([r.coverage, r.totalScore, r.loadCost]).toEqual([b.coverage, b.score, b.loadCost])
    expect(verifyCertificate(problem, r).valid).toBe(true)
  })
  test.prop([smallProblem(7, 4, { fairness: true, previous: true })])('with fairness and churn', (problem) => {
    const r = solveAssignment(problem)
    const b = bruteForce(problem)
    const kept = (problem.previous ?? []).length - r.churn
    expect([r.coverage, r.totalScore, r.loadCost, kept]).toEqual([b.coverage, b.score, b.loadCost, b.kept])
    expect(verifyCertificate(problem, r).valid).toBe(true)
  })
})

const shuffle = <T>(xs: readonly T[], seed: number): T[] => {
  const a = [...xs]
  let s = seed >>> 0
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    const j = s % (i + 1)
    ;[a[i], a[j]] = [a[j]!, a[i]!]
  }
  return a
}

describe('solveAssignment — laws', () => {
  test.prop([smallProblem(7, 4, { fairness: true, previous: true, exclusions: true }), fc.integer()])('input order does not change the plan', (problem, seed) => {
    const r1 = solveAssignment(problem)
    const r2 = solveAssignment({
      ...problem,
      teams: shuffle(problem.teams, seed),
      workers: shuffle(problem.workers, seed + 1),
      edges: shuffle(problem.edges, seed + 2),
      ...(problem.previous ? { previous: shuffle(problem.previous, seed + 3) } : {}),
      ...(problem.exclusions ? { exclusions: shuffle(problem.exclusions, seed + 4) } : {}),
    })
    expect(r2).toEqual(r1)
  })

  test.prop([smallProblem(7, 4, { exclusions: true }), fc.nat(), fc.integer({ min: 1, max: 30 })])(
    'raising one edge’s score never lowers the total score',
    (problem, k, delta) => {
      fc.pre(problem.edges.length > 0)
      const i = k % problem.edges.length
      const raised = problem.edges.map((e, j) => (j === i ? { ...e, score: e.score + delta } : e))
      const a = solveAssignment(problem)
      const b = solveAssignment({ ...problem, edges: raised })
      expect(b.coverage).toBe(a.coverage)
      expect(b.totalScore).toBeGreaterThanOrEqual(a.totalScore)
    },
  )

  test.prop([smallProblem(), fc.nat(), fc.integer({ min: 1, max: 3 })])('adding capacity never lowers coverage', (problem, k, extra) => {
    fc.pre(problem.workers.length > 0)
    const i = k % problem.workers.length
    const more = problem.workers.map((w, j) => (j === i ? { ...w, capacity: w.capacity + extra } : w))
    expect(solveAssignment({ ...problem, workers: more }).coverage).toBeGreaterThanOrEqual(solveAssignment(problem).coverage)
  })

  test.prop([smallProblem(7, 4, { fairness: true })])('fairness never lowers coverage or score', (problem) => {
    const fair = solveAssignment(problem)
    const unfair = solveAssignment({ ...problem, loadPenalty: 0 })
    expect(fair.coverage).toBe(unfair.coverage)
    expect(fair.totalScore).toBe(unfair.totalScore)
    expect(fair.loadCost).toBeLessThanOrEqual(
      unfair.workers.reduce((s, w) => s + ((problem.loadPenalty ?? 0) * w.load * (w.load - 1)) / 2, 0),
    )
  })

  test.prop([smallProblem(7, 4, { exclusions: true })])('feasibility: capacities, demands, edges, exclusions', (problem) => {
    const r = solveAssignment(problem)
    const excluded = new Set((problem.exclusions ?? []).map((x) => `${x.team}|${x.worker}`))
    const edges = new Map(problem.edges.map((e) => [`${e.team}|${e.worker}`, e.score]))
    const seen = new Set<string>()
    for (const x of r.pairs) {
      const key = `${x.team}|${x.worker}`
      expect(seen.has(key)).toBe(false)
      seen.add(key)
      expect(excluded.has(key)).toBe(false)
      expect(edges.get(key)).toBe(x.score)
    }
    for (const w of problem.workers) expect(r.pairs.filter((x) => x.worker === w.id).length).toBeLessThanOrEqual(w.capacity)
    for (const t of problem.teams) {
      const n = r.pairs.filter((x) => x.team === t.id).length
      expect(n).toBeLessThanOrEqual(t.demand ?? 1)
      const u = r.unassigned.find((x) => x.team === t.id)
      expect(u?.missing ?? 0).toBe((t.demand ?? 1) - n)
    }
  })

  test.prop([smallProblem(), fc.nat(), fc.nat()])('locks are kept or reported, and the rest is optimal', (problem, a, b) => {
    fc.pre(problem.teams.length > 0 && problem.workers.length > 0)
    const locks = [
      { team: problem.teams[a % problem.teams.length]!.id, worker: problem.workers[b % problem.workers.length]!.id },
      { team: problem.teams[b % problem.teams.length]!.id, worker: problem.workers[a % problem.workers.length]!.id },
    ]
    const p = { ...problem, locks }
    const r = solveAssignment(p)
    for (const l of locks) {
      const inPlan = r.pairs.some((x) => x.team === l.team && x.worker === l.worker && x.locked)
      const conflict = r.conflicts.find((c) => c.team === l.team && c.worker === l.worker)
      expect(inPlan || (conflict !== undefined && !conflict.kept)).toBe(true)
    }
    expect(verifyCertificate(p, r).valid).toBe(true)
  })

  test.prop([smallProblem(7, 4, { exclusions: true })])('the shortage certificate accounts for every missing slot', (problem) => {
    const r = solveAssignment(problem)
    for (const c of r.components) {
      if (c.coverage < c.demand) expect(c.shortage!.demand - c.shortage!.available).toBe(c.demand - c.coverage)
      else expect(c.shortage).toBeUndefined()
    }
  })

  test.prop([smallProblem(7, 4)])('pointsNeeded is exact: +pointsNeeded makes the pair chosen, +pointsNeeded−1 does not improve', (problem) => {
    const r = solveAssignment(problem)
    for (const u of r.unassigned) {
      if (u.bestAlternative === undefined) continue
      const { worker, pointsNeeded } = u.bestAlternative
      const bump = (d: number) => problem.edges.map((e) => (e.team === u.team && e.worker === worker ? { ...e, score: e.score + d } : e))
      const up = solveAssignment({ ...problem, edges: bump(pointsNeeded) })
      expect(up.pairs.some((x) => x.team === u.team && x.worker === worker)).toBe(true)
      expect(up.totalScore).toBe(r.totalScore + 1)
      const less = solveAssignment({ ...problem, edges: bump(pointsNeeded - 1) })
      expect(less.totalScore).toBe(r.totalScore)
    }
  })

  test.prop([smallProblem(7, 4, { fairness: true, previous: true })])('a tampered certificate is rejected', (problem) => {
    const r = solveAssignment(problem)
    fc.pre(r.certificate.components.length > 0)
    const c0 = r.certificate.components[0]!
    const bad = { ...r, certificate: { components: [{ ...c0, scoreScale: c0.scoreScale + 1 }, ...r.certificate.components.slice(1)] } }
    expect(verifyCertificate(problem, bad).valid).toBe(false)
  })
})
