/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays and id tables within their bounds */
// Validates an assignment problem and puts it in canonical form: teams and workers sorted by id,
// edges sorted by (team, worker), locks decided in canonical order. Shared by the solver and by
// verifyCertificate, so both read the same instance.
import { TongxinError } from '../../errors/TongxinError'
import { compareIds, field, invalid, isId, isRecord, own, readArray, readId, readInt, readRecord } from './validate'

/** Largest team demand or worker capacity accepted. */
export const MAX_UNITS = 1_000_000
/** Largest |score| accepted (further bounded by the overflow check). */
export const MAX_SCORE = 2 ** 40

/** A lock decision. */
export interface LockDecision {
  readonly team: number
  readonly worker: number
  /** Code of the conflict, if any. */
  readonly code: string | undefined
  /** Whether the lock holds in the plan. */
  readonly kept: boolean
  /** Score of the locked pair (0 when no edge exists). */
  readonly score: number
}

/** The canonical instance. */
export interface Prepared {
  readonly teamIds: readonly string[]
  readonly workerIds: readonly string[]
  readonly demand: Int32Array
  readonly capacity: Int32Array
  /** Edges sorted by (team, worker), exclusions removed. */
  readonly edgeTeam: Int32Array
  readonly edgeWorker: Int32Array
  readonly edgeScore: Float64Array
  /** Edges of team t are edgeStart[t] .. edgeStart[t+1]−1. */
  readonly edgeStart: Int32Array
  /** 1 when the edge is in the previous plan. */
  readonly edgePrevious: Uint8Array
  readonly locks: readonly LockDecision[]
  /** Units locked per team / worker (kept locks only). */
  readonly lockedTeam: Int32Array
  readonly lockedWorker: Int32Array
  /** 1 when the edge is a kept lock (then it is fixed, not optimised). */
  readonly edgeLocked: Uint8Array
  readonly loadPenalty: number
  readonly churn: boolean
  /** Previous pairs (known ids), as team * W + worker keys. */
  readonly previous: ReadonlySet<number>
  readonly excluded: ReadonlySet<number>
}

function indexIds(ids: string[], kind: string): Map<string, number> {
  const sorted = [...ids].sort(compareIds)
  const map = new Map<string, number>()
  for (let i = 0; i < sorted.length; i++) {
    const id = sorted[i]!
    if (map.has(id)) throw new TongxinError('PAIRING_DUPLICATE_ID', { kind, id })
    map.set(id, i)
  }
  return map
}

function readPairs(value: unknown, name: string): { team: string; worker: string }[] {
  return readArray(value, name, true).map((raw, i) => {
    const r = readRecord(raw, `${name}[${i}]`)
    return { team: readId(own(r, 'team'), `${name}[${i}].team`), worker: readId(own(r, 'worker'), `${name}[${i}].worker`) }
  })
}

/**
 * Validates and canonicalises a problem.
 * @param problem - untrusted input
 * @returns the canonical instance
 */
export function prepare(problem: unknown): Prepared {
  const p = readRecord(problem, 'problem')
  const teamsIn = readArray(own(p, 'teams'), 'teams')
  const teamIdsIn: string[] = new Array<string>(teamsIn.length)
  const demandIn = new Int32Array(teamsIn.length)
  for (let i = 0; i < teamsIn.length; i++) {
    const r = teamsIn[i]
    if (!isRecord(r)) invalid(`teams[${i}]`, 'expected an object')
    const id = own(r, 'id')
    teamIdsIn[i] = isId(id) ? id : readId(id, `teams[${i}].id`)
    const d = own(r, 'demand')
    demandIn[i] = d === undefined ? 1 : typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= MAX_UNITS ? d : readInt(d, `teams[${i}].demand`, 0, MAX_UNITS)
  }
  const workersIn = readArray(own(p, 'workers'), 'workers')
  const workerIdsIn: string[] = new Array<string>(workersIn.length)
  const capacityIn = new Int32Array(workersIn.length)
  for (let i = 0; i < workersIn.length; i++) {
    const r = workersIn[i]
    if (!isRecord(r)) invalid(`workers[${i}]`, 'expected an object')
    const id = own(r, 'id')
    workerIdsIn[i] = isId(id) ? id : readId(id, `workers[${i}].id`)
    const c = own(r, 'capacity')
    capacityIn[i] = typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= MAX_UNITS ? c : readInt(c, `workers[${i}].capacity`, 0, MAX_UNITS)
  }
  const teamIndex = indexIds(teamIdsIn, 'team')
  const workerIndex = indexIds(workerIdsIn, 'worker')
  const teamIds = idsOf(teamIndex)
  const workerIds = idsOf(workerIndex)
  const T = teamIndex.size
  const W = workerIndex.size
  const demand = new Int32Array(T)
  const capacity = new Int32Array(W)
  for (let i = 0; i < teamIdsIn.length; i++) demand[teamIndex.get(teamIdsIn[i]!)!] = demandIn[i]!
  for (let i = 0; i < workerIdsIn.length; i++) capacity[workerIndex.get(workerIdsIn[i]!)!] = capacityIn[i]!
  const teamOf = (id: string, name: string): number => {
    const i = teamIndex.get(id)
    if (i === undefined) throw new TongxinError('PAIRING_UNKNOWN_ID', { kind: 'team', id, name })
    return i
  }
  const workerOf = (id: string, name: string): number => {
    const i = workerIndex.get(id)
    if (i === undefined) throw new TongxinError('PAIRING_UNKNOWN_ID', { kind: 'worker', id, name })
    return i
  }
  // Edges: read into typed arrays, then counting sort by team and insertion sort by worker.
  const edgesIn = readArray(own(p, 'edges'), 'edges', false, 10_000_000)
  const nIn = edgesIn.length
  const inT = new Int32Array(nIn)
  const inW = new Int32Array(nIn)
  const inS = new Float64Array(nIn)
  const perTeam = new Int32Array(T + 1)
  let absSum = 0
  for (let i = 0; i < nIn; i++) {
    const r = edgesIn[i]
    if (!isRecord(r)) invalid(`edges[${i}]`, 'expected an object')
    const team = field(r, 'team')
    const worker = field(r, 'worker')
    const score = field(r, 'score')
    if (typeof score !== 'number' || !Number.isInteger(score) || Math.abs(score) > MAX_SCORE) {
      invalid(`edges[${i}].score`, 'expected an integer with |score| ≤ 2^40')
    }
    const t = typeof team === 'string' ? teamIndex.get(team) : undefined
    const w = typeof worker === 'string' ? workerIndex.get(worker) : undefined
    inT[i] = t ?? teamOf(readId(team, `edges[${i}].team`), `edges[${i}].team`)
    inW[i] = w ?? workerOf(readId(worker, `edges[${i}].worker`), `edges[${i}].worker`)
    inS[i] = score
    absSum += Math.abs(score)
    perTeam[inT[i]! + 1] = perTeam[inT[i]! + 1]! + 1
  }
  for (let t = 0; t < T; t++) perTeam[t + 1] = perTeam[t + 1]! + perTeam[t]!
  if (absSum > Number.MAX_SAFE_INTEGER) throw new TongxinError('PAIRING_OVERFLOW', { team: '' })
  // Two stable counting sorts (by worker, then by team): O(E + T + W).
  const byWorker = new Int32Array(nIn)
  {
    const start = new Int32Array(W + 1)
    for (let i = 0; i < nIn; i++) start[inW[i]! + 1] = start[inW[i]! + 1]! + 1
    for (let w = 0; w < W; w++) start[w + 1] = start[w + 1]! + start[w]!
    for (let i = 0; i < nIn; i++) {
      const w = inW[i]!
      const pos = start[w]!
      byWorker[pos] = i
      start[w] = pos + 1
    }
  }
  const order = new Int32Array(nIn)
  for (let k = 0; k < nIn; k++) {
    const i = byWorker[k]!
    const t = inT[i]!
    const pos = perTeam[t]!
    order[pos] = i
    perTeam[t] = pos + 1
  }
  const locksIn = readPairs(own(p, 'locks'), 'locks')
  const exclusionsIn = readPairs(own(p, 'exclusions'), 'exclusions')
  const previousIn = readPairs(own(p, 'previous'), 'previous')
  const loadPenalty = readInt(own(p, 'loadPenalty'), 'loadPenalty', 0, MAX_UNITS, 0)
  const churnPenalty = readInt(own(p, 'churnPenalty'), 'churnPenalty', 0, MAX_UNITS, 1)
  const excluded = new Set<number>()
  for (const x of exclusionsIn) {
    const t = teamIndex.get(x.team)
    const w = workerIndex.get(x.worker)
    if (t !== undefined && w !== undefined) excluded.add(t * W + w)
  }
  const previous = new Set<number>()
  for (const x of previousIn) {
    const t = teamIndex.get(x.team)
    const w = workerIndex.get(x.worker)
    if (t !== undefined && w !== undefined) previous.add(t * W + w)
  }
  // Canonical edges: duplicates rejected, exclusions removed.
  const keptIdx: number[] = []
  for (let k = 0; k < nIn; k++) {
    const i = order[k]!
    const t = inT[i]!
    const w = inW[i]!
    if (k > 0) {
      const j = order[k - 1]!
      if (inT[j] === t && inW[j] === w) throw new TongxinError('PAIRING_DUPLICATE_EDGE', { team: teamIds[t], worker: workerIds[w] })
    }
    if (excluded.size > 0 && excluded.has(t * W + w)) continue
    keptIdx.push(i)
  }
  const n = keptIdx.length
  const edgeTeam = new Int32Array(n)
  const edgeWorker = new Int32Array(n)
  const edgeScore = new Float64Array(n)
  const edgeStart = new Int32Array(T + 1)
  for (let k = 0; k < n; k++) {
    const i = keptIdx[k]!
    edgeTeam[k] = inT[i]!
    edgeWorker[k] = inW[i]!
    edgeScore[k] = inS[i]!
    edgeStart[inT[i]! + 1] = k + 1
  }
  for (let t = 0; t < T; t++) if (edgeStart[t + 1]! < edgeStart[t]!) edgeStart[t + 1] = edgeStart[t]!
  const findEdge = (t: number, w: number): number => {
    for (let k = edgeStart[t]!, end = edgeStart[t + 1]!; k < end; k++) if (edgeWorker[k] === w) return k
    return -1
  }
  // Locks in canonical order.
  const lockIdx = locksIn.map((l, i) => ({ t: teamOf(l.team, `locks[${i}].team`), w: workerOf(l.worker, `locks[${i}].worker`) }))
  lockIdx.sort((a, b) => a.t - b.t || a.w - b.w)
  const lockedTeam = new Int32Array(T)
  const lockedWorker = new Int32Array(W)
  const lockedKeys = new Set<number>()
  const locks: LockDecision[] = []
  for (const l of lockIdx) {
    const key = l.t * W + l.w
    const edge = findEdge(l.t, l.w)
    const score = edge < 0 ? 0 : edgeScore[edge]!
    let code: string | undefined
    let keep = false
    if (lockedKeys.has(key)) code = 'PAIRING_LOCK_DUPLICATE'
    else if (excluded.has(key)) code = 'PAIRING_LOCK_EXCLUDED'
    else if (lockedTeam[l.t]! >= demand[l.t]!) code = 'PAIRING_LOCK_OVER_DEMAND'
    else if (lockedWorker[l.w]! >= capacity[l.w]!) code = 'PAIRING_LOCK_OVER_CAPACITY'
    else {
      keep = true
      if (edge < 0) code = 'PAIRING_LOCK_NOT_ELIGIBLE'
      lockedKeys.add(key)
      lockedTeam[l.t] = lockedTeam[l.t]! + 1
      lockedWorker[l.w] = lockedWorker[l.w]! + 1
    }
    if (code === 'PAIRING_LOCK_DUPLICATE') continue
    locks.push({ team: l.t, worker: l.w, code, kept: keep, score })
  }
  const edgePrevious = new Uint8Array(n)
  const edgeLocked = new Uint8Array(n)
  if (previous.size > 0 || lockedKeys.size > 0) {
    for (let k = 0; k < n; k++) {
      const key = edgeTeam[k]! * W + edgeWorker[k]!
      edgePrevious[k] = previous.has(key) ? 1 : 0
      edgeLocked[k] = lockedKeys.has(key) ? 1 : 0
    }
  }
  return {
    teamIds,
    workerIds,
    demand,
    capacity,
    edgeTeam,
    edgeWorker,
    edgeScore,
    edgeStart,
    edgePrevious,
    locks,
    lockedTeam,
    lockedWorker,
    edgeLocked,
    loadPenalty,
    churn: churnPenalty > 0 && previous.size > 0,
    previous,
    excluded,
  }
}

function idsOf(index: Map<string, number>): string[] {
  return [...index.keys()]
}
