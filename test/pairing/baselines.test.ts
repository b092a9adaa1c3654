import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { TongxinError } from '../../src/errors/TongxinError'
import { countBlockingPairs, greedyAssignment, stableAssignment } from '../../src/pairing/baselines'
import { solveAssignment, type AssignmentProblem } from '../../src/pairing/solveAssignment'
import { smallProblem } from './arbitraries'

const trap: AssignmentProblem = {
  teams: [{ id: 't1' }, { id: 't2' }],
  workers: [{ id: 'w1', capacity: 1 }, { id: 'w2', capacity: 1 }],
  edges: [
    { team: 't1', worker: 'w1', score: 9 },
    { team: 't1', worker: 'w2', score: 8 },
    { team: 't2', worker: 'w1', score: 7 },
  ],
}

describe('baselines', () => {
  it('greedy and stable fall into the trap the optimum avoids', () => {
    expect(greedyAssignment(trap)).toEqual({ method: 'greedy', pairs: [{ team: 't1', worker: 'w1' }], coverage: 1, totalScore: 9 })
    expect(stableAssignment(trap)).toEqual({ method: 'stable', pairs: [{ team: 't1', worker: 'w1' }], coverage: 1, totalScore: 9 })
    const opt = solveAssignment(trap)
    expect([opt.coverage, opt.totalScore]).toEqual([2, 15])
    expect(countBlockingPairs(trap, opt.pairs)).toBe(1) // t1–w1 both prefer each other
    expect(countBlockingPairs(trap, [])).toBe(3)
  })

  it('respects kept locks', () => {
    const p = { ...trap, locks: [{ team: 't2', worker: 'w1' }] }
    expect(greedyAssignment(p).pairs).toEqual([{ team: 't1', worker: 'w2' }, { team: 't2', worker: 'w1' }])
    expect(stableAssignment(p).pairs).toEqual([{ team: 't1', worker: 'w2' }, { team: 't2', worker: 'w1' }])
  })

  it('stable displaces a worse team', () => {
    const p: AssignmentProblem = {
      teams: [{ id: 'a' }, { id: 'b' }],
      workers: [{ id: 'w', capacity: 1 }, { id: 'v', capacity: 1 }],
      edges: [
        { team: 'a', worker: 'w', score: 1 },
        { team: 'a', worker: 'v', score: 0 },
        { team: 'b', worker: 'w', score: 5 },
      ],
    }
    expect(stableAssignment(p).pairs).toEqual([{ team: 'a', worker: 'v' }, { team: 'b', worker: 'w' }])
  })

  it('long preference lists (more than 32 candidates) sort the same way', () => {
    const workers = Array.from({ length: 40 }, (_, i) => ({ id: `w${String(i).padStart(2, '0')}`, capacity: 1 }))
    const p: AssignmentProblem = {
      teams: [{ id: 'a', demand: 3 }],
      workers,
      edges: workers.map((w, i) => ({ team: 'a', worker: w.id, score: i % 7 })),
    }
    expect(stableAssignment(p).pairs.map((x) => x.worker)).toEqual(['w06', 'w13', 'w20'])
    expect(greedyAssignment(p).pairs.map((x) => x.worker)).toEqual(['w06', 'w13', 'w20'])
  })

  it('countBlockingPairs rejects unknown pairs', () => {
    expect(() => countBlockingPairs(trap, [{ team: 'x', worker: 'w1' }])).toThrow(TongxinError)
    expect(() => countBlockingPairs(trap, [null as never])).toThrow(TongxinError)
  })

  test.prop([smallProblem(7, 4, { exclusions: true })])('stable has no blocking pairs; both baselines are feasible and never beat the optimum', (problem) => {
    const opt = solveAssignment(problem)
    const stable = stableAssignment(problem)
    const greedy = greedyAssignment(problem)
    expect(countBlockingPairs(problem, stable.pairs)).toBe(0)
    for (const b of [stable, greedy]) {
      expect(b.coverage).toBeLessThanOrEqual(opt.coverage)
      if (b.coverage === opt.coverage) expect(b.totalScore).toBeLessThanOrEqual(opt.totalScore)
      for (const w of problem.workers) expect(b.pairs.filter((x) => x.worker === w.id).length).toBeLessThanOrEqual(w.capacity)
      for (const t of problem.teams) expect(b.pairs.filter((x) => x.team === t.id).length).toBeLessThanOrEqual(t.demand ?? 1)
    }
  })

  test.prop([smallProblem(), fc.integer()])('baselines are order independent', (problem, seed) => {
    const rev = { ...problem, teams: [...problem.teams].reverse(), edges: seed % 2 === 0 ? [...problem.edges].reverse() : problem.edges }
    expect(greedyAssignment(rev)).toEqual(greedyAssignment(problem))
    expect(stableAssignment(rev)).toEqual(stableAssignment(problem))
  })
})
