/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays and id tables within their bounds */
// Min-cost flow on one connected component of the bipartite pairing graph, in the "unassigned
// arc" model: every unit of team demand flows team → worker (cap 1, cost = edge cost) → sink
// (cap = capacity, or unit arcs of increasing cost when fairness is on), or team → sink
// directly at the unassigned cost B (larger than any difference of the lower-level costs, so
// coverage comes first). Every instance is feasible.
//
// Algorithm: successive shortest paths from one team unit at a time (as in Jonker–Volgenant /
// the Hungarian method), Dijkstra on reduced costs with early exit at the sink, and the
// potential update restricted to the settled nodes (π[v] += d[v] − d[sink]). Typed arrays;
// the search starts from one team, so early augmentations touch only a few nodes.

/** One component, in local indices (teams 0..nT-1, workers 0..nW-1). */
export interface ComponentProblem {
  readonly nT: number
  readonly nW: number
  /** Remaining demand per team (after locks), each > 0. */
  readonly demand: Int32Array
  /** Remaining capacity per worker (after locks), each > 0. */
  readonly capacity: Int32Array
  /** Units already locked on each worker (first convex slot index). */
  readonly lockedLoad: Int32Array
  /** Cost of one more unit on a worker per unit already held (0 = fairness off). */
  readonly loadStep: number
  /** Cost of leaving one unit of demand unassigned. */
  readonly unassignedCost: number
  /** Edges sorted by team: edges of team t are teamStart[t] .. teamStart[t+1]-1. */
  readonly teamStart: Int32Array
  readonly edgeWorker: Int32Array
  /** Internal cost of each edge (lower is better). */
  readonly edgeCost: Float64Array
  /** Score of each edge (for the dual explanations). */
  readonly edgeScore: Float64Array
}

/** What the component solver returns. */
export interface ComponentSolution {
  /** 1 when the edge carries flow. */
  readonly edgeFlow: Uint8Array
  /** Node potentials: [teams…, workers…, sink]; the source potential is min over teams. */
  readonly potential: Float64Array
  /** Unassigned units per team. */
  readonly missing: Int32Array
  /** Number of shortest-path searches. */
  readonly augmentations: number
  /** Teams and workers reachable from a short team through residual real arcs (the Hall set). */
  hallSet(): Uint8Array
  /** For a short team: the unused edge needing the fewest extra points to enter an optimal plan. */
  bestAlternative(team: number): { edge: number; pointsNeeded: number } | undefined
}

const INF = Number.POSITIVE_INFINITY

/** Reusable typed arrays, sized for the largest component of a solve. */
export class Workspace {
  readonly head: Int32Array
  readonly next: Int32Array
  readonly to: Int32Array
  readonly cap: Int32Array
  readonly cost: Float64Array
  readonly dist: Float64Array
  readonly prev: Int32Array
  readonly settled: Int32Array
  readonly touched: Int32Array
  readonly heapKey: Float64Array
  readonly heapNode: Int32Array
  readonly edgeArc: Int32Array
  readonly unassignedArc: Int32Array
  readonly pi: Float64Array
  readonly edgeFlow: Uint8Array
  readonly missing: Int32Array
  readonly arcToEdge: Int32Array
  readonly back: Float64Array
  readonly backScore: Float64Array
  readonly seen: Uint8Array
  /** Component inputs, filled by the caller. */
  readonly demand: Int32Array
  readonly capacity: Int32Array
  readonly lockedLoad: Int32Array
  readonly teamStart: Int32Array
  readonly edgeWorker: Int32Array
  readonly edgeTeam: Int32Array
  readonly edgeCost: Float64Array
  readonly edgeScore: Float64Array
  /**
   * @param nodes - most nodes of a component
   * @param arcs - most arcs (forward + backward) of a component
   * @param edges - most edges of a component
   */
  constructor(nodes: number, arcs: number, edges: number) {
    this.head = new Int32Array(nodes)
    this.next = new Int32Array(arcs)
    this.to = new Int32Array(arcs)
    this.cap = new Int32Array(arcs)
    this.cost = new Float64Array(arcs)
    this.dist = new Float64Array(nodes)
    this.prev = new Int32Array(nodes)
    this.settled = new Int32Array(nodes)
    this.touched = new Int32Array(nodes)
    this.heapKey = new Float64Array(arcs + 1)
    this.heapNode = new Int32Array(arcs + 1)
    this.edgeArc = new Int32Array(edges)
    this.unassignedArc = new Int32Array(nodes)
    this.pi = new Float64Array(nodes)
    this.edgeFlow = new Uint8Array(edges)
    this.missing = new Int32Array(nodes)
    this.arcToEdge = new Int32Array(arcs)
    this.back = new Float64Array(nodes)
    this.backScore = new Float64Array(nodes)
    this.seen = new Uint8Array(nodes)
    this.demand = new Int32Array(nodes)
    this.capacity = new Int32Array(nodes)
    this.lockedLoad = new Int32Array(nodes)
    this.teamStart = new Int32Array(nodes + 1)
    this.edgeWorker = new Int32Array(edges)
    this.edgeTeam = new Int32Array(edges)
    this.edgeCost = new Float64Array(edges)
    this.edgeScore = new Float64Array(edges)
  }
}

/** Arcs a component needs (forward + backward). */
export function arcsNeeded(nT: number, nE: number, slotArcs: number): number {
  return 2 * (nE + slotArcs + nT)
}

/** Solves one component. Deterministic for a given (canonically ordered) input. */
export function solveComponent(p: ComponentProblem, ws: Workspace): ComponentSolution {
  const { nT, nW, demand, capacity, lockedLoad, loadStep, unassignedCost, teamStart, edgeWorker, edgeCost, edgeScore } = p
  const nE = edgeWorker.length
  const sink = nT + nW
  const nNodes = nT + nW + 1
  const { head, next, to, cap, cost, dist, prev, settled, touched, heapKey, heapNode, edgeArc, unassignedArc } = ws
  head.fill(-1, 0, nNodes)
  dist.fill(INF, 0, nNodes)
  let m = 0
  const addArc = (u: number, v: number, c: number, k: number): number => {
    const e = m
    to[e] = v
    cap[e] = c
    cost[e] = k
    next[e] = head[u]!
    head[u] = e
    to[e + 1] = u
    cap[e + 1] = 0
    cost[e + 1] = -k
    next[e + 1] = head[v]!
    head[v] = e + 1
    m += 2
    return e
  }
  // Added in reverse so that the LIFO adjacency lists scan in ascending order.
  for (let w = nW - 1; w >= 0; w--) {
    const c = capacity[w]!
    if (loadStep > 0) {
      const base = lockedLoad[w]!
      for (let k = c - 1; k >= 0; k--) addArc(nT + w, sink, 1, loadStep * (base + k))
    } else addArc(nT + w, sink, c, 0)
  }
  for (let t = nT - 1; t >= 0; t--) {
    unassignedArc[t] = addArc(t, sink, demand[t]!, unassignedCost)
    for (let i = teamStart[t + 1]! - 1; i >= teamStart[t]!; i--) {
      edgeArc[i] = addArc(t, nT + edgeWorker[i]!, 1, edgeCost[i]!)
    }
  }

  // Initial potentials: teams 0, workers = cheapest incoming edge, sink = cheapest way in.
  const pi = ws.pi
  pi.fill(0, 0, nNodes)
  for (let w = 0; w < nW; w++) pi[nT + w] = INF
  for (let i = 0; i < nE; i++) {
    const w = nT + edgeWorker[i]!
    const c = edgeCost[i]!
    if (c < pi[w]!) pi[w] = c
  }
  let piSink = unassignedCost
  for (let w = 0; w < nW; w++) {
    const v = pi[nT + w]! + (loadStep > 0 ? loadStep * lockedLoad[w]! : 0)
    if (v < piSink) piSink = v
  }
  pi[sink] = piSink

  let heapSize = 0
  const push = (k: number, v: number): void => {
    let i = heapSize++
    while (i > 0) {
      const parent = (i - 1) >> 1
      const pk = heapKey[parent]!
      const pv = heapNode[parent]!
      if (pk < k || (pk === k && pv <= v)) break
      heapKey[i] = pk
      heapNode[i] = pv
      i = parent
    }
    heapKey[i] = k
    heapNode[i] = v
  }
  const pop = (): void => {
    const k = heapKey[--heapSize]!
    const v = heapNode[heapSize]!
    let i = 0
    for (;;) {
      let c = 2 * i + 1
      if (c >= heapSize) break
      const c2 = c + 1
      if (c2 < heapSize) {
        const k1 = heapKey[c]!
        const k2 = heapKey[c2]!
        if (k2 < k1 || (k2 === k1 && heapNode[c2]! < heapNode[c]!)) c = c2
      }
      const ck = heapKey[c]!
      const cv = heapNode[c]!
      if (k < ck || (k === ck && v <= cv)) break
      heapKey[i] = ck
      heapNode[i] = cv
      i = c
    }
    heapKey[i] = k
    heapNode[i] = v
  }

  let augmentations = 0
  for (let t = 0; t < nT; t++) {
    for (let unit = demand[t]!; unit > 0; unit--) {
      let nTouched = 0
      let nSettled = 0
      dist[t] = 0
      touched[nTouched++] = t
      heapSize = 0
      push(0, t)
      let bound = 0
      while (heapSize > 0) {
        const d = heapKey[0]!
        const u = heapNode[0]!
        pop()
        if (d > dist[u]!) continue
        if (u === sink) {
          bound = d
          break
        }
        settled[nSettled++] = u
        const pu = pi[u]!
        for (let e = head[u]!; e !== -1; e = next[e]!) {
          if (cap[e]! <= 0) continue
          const v = to[e]!
          const nd = d + cost[e]! + pu - pi[v]!
          const dv = dist[v]!
          if (nd < dv) {
            if (dv === INF) touched[nTouched++] = v
            dist[v] = nd
            prev[v] = e
            push(nd, v)
          }
        }
      }
      // The sink is always reachable (the team's own unassigned arc).
      for (let i = 0; i < nSettled; i++) {
        const v = settled[i]!
        pi[v] = pi[v]! + dist[v]! - bound
      }
      for (let v = sink; v !== t; ) {
        const e = prev[v]!
        cap[e] = cap[e]! - 1
        cap[e ^ 1] = cap[e ^ 1]! + 1
        v = to[e ^ 1]!
      }
      for (let i = 0; i < nTouched; i++) dist[touched[i]!] = INF
      augmentations++
    }
  }

  const edgeFlow = ws.edgeFlow
  for (let i = 0; i < nE; i++) edgeFlow[i] = cap[edgeArc[i]!] === 0 ? 1 : 0
  const missing = ws.missing
  for (let t = 0; t < nT; t++) missing[t] = cap[unassignedArc[t]! ^ 1]!

  const arcToEdge = ws.arcToEdge
  arcToEdge.fill(-1, 0, m >> 1)
  for (let i = 0; i < nE; i++) arcToEdge[edgeArc[i]! >> 1] = i
  const arcScore = (e: number): number => {
    const i = arcToEdge[e >> 1]!
    if (i < 0) return 0
    return (e & 1) === 0 ? edgeScore[i]! : -edgeScore[i]!
  }
  // Reverse Dijkstra towards the sink on reduced costs: the cheapest way from each node to the
  // sink, and the score change along it. Computed once, on demand.
  let back: Float64Array | undefined
  let backScore: Float64Array | undefined
  const computeBack = (): void => {
    const b = ws.back
    const bs = ws.backScore
    b.fill(INF, 0, nNodes)
    bs.fill(0, 0, nNodes)
    b[sink] = 0
    heapSize = 0
    push(0, sink)
    while (heapSize > 0) {
      const d = heapKey[0]!
      const u = heapNode[0]!
      pop()
      if (d > b[u]!) continue
      const pu = pi[u]!
      for (let e = head[u]!; e !== -1; e = next[e]!) {
        const r = e ^ 1 // the arc v → u
        if (cap[r]! <= 0) continue
        const v = to[e]!
        const nd = d + cost[r]! + pi[v]! - pu
        if (nd < b[v]!) {
          b[v] = nd
          bs[v] = bs[u]! + arcScore(r)
          push(nd, v)
        }
      }
    }
    back = b
    backScore = bs
  }

  return {
    edgeFlow,
    potential: pi,
    missing,
    augmentations,
    hallSet() {
      const seen = ws.seen
      seen.fill(0, 0, nNodes)
      const stack: number[] = []
      for (let t = 0; t < nT; t++) {
        if (missing[t]! > 0) {
          seen[t] = 1
          stack.push(t)
        }
      }
      while (stack.length > 0) {
        const u = stack.pop()!
        for (let e = head[u]!; e !== -1; e = next[e]!) {
          const v = to[e]!
          if (v === sink || cap[e]! <= 0 || seen[v] === 1) continue
          seen[v] = 1
          stack.push(v)
        }
      }
      return seen
    },
    bestAlternative(team: number) {
      if (back === undefined) computeBack()
      const b = back!
      const bs = backScore!
      let best: { edge: number; pointsNeeded: number } | undefined
      for (let i = teamStart[team]!, end = teamStart[team + 1]!; i < end; i++) {
        if (edgeFlow[i] === 1) continue
        const w = nT + edgeWorker[i]!
        if (b[w] === INF) continue
        const loss = -(edgeScore[i]! + bs[w]!)
        const needed = (loss > 0 ? loss : 0) + 1
        if (best === undefined || needed < best.pointsNeeded) best = { edge: i, pointsNeeded: needed }
      }
      return best
    },
  }
}
