import fc from 'fast-check'
import type { AssignmentProblem } from '../../src/pairing/solveAssignment'

/** Small random assignment problems (≤ maxTeams teams, ≤ maxWorkers workers). */
export function smallProblem(maxTeams = 7, maxWorkers = 4, opts: { fairness?: boolean; previous?: boolean; exclusions?: boolean } = {}): fc.Arbitrary<AssignmentProblem> {
  return fc
    .record({
      nT: fc.integer({ min: 0, max: maxTeams }),
      nW: fc.integer({ min: 0, max: maxWorkers }),
      demands: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: maxTeams, maxLength: maxTeams }),
      caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: maxWorkers, maxLength: maxWorkers }),
      cells: fc.array(fc.option(fc.integer({ min: -5, max: 20 }), { nil: undefined, freq: 3 }), { minLength: maxTeams * maxWorkers, maxLength: maxTeams * maxWorkers }),
      prevMask: fc.array(fc.boolean(), { minLength: maxTeams * maxWorkers, maxLength: maxTeams * maxWorkers }),
      exclMask: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: maxTeams * maxWorkers, maxLength: maxTeams * maxWorkers }),
      lambda: fc.integer({ min: 1, max: 3 }),
    })
    .map(({ nT, nW, demands, caps, cells, prevMask, exclMask, lambda }) => {
      const teams = Array.from({ length: nT }, (_, i) => ({ id: `t${i}`, demand: demands[i]! }))
      const workers = Array.from({ length: nW }, (_, i) => ({ id: `w${i}`, capacity: caps[i]! }))
      const edges = []
      const previous = []
      const exclusions = []
      for (let t = 0; t < nT; t++)
        for (let w = 0; w < nW; w++) {
          const s = cells[t * maxWorkers + w]
          if (s !== undefined) edges.push({ team: `t${t}`, worker: `w${w}`, score: s })
          if (prevMask[t * maxWorkers + w] && s !== undefined) previous.push({ team: `t${t}`, worker: `w${w}` })
          if (exclMask[t * maxWorkers + w] === 0) exclusions.push({ team: `t${t}`, worker: `w${w}` })
        }
      return {
        teams,
        workers,
        edges,
        ...(opts.fairness ? { loadPenalty: lambda } : {}),
        ...(opts.previous ? { previous } : {}),
        ...(opts.exclusions ? { exclusions } : {}),
      }
    })
}
