/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays and id tables within their bounds */
import type { CodedMessage } from '../i18n/types'
import { costModel, edgeCost, isUsable, residualCapacity, residualDemand } from './internal/components'
import { prepare } from './internal/prepare'
import { isRecord, own, show } from './internal/validate'
import type { AssignmentProblem, AssignmentResult } from './solveAssignment'

/**
 * The outcome of {@link verifyCertificate}.
 * @example
 * const v: CertificateCheck = { valid: true, failures: [] }
 */
export interface CertificateCheck {
  /** True when the plan is feasible and the certificate proves it optimal. */
  readonly valid: boolean
  /** Every failed check (`PAIRING_CERTIFICATE_INVALID` with `check` and `detail`), at most 20. */
  readonly failures: readonly CodedMessage[]
}

/**
 * Checks a plan and its optimality certificate against the problem in O(V + E), independently
 * of the solver: (1) feasibility — every pair is an edge or a kept lock, no exclusion, demands
 * and capacities respected, every kept lock present; (2) totals; (3) for each component, the
 * lexicographic cost model (score scale, load step, churn cost, unassigned cost) is recomputed
 * and must match; (4) every residual arc of the flow (team → worker, worker → sink slot,
 * team → sink "unassigned") has non-negative reduced cost under the dual potentials, which
 * proves the flow minimum-cost, hence lexicographically optimal.
 *
 * @param problem - the problem given to `solveAssignment`
 * @param result - its result (treated as untrusted)
 * @returns `{ valid, failures }`
 * @throws TongxinError `PAIRING_*` when `problem` itself is invalid (as `solveAssignment` would)
 * @example
 * const problem = { teams: [{ id: 't1' }], workers: [{ id: 'w1', capacity: 1 }], edges: [{ team: 't1', worker: 'w1', score: 2 }] }
 * verifyCertificate(problem, solveAssignment(problem)).valid //=> true
 */
export function verifyCertificate(problem: AssignmentProblem, result: AssignmentResult): CertificateCheck {
  const p = prepare(problem)
  const failures: CodedMessage[] = []
  const fail = (check: string, detail: string): void => {
    if (failures.length < 20) failures.push(Object.freeze({ code: 'PAIRING_CERTIFICATE_INVALID', params: Object.freeze({ check, detail }) }))
  }
  const done = (): CertificateCheck => Object.freeze({ valid: failures.length === 0, failures: Object.freeze(failures) })
  const r: unknown = result
  if (!isRecord(r)) {
    fail('shape', 'result is not an object')
    return done()
  }
  const T = p.teamIds.length
  const W = p.workerIds.length
  const teamIdx = new Map(p.teamIds.map((id, i) => [id, i]))
  const workerIdx = new Map(p.workerIds.map((id, i) => [id, i]))
  const edgeOf = new Map<number, number>()
  for (let i = 0; i < p.edgeTeam.length; i++) edgeOf.set(p.edgeTeam[i]! * W + p.edgeWorker[i]!, i)
  const keptLock = new Map<number, number>()
  for (const l of p.locks) if (l.kept) keptLock.set(l.team * W + l.worker, l.score)

  // (1) Feasibility and (2) totals.
  const pairs = own(r, 'pairs')
  if (!Array.isArray(pairs)) {
    fail('shape', 'pairs is not an array')
    return done()
  }
  const flow = new Uint8Array(p.edgeTeam.length)
  const seen = new Set<number>()
  const teamCount = new Int32Array(T)
  const workerCount = new Int32Array(W)
  const freeTeam = new Int32Array(T)
  const freeWorker = new Int32Array(W)
  let totalScore = 0
  for (const x of pairs as unknown[]) {
    const team = isRecord(x) ? own(x, 'team') : undefined
    const worker = isRecord(x) ? own(x, 'worker') : undefined
    const t = typeof team === 'string' ? teamIdx.get(team) : undefined
    const w = typeof worker === 'string' ? workerIdx.get(worker) : undefined
    if (t === undefined || w === undefined) {
      fail('feasibility', `unknown pair ${show(team)}–${show(worker)}`)
      continue
    }
    const key = t * W + w
    if (seen.has(key)) fail('feasibility', `duplicate pair ${show(team)}–${show(worker)}`)
    seen.add(key)
    teamCount[t] = teamCount[t]! + 1
    workerCount[w] = workerCount[w]! + 1
    const lockScore = keptLock.get(key)
    const e = edgeOf.get(key)
    if (lockScore !== undefined) {
      totalScore += lockScore
      continue
    }
    if (e === undefined) {
      fail('feasibility', `pair ${show(team)}–${show(worker)} is not an allowed edge`)
      continue
    }
    totalScore += p.edgeScore[e]!
    flow[e] = 1
    freeTeam[t] = freeTeam[t]! + 1
    freeWorker[w] = freeWorker[w]! + 1
  }
  for (const key of keptLock.keys()) if (!seen.has(key)) fail('feasibility', `kept lock ${p.teamIds[Math.floor(key / W)]!}–${p.workerIds[key % W]!} missing`)
  for (let t = 0; t < T; t++) if (teamCount[t]! > p.demand[t]!) fail('feasibility', `team ${p.teamIds[t]!} over demand`)
  for (let w = 0; w < W; w++) if (workerCount[w]! > p.capacity[w]!) fail('feasibility', `worker ${p.workerIds[w]!} over capacity`)
  if (own(r, 'coverage') !== pairs.length) fail('totals', 'coverage differs from the number of pairs')
  if (own(r, 'totalScore') !== totalScore) fail('totals', 'totalScore differs from the sum of pair scores')
  for (let i = 0; i < flow.length; i++) if (flow[i] === 1 && !isUsable(p, i)) fail('feasibility', `edge ${i} used but not usable`)
  if (failures.length > 0) return done()

  // (3)–(4) Certificate.
  const cert = own(r, 'certificate')
  const compsRaw = isRecord(cert) ? own(cert, 'components') : undefined
  if (!Array.isArray(compsRaw)) {
    fail('shape', 'certificate.components is not an array')
    return done()
  }
  const comps = compsRaw as unknown[]
  const compOfTeam = new Int32Array(T).fill(-1)
  const compOfWorker = new Int32Array(W).fill(-1)
  const potT = new Float64Array(T)
  const potW = new Float64Array(W)
  const sinkPot: number[] = []
  const models: { scoreScale: number; loadStep: number; churnCost: number; unassignedCost: number }[] = []
  const compTeams: number[][] = []
  const compWorkers: number[][] = []
  const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
  for (let c = 0; c < comps.length; c++) {
    const cc = comps[c]
    if (
      !isRecord(cc) ||
      !Array.isArray(own(cc, 'teams')) || !Array.isArray(own(cc, 'workers')) ||
      !Array.isArray(own(cc, 'teamPotentials')) || !Array.isArray(own(cc, 'workerPotentials')) ||
      ![own(cc, 'sink'), own(cc, 'scoreScale'), own(cc, 'loadStep'), own(cc, 'churnCost'), own(cc, 'unassignedCost')].every(num)
    ) {
      fail('shape', `component ${c} is malformed`)
      return done()
    }
    const teams = own(cc, 'teams') as unknown[]
    const workers = own(cc, 'workers') as unknown[]
    const tp = own(cc, 'teamPotentials') as unknown[]
    const wp = own(cc, 'workerPotentials') as unknown[]
    if (tp.length !== teams.length || wp.length !== workers.length) {
      fail('shape', `component ${c} arrays differ in length`)
      return done()
    }
    const ts: number[] = []
    const ws: number[] = []
    for (let i = 0; i < teams.length; i++) {
      const id = teams[i]
      const t = typeof id === 'string' ? teamIdx.get(id) : undefined
      const pot = tp[i]
      if (t === undefined || compOfTeam[t] !== -1 || !num(pot)) {
        fail('partition', `component ${c} team ${show(id)}`)
        return done()
      }
      compOfTeam[t] = c
      potT[t] = pot
      ts.push(t)
    }
    for (let i = 0; i < workers.length; i++) {
      const id = workers[i]
      const w = typeof id === 'string' ? workerIdx.get(id) : undefined
      const pot = wp[i]
      if (w === undefined || compOfWorker[w] !== -1 || !num(pot)) {
        fail('partition', `component ${c} worker ${show(id)}`)
        return done()
      }
      compOfWorker[w] = c
      potW[w] = pot
      ws.push(w)
    }
    sinkPot.push(own(cc, 'sink') as number)
    models.push({
      scoreScale: own(cc, 'scoreScale') as number,
      loadStep: own(cc, 'loadStep') as number,
      churnCost: own(cc, 'churnCost') as number,
      unassignedCost: own(cc, 'unassignedCost') as number,
    })
    compTeams.push(ts)
    compWorkers.push(ws)
  }
  const compEdges: number[][] = comps.map(() => [])
  for (let i = 0; i < p.edgeTeam.length; i++) {
    if (!isUsable(p, i)) continue
    const t = p.edgeTeam[i]!
    const w = p.edgeWorker[i]!
    const c = compOfTeam[t]!
    if (c < 0 || compOfWorker[w] !== c) {
      fail('partition', `edge ${p.teamIds[t]!}–${p.workerIds[w]!} crosses components`)
      return done()
    }
    compEdges[c]?.push(i)
  }
  for (let c = 0; c < comps.length; c++) {
    const e = costModel(p, compTeams[c]!, compWorkers[c]!, compEdges[c]!)
    const m = models[c]
    if (m?.scoreScale !== e.scoreScale || m.loadStep !== e.loadStep || m.churnCost !== e.churnCost || m.unassignedCost !== e.unassignedCost) {
      fail('cost-model', `component ${c} scales differ from the lexicographic model`)
      return done()
    }
  }
  // Reduced costs of every residual arc: team → worker, worker → sink slots, team → sink (unassigned).
  for (let i = 0; i < p.edgeTeam.length; i++) {
    if (!isUsable(p, i)) continue
    const t = p.edgeTeam[i]!
    const w = p.edgeWorker[i]!
    const m = models[compOfTeam[t]!]!
    const rc = edgeCost(p, m, i) + potT[t]! - potW[w]!
    if (flow[i] === 0 ? rc < 0 : rc > 0) fail('reduced-cost', `edge ${p.teamIds[t]!}–${p.workerIds[w]!}`)
  }
  for (let c = 0; c < comps.length; c++) {
    const k = sinkPot[c]!
    const step = models[c]!.loadStep
    const big = models[c]!.unassignedCost
    for (const t of compTeams[c]!) {
      const d = residualDemand(p, t)
      const missing = d - freeTeam[t]!
      const rc = big + potT[t]! - k
      if ((missing < d && rc < 0) || (missing > 0 && rc > 0)) fail('reduced-cost', `unassigned arc of ${p.teamIds[t]!}`)
    }
    for (const w of compWorkers[c]!) {
      const l = freeWorker[w]!
      const base = p.lockedWorker[w]!
      if (l < residualCapacity(p, w) && step * (base + l) + potW[w]! - k < 0) fail('reduced-cost', `sink arc of ${p.workerIds[w]!}`)
      if (l > 0 && step * (base + l - 1) + potW[w]! - k > 0) fail('reduced-cost', `reverse sink arc of ${p.workerIds[w]!}`)
    }
  }
  return done()
}
