import { describe, expect, it } from 'vitest'
import { TongxinError } from '../../src/errors/TongxinError'
import { formatMessage } from '../../src/i18n/formatMessage'
import { solveAssignment, type AssignmentProblem } from '../../src/pairing/solveAssignment'
import { verifyCertificate } from '../../src/pairing/verifyCertificate'

const codeOf = (f: () => unknown): string => {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(TongxinError)
    return (e as TongxinError).code
  }
  throw new Error('did not throw')
}

describe('solveAssignment — examples', () => {
  it('the contract example', () => {
    const r = solveAssignment({
      teams: [{ id: 't1', demand: 1 }],
      workers: [{ id: 'w1', capacity: 3 }],
      edges: [{ team: 't1', worker: 'w1', score: 120 }],
    })
    expect(r.pairs).toEqual([{ team: 't1', worker: 'w1', score: 120, locked: false }])
    expect(r.unassigned).toEqual([])
    expect([r.coverage, r.totalScore, r.demand]).toEqual([1, 120, 1])
    expect(r.workers).toEqual([{ worker: 'w1', capacity: 3, load: 1, locked: 0, spare: 2 }])
  })

  it('empty inputs give an empty plan', () => {
    const r = solveAssignment({ teams: [], workers: [], edges: [] })
    expect(r.pairs).toEqual([])
    expect(r.coverage).toBe(0)
    expect(r.components).toEqual([])
    expect(verifyCertificate({ teams: [], workers: [], edges: [] }, r).valid).toBe(true)
  })

  it('a team nobody may lead is unassigned without an alternative', () => {
    const r = solveAssignment({ teams: [{ id: 't1' }], workers: [{ id: 'w1', capacity: 1 }], edges: [] })
    expect(r.unassigned).toEqual([{ team: 't1', missing: 1 }])
  })

  it('coverage comes before score', () => {
    // w1 is the best for both; the optimum gives t1 to w2 so that both teams are led.
    const p: AssignmentProblem = {
      teams: [{ id: 't1' }, { id: 't2' }],
      workers: [{ id: 'w1', capacity: 1 }, { id: 'w2', capacity: 1 }],
      edges: [
        { team: 't1', worker: 'w1', score: 100 },
        { team: 't1', worker: 'w2', score: 1 },
        { team: 't2', worker: 'w1', score: 50 },
      ],
    }
    const r = solveAssignment(p)
    expect(r.pairs.map((x) => `${x.team}-${x.worker}`)).toEqual(['t1-w2', 't2-w1'])
    expect(r.coverage).toBe(2)
    expect(r.totalScore).toBe(51)
  })

  it('a team needing two leads gets two distinct workers', () => {
    const r = solveAssignment({
      teams: [{ id: 't1', demand: 2 }],
      workers: [{ id: 'w1', capacity: 5 }, { id: 'w2', capacity: 5 }],
      edges: [{ team: 't1', worker: 'w1', score: 9 }, { team: 't1', worker: 'w2', score: 1 }],
    })
    expect(r.pairs.map((x) => x.worker)).toEqual(['w1', 'w2'])
  })

  it('ties are broken canonically, whatever the input order', () => {
    const teams = [{ id: 'b' }, { id: 'a' }, { id: 'c' }]
    const workers = [{ id: 'y', capacity: 1 }, { id: 'x', capacity: 1 }]
    const edges = teams.flatMap((t) => workers.map((w) => ({ team: t.id, worker: w.id, score: 7 })))
    const r1 = solveAssignment({ teams, workers, edges })
    const r2 = solveAssignment({ teams: [...teams].reverse(), workers: [...workers].reverse(), edges: [...edges].reverse() })
    expect(r1).toEqual(r2)
    expect(r1.pairs.map((x) => `${x.team}-${x.worker}`)).toEqual(['a-x', 'b-y'])
    expect(r1.unassigned).toEqual([{ team: 'c', missing: 1, bestAlternative: { worker: 'x', pointsNeeded: 1 } }])
  })

  it('points needed come from the duals: raising the edge by that much makes it chosen', () => {
    const p: AssignmentProblem = {
      teams: [{ id: 't1' }, { id: 't2' }],
      workers: [{ id: 'w1', capacity: 1 }],
      edges: [{ team: 't1', worker: 'w1', score: 3 }, { team: 't2', worker: 'w1', score: 5 }],
    }
    const r = solveAssignment(p)
    expect(r.unassigned).toEqual([{ team: 't1', missing: 1, bestAlternative: { worker: 'w1', pointsNeeded: 3 } }])
    const raised = solveAssignment({ ...p, edges: [{ team: 't1', worker: 'w1', score: 6 }, p.edges[1]!] })
    expect(raised.pairs[0]!.team).toBe('t1')
  })

  it('reports a Hall shortage certificate per component', () => {
    const r = solveAssignment({
      teams: [{ id: 't1' }, { id: 't2' }, { id: 't3' }],
      workers: [{ id: 'w1', capacity: 1 }, { id: 'w2', capacity: 1 }],
      edges: [
        { team: 't1', worker: 'w1', score: 1 },
        { team: 't2', worker: 'w1', score: 1 },
        { team: 't3', worker: 'w2', score: 1 },
      ],
    })
    expect(r.components).toHaveLength(2)
    expect(r.components[0]!.shortage).toEqual({ teams: ['t1', 't2'], workers: ['w1'], demand: 2, available: 1 })
    expect(r.components[1]!.shortage).toBeUndefined()
  })

  it('locks consume capacity; conflicting locks are reported, not silently dropped', () => {
    const p: AssignmentProblem = {
      teams: [{ id: 't1' }, { id: 't2' }, { id: 't3' }],
      workers: [{ id: 'w1', capacity: 1 }, { id: 'w2', capacity: 1 }],
      edges: [
        { team: 't1', worker: 'w1', score: 1 },
        { team: 't2', worker: 'w1', score: 9 },
        { team: 't3', worker: 'w2', score: 2 },
      ],
      locks: [
        { team: 't1', worker: 'w1' },
        { team: 't1', worker: 'w1' }, // duplicate: ignored
        { team: 't2', worker: 'w1' }, // w1 is full
        { team: 't1', worker: 'w2' }, // t1 already has its one lead
        { team: 't3', worker: 'w1' }, // excluded
      ],
      exclusions: [{ team: 't3', worker: 'w1' }, { team: 'nobody', worker: 'w1' }],
    }
    const r = solveAssignment(p)
    expect(r.pairs).toEqual([
      { team: 't1', worker: 'w1', score: 1, locked: true },
      { team: 't3', worker: 'w2', score: 2, locked: false },
    ])
    expect(r.conflicts.map((c) => [c.code, c.team, c.worker, c.kept])).toEqual([
      ['PAIRING_LOCK_OVER_DEMAND', 't1', 'w2', false],
      ['PAIRING_LOCK_OVER_CAPACITY', 't2', 'w1', false],
      ['PAIRING_LOCK_EXCLUDED', 't3', 'w1', false],
    ])
    for (const c of r.conflicts) expect(formatMessage(c, 'en')).not.toBe(c.code)
    expect(r.workers[0]).toEqual({ worker: 'w1', capacity: 1, load: 1, locked: 1, spare: 0 })
    expect(verifyCertificate(p, r).valid).toBe(true)
  })

  it('a lock without an edge is kept as an override and reported', () => {
    const p: AssignmentProblem = { teams: [{ id: 't1' }], workers: [{ id: 'w1', capacity: 1 }], edges: [], locks: [{ team: 't1', worker: 'w1' }] }
    const r = solveAssignment(p)
    expect(r.pairs).toEqual([{ team: 't1', worker: 'w1', score: 0, locked: true }])
    expect(r.conflicts.map((c) => [c.code, c.kept])).toEqual([['PAIRING_LOCK_NOT_ELIGIBLE', true]])
    expect(verifyCertificate(p, r).valid).toBe(true)
  })

  it('fairness spreads load at equal score', () => {
    const p: AssignmentProblem = {
      teams: [{ id: 't1' }, { id: 't2' }],
      workers: [{ id: 'w1', capacity: 2 }, { id: 'w2', capacity: 2 }],
      edges: [
        { team: 't1', worker: 'w1', score: 5 },
        { team: 't2', worker: 'w1', score: 5 },
        { team: 't1', worker: 'w2', score: 4 },
        { team: 't2', worker: 'w2', score: 6 },
      ],
    }
    // Without fairness w1 takes t1 and w2 takes t2 anyway (score 11); make score tie instead:
    const tie = { ...p, edges: p.edges.map((e) => ({ ...e, score: 5 })) }
    const unfair = solveAssignment(tie)
    const fair = solveAssignment({ ...tie, loadPenalty: 1 })
    expect(fair.totalScore).toBe(unfair.totalScore)
    expect(fair.workers.map((w) => w.load)).toEqual([1, 1])
    expect(fair.loadCost).toBe(0)
    expect(verifyCertificate({ ...tie, loadPenalty: 1 }, fair).valid).toBe(true)
  })

  it('among optimal plans, the previous plan is kept', () => {
    const p: AssignmentProblem = {
      teams: [{ id: 't1' }],
      workers: [{ id: 'w1', capacity: 1 }, { id: 'w2', capacity: 1 }],
      edges: [{ team: 't1', worker: 'w1', score: 5 }, { team: 't1', worker: 'w2', score: 5 }],
      previous: [{ team: 't1', worker: 'w2' }, { team: 'gone', worker: 'w9' }],
    }
    const r = solveAssignment(p)
    expect(r.pairs[0]!.worker).toBe('w2')
    expect(r.churn).toBe(0)
    expect(solveAssignment({ ...p, churnPenalty: 0 }).pairs[0]!.worker).toBe('w1')
    // Score still comes first.
    const better = solveAssignment({ ...p, edges: [{ team: 't1', worker: 'w1', score: 6 }, p.edges[1]!] })
    expect([better.pairs[0]!.worker, better.churn]).toEqual(['w1', 1])
  })

  it('rejects invalid input with coded errors', () => {
    expect(codeOf(() => solveAssignment(null as never))).toBe('PAIRING_INVALID_INPUT')
    expect(codeOf(() => solveAssignment({ teams: 1, workers: [], edges: [] } as never))).toBe('PAIRING_INVALID_INPUT')
    expect(codeOf(() => solveAssignment({ teams: [{ id: '' }], workers: [], edges: [] }))).toBe('PAIRING_INVALID_INPUT')
    expect(codeOf(() => solveAssignment({ teams: [{ id: 't', demand: -1 }], workers: [], edges: [] }))).toBe('PAIRING_INVALID_INPUT')
    expect(codeOf(() => solveAssignment({ teams: [], workers: [{ id: 'w', capacity: 1.5 }], edges: [] }))).toBe('PAIRING_INVALID_INPUT')
    expect(codeOf(() => solveAssignment({ teams: [{ id: 't' }, { id: 't' }], workers: [], edges: [] }))).toBe('PAIRING_DUPLICATE_ID')
    const base = { teams: [{ id: 't' }], workers: [{ id: 'w', capacity: 1 }] }
    expect(codeOf(() => solveAssignment({ ...base, edges: [{ team: 't', worker: 'w', score: Number.NaN }] }))).toBe('PAIRING_INVALID_INPUT')
    expect(codeOf(() => solveAssignment({ ...base, edges: [{ team: 't', worker: 'x', score: 1 }] }))).toBe('PAIRING_UNKNOWN_ID')
    expect(codeOf(() => solveAssignment({ ...base, edges: [{ team: 'x', worker: 'w', score: 1 }] }))).toBe('PAIRING_UNKNOWN_ID')
    expect(codeOf(() => solveAssignment({ ...base, edges: [1] } as never))).toBe('PAIRING_INVALID_INPUT')
    expect(codeOf(() => solveAssignment({ ...base, edges: [{ team: 't', worker: 'w', score: 1 }, { team: 't', worker: 'w', score: 2 }] }))).toBe(
      'PAIRING_DUPLICATE_EDGE',
    )
    expect(codeOf(() => solveAssignment({ ...base, edges: [], locks: [{ team: 't', worker: 'nobody' }] }))).toBe('PAIRING_UNKNOWN_ID')
    expect(codeOf(() => solveAssignment({ ...base, edges: [], locks: [{ team: 'nobody', worker: 'w' }] }))).toBe('PAIRING_UNKNOWN_ID')
    expect(codeOf(() => solveAssignment({ ...base, edges: [], locks: [null] } as never))).toBe('PAIRING_INVALID_INPUT')
    expect(codeOf(() => solveAssignment({ ...base, edges: [], loadPenalty: -1 }))).toBe('PAIRING_INVALID_INPUT')
  })

  it('rejects scores and penalties that could overflow 2^53', () => {
    const teams = Array.from({ length: 50 }, (_, i) => ({ id: `t${i}` }))
    const workers = [{ id: 'w', capacity: 50 }]
    const edges = teams.map((t) => ({ team: t.id, worker: 'w', score: 2 ** 40 }))
    expect(codeOf(() => solveAssignment({ teams, workers, edges }))).toBe('PAIRING_OVERFLOW')
    const many = Array.from({ length: 8200 }, (_, i) => ({ id: `t${i}` }))
    const manyWorkers = many.map((_, i) => ({ id: `w${i}`, capacity: 1 }))
    expect(codeOf(() => solveAssignment({ teams: many, workers: manyWorkers, edges: many.map((t, i) => ({ team: t.id, worker: `w${i}`, score: 2 ** 40 })) }))).toBe('PAIRING_OVERFLOW')
    const r = solveAssignment({ teams, workers, edges: edges.map((e) => ({ ...e, score: 2 ** 20 })) })
    expect(r.coverage).toBe(50)
  })
})
