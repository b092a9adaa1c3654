/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays and id tables within their bounds */
import type { CodedMessage } from '../i18n/types'
import { edgeCost, findComponents, residualCapacity, residualDemand } from './internal/components'
import { arcsNeeded, solveComponent, Workspace } from './internal/mcf'
import { prepare, type Prepared } from './internal/prepare'

/**
 * A team in an assignment problem.
 * @example
 * const t: AssignmentTeam = { id: 't1', demand: 2 }
 */
export interface AssignmentTeam {
  /** Stable id (ties are broken by it). */
  readonly id: string
  /** How many distinct leads the team needs (default 1). */
  readonly demand?: number
}

/**
 * A worker (social worker) in an assignment problem.
 * @example
 * const w: AssignmentWorker = { id: 'w1', capacity: 3 }
 */
export interface AssignmentWorker {
  /** Stable id. */
  readonly id: string
  /** How many teams the worker can lead. */
  readonly capacity: number
}

/**
 * An allowed pair and its integer score (higher is better). An absent edge means "not allowed".
 * @example
 * const e: AssignmentEdge = { team: 't1', worker: 'w1', score: 120 }
 */
export interface AssignmentEdge {
  /** Team id. */
  readonly team: string
  /** Worker id. */
  readonly worker: string
  /** Integer score, |score| ≤ 2^40. */
  readonly score: number
}

/**
 * A (team, worker) pair used for locks, exclusions and a previous plan.
 * @example
 * const lock: PairRef = { team: 't1', worker: 'w1' }
 */
export interface PairRef {
  /** Team id. */
  readonly team: string
  /** Worker id. */
  readonly worker: string
}

/**
 * The input of {@link solveAssignment}.
 * @example
 * const p: AssignmentProblem = { teams: [{ id: 't1' }], workers: [{ id: 'w1', capacity: 1 }], edges: [{ team: 't1', worker: 'w1', score: 5 }] }
 */
export interface AssignmentProblem {
  /** Teams; ids unique. */
  readonly teams: readonly AssignmentTeam[]
  /** Workers; ids unique. */
  readonly workers: readonly AssignmentWorker[]
  /** Allowed pairs with scores; at most one per (team, worker). */
  readonly edges: readonly AssignmentEdge[]
  /** Pairs that must hold. They consume demand and capacity; conflicting locks are reported in `conflicts`. */
  readonly locks?: readonly PairRef[]
  /** Pairs that must not hold (removes the edge). Unknown ids are ignored. */
  readonly exclusions?: readonly PairRef[]
  /** Fairness: the k-th team of a worker costs `loadPenalty·(k−1)` (convex). 0 (default) = off. Only its sign matters: the objective is lexicographic. */
  readonly loadPenalty?: number
  /** The previous plan; among optimal plans the one keeping most of its pairs wins. Unknown ids are ignored. */
  readonly previous?: readonly PairRef[]
  /** 0 turns the churn objective off even when `previous` is given (default 1). */
  readonly churnPenalty?: number
}

/**
 * One pair of the plan.
 * @example
 * const p: AssignedPair = { team: 't1', worker: 'w1', score: 120, locked: false }
 */
export interface AssignedPair {
  /** Team id. */
  readonly team: string
  /** Worker id. */
  readonly worker: string
  /** The edge's score (0 for a lock without an edge). */
  readonly score: number
  /** Whether the pair comes from a lock. */
  readonly locked: boolean
}

/**
 * A team short of its demand, with the cheapest way in (from the duals).
 * @example
 * const u: UnassignedTeam = { team: 't2', missing: 1, bestAlternative: { worker: 'w1', pointsNeeded: 11 } }
 */
export interface UnassignedTeam {
  /** Team id. */
  readonly team: string
  /** Lead slots not filled. */
  readonly missing: number
  /**
   * The candidate worker that needs the fewest extra points for this team to get it at equal
   * coverage: raising that edge's score by `pointsNeeded` makes every optimal plan use it.
   * Absent when the team has no usable candidate.
   */
  readonly bestAlternative?: { readonly worker: string; readonly pointsNeeded: number }
}

/**
 * A worker's load.
 * @example
 * const l: WorkerLoad = { worker: 'w1', capacity: 3, load: 2, locked: 0, spare: 1 }
 */
export interface WorkerLoad {
  /** Worker id. */
  readonly worker: string
  /** Capacity. */
  readonly capacity: number
  /** Teams led in the plan (locks included). */
  readonly load: number
  /** Of which locked. */
  readonly locked: number
  /** capacity − load. */
  readonly spare: number
}

/**
 * A lock that could not be applied as is.
 * @example
 * const c: LockConflict = { code: 'PAIRING_LOCK_OVER_CAPACITY', params: { team: 't1', worker: 'w1' }, team: 't1', worker: 'w1', kept: false }
 */
export interface LockConflict extends CodedMessage {
  /** `PAIRING_LOCK_EXCLUDED`, `PAIRING_LOCK_OVER_DEMAND`, `PAIRING_LOCK_OVER_CAPACITY` (dropped) or `PAIRING_LOCK_NOT_ELIGIBLE` (kept as an override). */
  readonly code: string
  /** `{ team, worker }`. */
  readonly params: { readonly team: string; readonly worker: string }
  /** Team id. */
  readonly team: string
  /** Worker id. */
  readonly worker: string
  /** Whether the lock is in the plan anyway. */
  readonly kept: boolean
}

/**
 * A Hall shortage certificate: these teams need more leads than their eligible workers can give.
 * @example
 * const s: ShortageCertificate = { teams: ['t1', 't2'], workers: ['w1'], demand: 2, available: 1 }
 */
export interface ShortageCertificate {
  /** Teams of the set X (reachable from a short team in the final residual graph). */
  readonly teams: readonly string[]
  /** Workers with an edge into X. */
  readonly workers: readonly string[]
  /** Σ remaining demand of X. */
  readonly demand: number
  /** Σ over workers of min(remaining capacity, number of edges into X): at most this many slots of X can be filled. */
  readonly available: number
}

/**
 * Statistics of one connected component.
 * @example
 * const s: ComponentStats = { index: 0, teams: 3, workers: 2, edges: 5, demand: 3, coverage: 2, score: 40, augmentations: 2 }
 */
export interface ComponentStats {
  /** Position in `certificate.components`. */
  readonly index: number
  /** Number of teams. */
  readonly teams: number
  /** Number of workers. */
  readonly workers: number
  /** Number of optimised edges. */
  readonly edges: number
  /** Remaining demand (after locks). */
  readonly demand: number
  /** Slots filled by the optimisation (locks excluded). */
  readonly coverage: number
  /** Score of those slots. */
  readonly score: number
  /** Augmenting paths used. */
  readonly augmentations: number
  /** When demand is not met: the Hall certificate (demand − available = demand − coverage). */
  readonly shortage?: ShortageCertificate
}

/**
 * Dual potentials of one component, in the model where each team unit either flows through a
 * worker or takes its team's "unassigned" arc to the sink at cost `unassignedCost`. Every
 * residual arc has non-negative reduced cost `cost(u→v) + π(u) − π(v)`, so the flow is a
 * minimum-cost one; since `unassignedCost` exceeds any difference of the lower-level totals,
 * minimum cost implies maximum coverage first.
 * @example
 * // see verifyCertificate
 */
export interface ComponentCertificate {
  /** Team ids, ascending. */
  readonly teams: readonly string[]
  /** Worker ids, ascending. */
  readonly workers: readonly string[]
  /** Cost units per score point (an edge costs −scoreScale·score [+ churnCost]). */
  readonly scoreScale: number
  /** The k-th unit (k from 0, locks first) on a worker costs loadStep·k (0 = fairness off). */
  readonly loadStep: number
  /** Cost of a pair not in the previous plan (0 = churn off). */
  readonly churnCost: number
  /** Cost of one unassigned unit of demand. */
  readonly unassignedCost: number
  /** Potential of the sink. */
  readonly sink: number
  /** Potentials of the teams, aligned with `teams`. */
  readonly teamPotentials: readonly number[]
  /** Potentials of the workers, aligned with `workers`. */
  readonly workerPotentials: readonly number[]
}

/**
 * The optimality certificate of a plan, checked by `verifyCertificate` in O(E).
 * @example
 * // result.certificate.components[0].teamPotentials
 */
export interface AssignmentCertificate {
  /** One entry per component, aligned with `components`. */
  readonly components: readonly ComponentCertificate[]
}

/**
 * The result of {@link solveAssignment}.
 * @example
 * // const r: AssignmentResult = solveAssignment(problem)
 */
export interface AssignmentResult {
  /** Pairs sorted by team id then worker id. */
  readonly pairs: readonly AssignedPair[]
  /** Teams short of their demand, sorted by id. */
  readonly unassigned: readonly UnassignedTeam[]
  /** Team-lead slots filled (locks included). */
  readonly coverage: number
  /** Total demand. */
  readonly demand: number
  /** Σ scores of the pairs. */
  readonly totalScore: number
  /** Σ over workers of loadPenalty·load·(load−1)/2 (0 when fairness is off). */
  readonly loadCost: number
  /** Previous pairs (known ids) not kept. */
  readonly churn: number
  /** Every worker's load, sorted by id. */
  readonly workers: readonly WorkerLoad[]
  /** Locks that conflict with exclusions, demand, capacity or eligibility. */
  readonly conflicts: readonly LockConflict[]
  /** Per-component statistics. */
  readonly components: readonly ComponentStats[]
  /** Optimality certificate. */
  readonly certificate: AssignmentCertificate
}

/**
 * Solves a capacitated team ↔ worker assignment optimally (min-cost flow, integer costs).
 * Objective, lexicographic: (1) most slots filled; (2) highest total score; (3) if `loadPenalty`
 * > 0, least convex load cost; (4) if `previous` is given, most previous pairs kept; (5) a
 * canonical tie-break: the instance is sorted by stable ids before a deterministic solver runs,
 * so any order of the input arrays gives the identical plan. Each connected component is solved
 * on its own (successive shortest paths with Dijkstra and potentials on typed arrays).
 *
 * @param problem - teams, workers, edges and options (untrusted input is validated)
 * @returns the plan, the unassigned teams, loads, conflicts, component stats and a certificate
 * @throws TongxinError `PAIRING_INVALID_INPUT`, `PAIRING_DUPLICATE_ID`, `PAIRING_DUPLICATE_EDGE`, `PAIRING_UNKNOWN_ID`, `PAIRING_OVERFLOW`
 * @example
 * const r = solveAssignment({
 *   teams: [{ id: 't1' }, { id: 't2' }],
 *   workers: [{ id: 'w1', capacity: 1 }],
 *   edges: [{ team: 't1', worker: 'w1', score: 3 }, { team: 't2', worker: 'w1', score: 5 }],
 * })
 * r.pairs //=> [{ team: 't2', worker: 'w1', score: 5, locked: false }]
 * r.unassigned //=> [{ team: 't1', missing: 1, bestAlternative: { worker: 'w1', pointsNeeded: 3 } }]
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  return solvePrepared(prepare(problem)).result
}

/**
 * Solves a canonical instance (shared by `pairTeams`, which also runs the baselines on it).
 * @internal
 * @param p - the prepared instance
 * @returns the result, and which prepared edges the optimisation chose (locks not included)
 */
export function solvePrepared(p: Prepared): { readonly result: AssignmentResult; readonly chosen: Uint8Array } {
  const T = p.teamIds.length
  const W = p.workerIds.length
  const assigned = new Int32Array(T)
  const load = new Int32Array(W)
  const chosen = new Uint8Array(p.edgeTeam.length)
  const lockPairs: { t: number; w: number; score: number }[] = []
  const conflicts: LockConflict[] = []
  for (const l of p.locks) {
    const team = p.teamIds[l.team]!
    const worker = p.workerIds[l.worker]!
    if (l.code !== undefined) conflicts.push(Object.freeze({ code: l.code, params: Object.freeze({ team, worker }), team, worker, kept: l.kept }))
    if (!l.kept) continue
    lockPairs.push({ t: l.team, w: l.worker, score: l.score })
    assigned[l.team] = assigned[l.team]! + 1
    load[l.worker] = load[l.worker]! + 1
  }

  const comps = findComponents(p)
  const localT = new Int32Array(T)
  const localW = new Int32Array(W)
  let maxNodes = 1
  let maxArcs = 1
  let maxEdges = 1
  for (const comp of comps) {
    let slots = 0
    for (const w of comp.workers) slots += comp.loadStep > 0 ? residualCapacity(p, w) : 1
    maxNodes = Math.max(maxNodes, comp.teams.length + comp.workers.length + 1)
    maxArcs = Math.max(maxArcs, arcsNeeded(comp.teams.length, comp.edges.length, slots))
    maxEdges = Math.max(maxEdges, comp.edges.length)
  }
  const ws = new Workspace(maxNodes, maxArcs, maxEdges)
  const stats: ComponentStats[] = []
  const certs: ComponentCertificate[] = []
  const best = new Map<number, { worker: string; pointsNeeded: number }>()
  for (let c = 0; c < comps.length; c++) {
    const comp = comps[c]
    if (comp === undefined) continue
    const nT = comp.teams.length
    const nW = comp.workers.length
    for (let i = 0; i < nT; i++) localT[comp.teams[i]!] = i
    for (let i = 0; i < nW; i++) localW[comp.workers[i]!] = i
    const nE = comp.edges.length
    const { edgeTeam, edgeWorker, edgeCost: cost, edgeScore: score, teamStart, demand, capacity, lockedLoad } = ws
    teamStart[0] = 0
    for (let k = 0; k < nE; k++) {
      const i = comp.edges[k]!
      const lt = localT[p.edgeTeam[i]!]!
      edgeTeam[k] = lt
      edgeWorker[k] = localW[p.edgeWorker[i]!]!
      cost[k] = edgeCost(p, comp, i)
      score[k] = p.edgeScore[i]!
      teamStart[lt + 1] = k + 1
    }
    for (let i = 0; i < nT; i++) demand[i] = residualDemand(p, comp.teams[i]!)
    for (let i = 0; i < nW; i++) {
      capacity[i] = residualCapacity(p, comp.workers[i]!)
      lockedLoad[i] = p.lockedWorker[comp.workers[i]!]!
    }
    const sol = solveComponent({
      nT, nW, demand, capacity, lockedLoad, loadStep: comp.loadStep, unassignedCost: comp.unassignedCost,
      teamStart, edgeWorker, edgeCost: cost, edgeScore: score,
    }, ws)
    let cov = 0
    let sc = 0
    for (let k = 0; k < nE; k++) {
      if (sol.edgeFlow[k] !== 1) continue
      const i = comp.edges[k]!
      chosen[i] = 1
      cov++
      sc += score[k]!
      assigned[p.edgeTeam[i]!] = assigned[p.edgeTeam[i]!]! + 1
      load[p.edgeWorker[i]!] = load[p.edgeWorker[i]!]! + 1
    }
    let compDemand = 0
    for (let t = 0; t < nT; t++) compDemand += demand[t]!
    let shortage: ShortageCertificate | undefined
    if (cov < compDemand) {
      for (let t = 0; t < nT; t++) {
        if (sol.missing[t] === 0) continue
        const alt = sol.bestAlternative(t)
        if (alt !== undefined) {
          best.set(comp.teams[t]!, { worker: p.workerIds[comp.workers[edgeWorker[alt.edge]!]!]!, pointsNeeded: alt.pointsNeeded })
        }
      }
      shortage = hallCertificate(p, comp.teams, comp.workers, sol.hallSet(), demand, capacity, edgeTeam.subarray(0, nE), edgeWorker)
    }
    const pot = sol.potential
    certs.push(Object.freeze({
      teams: Object.freeze(Array.from(comp.teams, (t) => p.teamIds[t]!)),
      workers: Object.freeze(Array.from(comp.workers, (w) => p.workerIds[w]!)),
      scoreScale: comp.scoreScale,
      loadStep: comp.loadStep,
      churnCost: comp.churnCost,
      unassignedCost: comp.unassignedCost,
      sink: pot[nT + nW]!,
      teamPotentials: Object.freeze(Array.from(pot.subarray(0, nT))),
      workerPotentials: Object.freeze(Array.from(pot.subarray(nT, nT + nW))),
    }))
    stats.push(Object.freeze({
      index: c,
      teams: nT,
      workers: nW,
      edges: nE,
      demand: compDemand,
      coverage: cov,
      score: sc,
      augmentations: sol.augmentations,
      ...(shortage === undefined ? {} : { shortage }),
    }))
  }

  // Assemble the plan in canonical order.
  const pairsIdx: { t: number; w: number; score: number; locked: boolean }[] = lockPairs.map((l) => ({ ...l, locked: true }))
  for (let i = 0; i < chosen.length; i++) {
    if (chosen[i] === 1) pairsIdx.push({ t: p.edgeTeam[i]!, w: p.edgeWorker[i]!, score: p.edgeScore[i]!, locked: false })
  }
  pairsIdx.sort((a, b) => a.t - b.t || a.w - b.w)
  let totalScore = 0
  let kept = 0
  const pairs = pairsIdx.map((x) => {
    totalScore += x.score
    if (p.previous.has(x.t * W + x.w)) kept++
    return Object.freeze({ team: p.teamIds[x.t]!, worker: p.workerIds[x.w]!, score: x.score, locked: x.locked })
  })
  const unassigned: UnassignedTeam[] = []
  let coverage = 0
  let totalDemand = 0
  for (let t = 0; t < T; t++) {
    const d = p.demand[t]!
    const a = assigned[t]!
    coverage += a
    totalDemand += d
    if (a < d) {
      const alt = best.get(t)
      unassigned.push(Object.freeze({ team: p.teamIds[t]!, missing: d - a, ...(alt === undefined ? {} : { bestAlternative: Object.freeze(alt) }) }))
    }
  }
  let loadCost = 0
  const workers: WorkerLoad[] = []
  for (let w = 0; w < W; w++) {
    const l = load[w]!
    const cap = p.capacity[w]!
    loadCost += (p.loadPenalty * l * (l - 1)) / 2
    workers.push(Object.freeze({ worker: p.workerIds[w]!, capacity: cap, load: l, locked: p.lockedWorker[w]!, spare: cap - l }))
  }
  const result: AssignmentResult = Object.freeze({
    pairs: Object.freeze(pairs),
    unassigned: Object.freeze(unassigned),
    coverage,
    demand: totalDemand,
    totalScore,
    loadCost,
    churn: p.previous.size - kept,
    workers: Object.freeze(workers),
    conflicts: Object.freeze(conflicts),
    components: Object.freeze(stats),
    certificate: Object.freeze({ components: Object.freeze(certs) }),
  })
  return { result, chosen }
}

function hallCertificate(
  p: Prepared,
  teams: readonly number[],
  workers: readonly number[],
  reachable: Uint8Array,
  demand: Int32Array,
  capacity: Int32Array,
  edgeTeam: Int32Array,
  edgeWorker: Int32Array,
): ShortageCertificate {
  const nT = teams.length
  const edgesInto = new Int32Array(workers.length)
  let need = 0
  const xs: string[] = []
  for (let t = 0; t < nT; t++) {
    if (reachable[t] !== 1) continue
    need += demand[t]!
    xs.push(p.teamIds[teams[t]!]!)
  }
  for (let k = 0; k < edgeTeam.length; k++) {
    if (reachable[edgeTeam[k]!] === 1) edgesInto[edgeWorker[k]!] = edgesInto[edgeWorker[k]!]! + 1
  }
  let available = 0
  const ws: string[] = []
  for (let w = 0; w < workers.length; w++) {
    const e = edgesInto[w]!
    if (e === 0) continue
    ws.push(p.workerIds[workers[w]!]!)
    available += Math.min(e, capacity[w]!)
  }
  return Object.freeze({ teams: Object.freeze(xs), workers: Object.freeze(ws), demand: need, available })
}
