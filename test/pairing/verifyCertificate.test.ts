import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../src/i18n/formatMessage'
import { solveAssignment, type AssignmentProblem, type AssignmentResult } from '../../src/pairing/solveAssignment'
import { verifyCertificate } from '../../src/pairing/verifyCertificate'

const problem: AssignmentProblem = {
  teams: [{ id: 't1' }, { id: 't2' }, { id: 't3', demand: 2 }],
  workers: [{ id: 'w1', capacity: 1 }, { id: 'w2', capacity: 2 }, { id: 'w3', capacity: 1 }],
  edges: [
    { team: 't1', worker: 'w1', score: 5 },
    { team: 't1', worker: 'w2', score: 3 },
    { team: 't2', worker: 'w1', score: 4 },
    { team: 't3', worker: 'w2', score: 2 },
    { team: 't3', worker: 'w3', score: 1 },
  ],
  locks: [{ team: 't3', worker: 'w3' }],
  loadPenalty: 1,
  previous: [{ team: 't2', worker: 'w1' }],
}
const good = solveAssignment(problem)
const checks = (r: unknown): string[] => verifyCertificate(problem, r as AssignmentResult).failures.map((f) => (f.params as { check: string }).check)
const comp = good.certificate.components[0]!
const withComp = (c: Record<string, unknown>) => ({ ...good, certificate: { components: [{ ...comp, ...c }, ...good.certificate.components.slice(1)] } })

describe('verifyCertificate', () => {
  it('accepts the solver’s plan', () => {
    expect(verifyCertificate(problem, good)).toEqual({ valid: true, failures: [] })
  })

  it('rejects malformed results', () => {
    expect(checks(null)).toEqual(['shape'])
    expect(checks({ ...good, pairs: 1 })).toEqual(['shape'])
    expect(checks({ ...good, certificate: 1 })).toEqual(['shape'])
    expect(checks(withComp({ teams: 1 }))).toEqual(['shape'])
    expect(checks(withComp({ teamPotentials: [] }))).toEqual(['shape'])
  })

  it('detects infeasible or inconsistent plans', () => {
    expect(checks({ ...good, pairs: [...good.pairs, { team: 'tx', worker: 'w1' }] })).toContain('feasibility')
    expect(checks({ ...good, pairs: [...good.pairs, good.pairs[0]] })).toContain('feasibility')
    expect(checks({ ...good, pairs: [...good.pairs, { team: 't2', worker: 'w3' }] })).toContain('feasibility')
    expect(checks({ ...good, pairs: good.pairs.filter((x) => !x.locked) })).toContain('feasibility')
    // t2–w2 is not an edge: infeasible
    expect(checks({ ...good, pairs: [...good.pairs, { team: 't2', worker: 'w2' }] })).toContain('feasibility')
    // t1 over demand and w1 over capacity
    expect(checks({ ...good, pairs: [...good.pairs, { team: 't1', worker: 'w1' }, { team: 't1', worker: 'w2' }] })).toContain('feasibility')
    expect(checks({ ...good, coverage: 99 })).toEqual(['totals'])
    expect(checks({ ...good, totalScore: 99 })).toEqual(['totals'])
    const f = verifyCertificate(problem, { ...good, coverage: 99 }).failures[0]!
    expect(formatMessage(f, 'en')).toBe('optimality certificate check failed (totals): coverage differs from the number of pairs')
  })

  it('detects a wrong partition or cost model', () => {
    expect(checks(withComp({ teams: ['nobody', ...comp.teams.slice(1)] }))).toEqual(['partition'])
    expect(checks(withComp({ workers: ['nobody', ...comp.workers.slice(1)] }))).toEqual(['partition'])
    expect(checks({ ...good, certificate: { components: [] } })).toEqual(['partition'])
    expect(checks(withComp({ unassignedCost: comp.unassignedCost + 1 }))).toEqual(['cost-model'])
  })

  it('detects potentials that do not prove optimality', () => {
    expect(checks(withComp({ teamPotentials: comp.teamPotentials.map((x) => x + 1000) }))).toContain('reduced-cost')
    expect(checks(withComp({ workerPotentials: comp.workerPotentials.map((x) => x - 1000) }))).toContain('reduced-cost')
    expect(checks(withComp({ sink: comp.sink + 1000 }))).toContain('reduced-cost')
    expect(checks(withComp({ sink: comp.sink - 1000 }))).toContain('reduced-cost')
  })

  it('detects a feasible but suboptimal plan', () => {
    const p: AssignmentProblem = {
      teams: [{ id: 'a' }, { id: 'b' }],
      workers: [{ id: 'x', capacity: 1 }, { id: 'y', capacity: 1 }],
      edges: [{ team: 'a', worker: 'x', score: 9 }, { team: 'a', worker: 'y', score: 1 }, { team: 'b', worker: 'x', score: 1 }],
    }
    const r = solveAssignment(p)
    const worse = { ...r, pairs: [{ team: 'a', worker: 'x', score: 9, locked: false }], coverage: 1, totalScore: 9 }
    expect(verifyCertificate(p, worse).valid).toBe(false)
    const unfilled = { ...r, pairs: [{ team: 'a', worker: 'y', score: 1, locked: false }], coverage: 1, totalScore: 1 }
    expect(verifyCertificate(p, unfilled).valid).toBe(false)
  })
})
