/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays and id tables within their bounds */
// Connected components of the usable (optimisable) edges and the integer cost model of each.
import { TongxinError } from '../../errors/TongxinError'
import type { Prepared } from './prepare'

/** One component in global indices, with its cost model. */
export interface Component {
  /** Global team indices, ascending. */
  readonly teams: readonly number[]
  /** Global worker indices, ascending. */
  readonly workers: readonly number[]
  /** Global edge indices (into Prepared edges), ascending = sorted by (team, worker). */
  readonly edges: readonly number[]
  /** Cost units per score point. */
  readonly scoreScale: number
  /** Cost of one more unit on a worker per unit it already holds. */
  readonly loadStep: number
  /** Cost of an edge that is not in the previous plan (0 or 1). */
  readonly churnCost: number
  /** Cost of one unassigned unit: more than any difference of the lower-level totals. */
  readonly unassignedCost: number
}

/** Remaining demand of team t after kept locks. */
export function residualDemand(p: Prepared, t: number): number {
  return p.demand[t]! - p.lockedTeam[t]!
}
/** Remaining capacity of worker w after kept locks. */
export function residualCapacity(p: Prepared, w: number): number {
  return p.capacity[w]! - p.lockedWorker[w]!
}
/** Whether edge i takes part in the optimisation. */
export function isUsable(p: Prepared, i: number): boolean {
  return (
    p.edgeLocked[i] === 0 &&
    residualDemand(p, p.edgeTeam[i]!) > 0 &&
    residualCapacity(p, p.edgeWorker[i]!) > 0
  )
}

/** Internal cost of edge i under a component's model. */
export function edgeCost(p: Prepared, c: Pick<Component, 'scoreScale' | 'churnCost'>, i: number): number {
  return -c.scoreScale * p.edgeScore[i]! + (p.edgePrevious[i] === 1 ? 0 : c.churnCost)
}

const SAFE = Number.MAX_SAFE_INTEGER

/**
 * The lexicographic cost model of a component: score dominates fairness, which dominates churn.
 * Throws PAIRING_OVERFLOW when any cost, potential or total could leave the safe integer range.
 */
export function costModel(
  p: Prepared,
  teams: Iterable<number>,
  workers: Iterable<number>,
  edges: ArrayLike<number> & Iterable<number>,
): Pick<Component, 'scoreScale' | 'loadStep' | 'churnCost' | 'unassignedCost'> {
  let sumDemand = 0
  let firstTeam = -1
  let nodes = 2
  for (const t of teams) {
    if (firstTeam < 0) firstTeam = t
    nodes++
    sumDemand += residualDemand(p, t)
  }
  let sumCap = 0
  let fair = 0
  let maxSlot = 0
  for (const w of workers) {
    nodes++
    const c = residualCapacity(p, w)
    const base = p.lockedWorker[w]!
    sumCap += c
    fair += c * base + (c * (c - 1)) / 2
    if (base + c > maxSlot) maxSlot = base + c
  }
  const flow = Math.min(sumDemand, sumCap, edges.length)
  const churnCost = p.churn ? 1 : 0
  const m3 = p.churn ? flow + 1 : 1
  const lambda = p.loadPenalty
  const fairRange = lambda * fair
  const scoreScale = lambda > 0 ? m3 * (fairRange + 1) : m3
  const loadStep = lambda * m3
  let maxAbs = 0
  for (const e of edges) {
    const s = Math.abs(p.edgeScore[e]!)
    if (s > maxAbs) maxAbs = s
  }
  const cmax = scoreScale * maxAbs + churnCost + loadStep * maxSlot
  const unassignedCost = 2 * flow * cmax + 1
  if (!((unassignedCost + cmax) * (nodes + flow + 2) * 8 <= SAFE) || !(scoreScale * (fairRange + 1) <= SAFE)) {
    throw new TongxinError('PAIRING_OVERFLOW', { team: p.teamIds[firstTeam]! })
  }
  return { scoreScale, loadStep, churnCost, unassignedCost }
}

/**
 * Splits the usable edges into connected components, ordered by their smallest team id.
 * Components without usable edges are omitted.
 */
export function findComponents(p: Prepared): Component[] {
  const T = p.teamIds.length
  const W = p.workerIds.length
  const parent = new Int32Array(T + W)
  for (let i = 0; i < T + W; i++) parent[i] = i
  const find = (x: number): number => {
    let r = x
    while (parent[r]! !== r) r = parent[r]!
    while (parent[x]! !== r) {
      const nx = parent[x]!
      parent[x] = r
      x = nx
    }
    return r
  }
  const nE = p.edgeTeam.length
  const usable = new Uint8Array(nE)
  for (let i = 0; i < nE; i++) {
    if (!isUsable(p, i)) continue
    usable[i] = 1
    const a = find(p.edgeTeam[i]!)
    const b = find(T + p.edgeWorker[i]!)
    if (a !== b) {
      if (a < b) parent[b] = a
      else parent[a] = b
    }
  }
  // Component of each root = order of its smallest team (roots are the smallest index).
  const compOfRoot = new Int32Array(T + W).fill(-1)
  const edgeCount: number[] = []
  for (let i = 0; i < nE; i++) {
    if (usable[i] === 0) continue
    const r = find(p.edgeTeam[i]!)
    let c = compOfRoot[r]!
    if (c < 0) {
      c = edgeCount.length
      compOfRoot[r] = c
      edgeCount.push(0)
    }
    edgeCount[c] = edgeCount[c]! + 1
  }
  const teamsOf: number[][] = edgeCount.map(() => [])
  const workersOf: number[][] = edgeCount.map(() => [])
  const edgesOf: number[][] = edgeCount.map(() => [])
  const seenW = new Uint8Array(W)
  for (let i = 0; i < nE; i++) {
    if (usable[i] === 0) continue
    const t = p.edgeTeam[i]!
    const c = compOfRoot[find(t)]!
    edgesOf[c]?.push(i)
    const list = teamsOf[c]
    if (list !== undefined && list[list.length - 1] !== t) list.push(t)
    const w = p.edgeWorker[i]!
    if (seenW[w] === 0) {
      seenW[w] = 1
      workersOf[c]?.push(w)
    }
  }
  // Edges are sorted by team, so components are met in order of their first team already.
  return edgesOf.map((edges, c) => {
    const teams = teamsOf[c]!
    const workers = workersOf[c]!.sort((a, b) => a - b)
    return { teams, workers, edges, ...costModel(p, teams, workers, edges) }
  })
}
