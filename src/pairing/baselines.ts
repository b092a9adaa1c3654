/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops index typed arrays and id tables within their bounds */
import { TongxinError } from '../errors/TongxinError'
import { prepare, type Prepared } from './internal/prepare'
import { isRecord, own, readArray, show } from './internal/validate'
import type { AssignmentProblem, PairRef } from './solveAssignment'

/**
 * A baseline plan: what a simpler method would have given.
 * @example
 * const b: BaselinePlan = { method: 'greedy', pairs: [], coverage: 0, totalScore: 0 }
 */
export interface BaselinePlan {
  /** `greedy` or `stable`. */
  readonly method: 'greedy' | 'stable'
  /** Pairs sorted by team then worker (kept locks included). */
  readonly pairs: readonly PairRef[]
  /** Slots filled. */
  readonly coverage: number
  /** Σ scores. */
  readonly totalScore: number
}

interface State {
  readonly p: Prepared
  readonly teamLeft: Int32Array
  readonly workerLeft: Int32Array
  readonly taken: Set<number>
  pairs: { t: number; w: number }[]
  score: number
}

function start(p: Prepared): State {
  const teamLeft = Int32Array.from(p.demand)
  const workerLeft = Int32Array.from(p.capacity)
  const taken = new Set<number>()
  const W = p.workerIds.length
  const s: State = { p, teamLeft, workerLeft, taken, pairs: [], score: 0 }
  for (const l of p.locks) {
    if (!l.kept) continue
    teamLeft[l.team] = teamLeft[l.team]! - 1
    workerLeft[l.worker] = workerLeft[l.worker]! - 1
    taken.add(l.team * W + l.worker)
    s.pairs.push({ t: l.team, w: l.worker })
    s.score += l.score
  }
  return s
}

function finish(s: State, method: 'greedy' | 'stable', withPairs: boolean): BaselinePlan {
  if (withPairs) s.pairs.sort((a, b) => a.t - b.t || a.w - b.w)
  return Object.freeze({
    method,
    pairs: withPairs ? Object.freeze(s.pairs.map((x) => Object.freeze({ team: s.p.teamIds[x.t]!, worker: s.p.workerIds[x.w]! }))) : Object.freeze([]),
    coverage: s.pairs.length,
    totalScore: s.score,
  })
}

/** Edge indices sorted by score (desc), then team id, then worker id. */
function byScore(p: Prepared): Int32Array {
  const n = p.edgeTeam.length
  let max = 0
  for (let i = 0; i < n; i++) if (p.edgeScore[i]! > max) max = p.edgeScore[i]!
  let min = max
  for (let i = 0; i < n; i++) if (p.edgeScore[i]! < min) min = p.edgeScore[i]!
  if ((max - min + 1) * (n + 1) > Number.MAX_SAFE_INTEGER) {
    return Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => p.edgeScore[b]! - p.edgeScore[a]! || a - b)
  }
  // One numeric key per edge: (max − score)·n + index, sorted natively (no comparator).
  const keys = new Float64Array(n)
  for (let i = 0; i < n; i++) keys[i] = (max - p.edgeScore[i]!) * n + i
  keys.sort()
  const out = new Int32Array(n)
  for (let k = 0; k < n; k++) out[k] = keys[k]! % n
  return out
}

/**
 * The greedy baseline (贪心): take edges by score, highest first (ties by team id, then worker
 * id), whenever the team still needs a lead and the worker has capacity. Kept locks first.
 * Fast and simple, but it can cover far fewer teams than the optimum (notes/pairing.md §4).
 *
 * @param problem - the same problem `solveAssignment` takes
 * @returns the greedy plan with its coverage and score
 * @throws TongxinError as `solveAssignment` for invalid problems
 * @example
 * greedyAssignment({
 *   teams: [{ id: 't1' }, { id: 't2' }], workers: [{ id: 'w1', capacity: 1 }, { id: 'w2', capacity: 1 }],
 *   edges: [{ team: 't1', worker: 'w1', score: 9 }, { team: 't1', worker: 'w2', score: 8 }, { team: 't2', worker: 'w1', score: 7 }],
 * }).coverage //=> 1
 */
export function greedyAssignment(problem: AssignmentProblem): BaselinePlan {
  return greedyPrepared(prepare(problem))
}

/**
 * Greedy baseline on a prepared instance.
 * @internal
 * @param p - the prepared instance
 * @param withPairs - whether to list the pairs (else only coverage and score)
 * @returns the plan
 */
export function greedyPrepared(p: Prepared, withPairs = true): BaselinePlan {
  const s = start(p)
  const { teamLeft, workerLeft, taken } = s
  const W = p.workerIds.length
  for (const i of byScore(p)) {
    const t = p.edgeTeam[i]!
    const w = p.edgeWorker[i]!
    if (teamLeft[t]! <= 0 || workerLeft[w]! <= 0 || taken.has(t * W + w)) continue
    teamLeft[t] = teamLeft[t]! - 1
    workerLeft[w] = workerLeft[w]! - 1
    taken.add(t * W + w)
    s.pairs.push({ t, w })
    s.score += p.edgeScore[i]!
  }
  return finish(s, 'greedy', withPairs)
}

/**
 * The stable baseline (hospitals/residents, 稳定匹配): team-proposing deferred acceptance
 * (Gale–Shapley) where both sides rank each other by the pair's score, ties broken by id. Teams
 * need `demand` distinct leads; workers hold at most `capacity` teams. Kept locks first.
 *
 * @param problem - the same problem `solveAssignment` takes
 * @returns the stable plan with its coverage and score
 * @throws TongxinError as `solveAssignment` for invalid problems
 * @example
 * stableAssignment({
 *   teams: [{ id: 't1' }, { id: 't2' }], workers: [{ id: 'w1', capacity: 1 }, { id: 'w2', capacity: 1 }],
 *   edges: [{ team: 't1', worker: 'w1', score: 9 }, { team: 't1', worker: 'w2', score: 8 }, { team: 't2', worker: 'w1', score: 7 }],
 * }).coverage //=> 1
 */
export function stableAssignment(problem: AssignmentProblem): BaselinePlan {
  return stablePrepared(prepare(problem))
}

/**
 * Stable baseline on a prepared instance.
 * @internal
 * @param p - the prepared instance
 * @param withPairs - whether to list the pairs (else only coverage and score)
 * @returns the plan
 */
export function stablePrepared(p: Prepared, withPairs = true): BaselinePlan {
  const s = start(p)
  const { teamLeft, workerLeft, taken } = s
  const T = p.teamIds.length
  const W = p.workerIds.length
  // Each team's candidates by (score desc, worker id); edges are sorted by (team, worker).
  const order = new Int32Array(p.edgeTeam.length)
  for (let t = 0; t < T; t++) {
    const from = p.edgeStart[t]!
    const to = p.edgeStart[t + 1]!
    if (to - from > 32) {
      for (let k = from; k < to; k++) order[k] = k
      order.subarray(from, to).sort((a, b) => p.edgeScore[b]! - p.edgeScore[a]! || a - b)
      continue
    }
    for (let k = from; k < to; k++) {
      // insertion sort by (score desc, index asc): lists are short
      let j = k
      while (j > from && p.edgeScore[order[j - 1]!]! < p.edgeScore[k]!) {
        order[j] = order[j - 1]!
        j--
      }
      order[j] = k
    }
  }
  const nextChoice = new Int32Array(T)
  const held: number[][] = Array.from({ length: W }, () => [])
  // a is better than b for a worker: higher score, then lower team index.
  const better = (a: number, b: number): boolean => p.edgeScore[a]! > p.edgeScore[b]! || (p.edgeScore[a] === p.edgeScore[b] && p.edgeTeam[a]! < p.edgeTeam[b]!)
  const queue: number[] = []
  for (let t = T - 1; t >= 0; t--) queue.push(t)
  while (queue.length > 0) {
    const t = queue.pop()!
    const end = p.edgeStart[t + 1]! - p.edgeStart[t]!
    while (teamLeft[t]! > 0 && nextChoice[t]! < end) {
      const e = order[p.edgeStart[t]! + nextChoice[t]!]!
      nextChoice[t] = nextChoice[t]! + 1
      const w = p.edgeWorker[e]!
      if (taken.has(t * W + w)) continue
      const h = held[w]!
      if (h.length < workerLeft[w]!) {
        h.push(e)
        teamLeft[t] = teamLeft[t]! - 1
        continue
      }
      let worst = -1
      for (let j = 0; j < h.length; j++) if (worst < 0 || better(h[worst]!, h[j]!)) worst = j
      if (worst < 0 || !better(e, h[worst]!)) continue
      const out = h[worst]!
      h[worst] = e
      teamLeft[t] = teamLeft[t]! - 1
      const loser = p.edgeTeam[out]!
      teamLeft[loser] = teamLeft[loser]! + 1
      queue.push(loser)
    }
  }
  for (let w = 0; w < W; w++) {
    for (const e of held[w]!) {
      s.pairs.push({ t: p.edgeTeam[e]!, w })
      s.score += p.edgeScore[e]!
    }
  }
  return finish(s, 'stable', withPairs)
}

/**
 * Counts blocking pairs of a plan: allowed pairs (t, w) not in the plan such that the team has
 * an unfilled slot or strictly prefers w to one of its leads, and the worker has spare capacity
 * or strictly prefers t to one of its teams — both sides ranking by the pair's score. Locked
 * pairs count as held. A stable plan has none; an optimal plan usually has some.
 *
 * @param problem - the problem
 * @param pairs - a plan's pairs (e.g. `solveAssignment(problem).pairs`)
 * @returns the number of blocking pairs
 * @throws TongxinError as `solveAssignment` for invalid problems, `PAIRING_UNKNOWN_ID` for pairs naming unknown ids
 * @example
 * const problem = { teams: [{ id: 't1' }], workers: [{ id: 'w1', capacity: 1 }], edges: [{ team: 't1', worker: 'w1', score: 1 }] }
 * countBlockingPairs(problem, []) //=> 1
 */
export function countBlockingPairs(problem: AssignmentProblem, pairs: readonly PairRef[]): number {
  return blockingPrepared(prepare(problem), pairs)
}

/**
 * Blocking pairs on a prepared instance.
 * @internal
 * @param p - the prepared instance
 * @param pairs - the plan's pairs (untrusted)
 * @returns the count
 */
export function blockingPrepared(p: Prepared, pairs: readonly PairRef[]): number {
  const T = p.teamIds.length
  const W = p.workerIds.length
  const teamIdx = new Map(p.teamIds.map((id, i) => [id, i]))
  const workerIdx = new Map(p.workerIds.map((id, i) => [id, i]))
  const inPlan = new Uint8Array(p.edgeTeam.length)
  const seen = new Set<number>()
  const teamLoad = new Int32Array(T)
  const workerLoad = new Int32Array(W)
  const teamWorst = new Float64Array(T).fill(Number.POSITIVE_INFINITY)
  const workerWorst = new Float64Array(W).fill(Number.POSITIVE_INFINITY)
  const list = readArray(pairs, 'pairs')
  for (let i = 0; i < list.length; i++) {
    const x = list[i]
    const team = isRecord(x) ? own(x, 'team') : undefined
    const worker = isRecord(x) ? own(x, 'worker') : undefined
    const t = typeof team === 'string' ? teamIdx.get(team) : undefined
    const w = typeof worker === 'string' ? workerIdx.get(worker) : undefined
    if (t === undefined || w === undefined) throw new TongxinError('PAIRING_UNKNOWN_ID', { kind: 'pair', id: `${show(team)}|${show(worker)}`, name: `pairs[${i}]` })
    const key = t * W + w
    if (seen.has(key)) continue
    seen.add(key)
    let s = 0
    for (let k = p.edgeStart[t]!, end = p.edgeStart[t + 1]!; k < end; k++) {
      if (p.edgeWorker[k] === w) {
        s = p.edgeScore[k]!
        inPlan[k] = 1
        break
      }
    }
    teamLoad[t] = teamLoad[t]! + 1
    workerLoad[w] = workerLoad[w]! + 1
    if (s < teamWorst[t]!) teamWorst[t] = s
    if (s < workerWorst[w]!) workerWorst[w] = s
  }
  let count = 0
  for (let i = 0; i < p.edgeTeam.length; i++) {
    const t = p.edgeTeam[i]!
    const w = p.edgeWorker[i]!
    if (inPlan[i] === 1) continue
    const s = p.edgeScore[i]!
    const teamWants = teamLoad[t]! < p.demand[t]! || s > teamWorst[t]!
    const workerWants = workerLoad[w]! < p.capacity[w]! || s > workerWorst[w]!
    if (teamWants && workerWants && p.demand[t]! > 0 && p.capacity[w]! > 0) count++
  }
  return count
}

/**
 * Blocking pairs of the solver's own plan, from its chosen-edge flags (no id lookups).
 * @internal
 * @param p - the prepared instance
 * @param chosen - 1 for each prepared edge the optimisation chose
 * @returns the count
 */
export function blockingFromChosen(p: Prepared, chosen: Uint8Array): number {
  const T = p.teamIds.length
  const W = p.workerIds.length
  const teamLoad = new Int32Array(T)
  const workerLoad = new Int32Array(W)
  const teamWorst = new Float64Array(T).fill(Number.POSITIVE_INFINITY)
  const workerWorst = new Float64Array(W).fill(Number.POSITIVE_INFINITY)
  const hold = (t: number, w: number, s: number): void => {
    teamLoad[t] = teamLoad[t]! + 1
    workerLoad[w] = workerLoad[w]! + 1
    if (s < teamWorst[t]!) teamWorst[t] = s
    if (s < workerWorst[w]!) workerWorst[w] = s
  }
  for (const l of p.locks) if (l.kept) hold(l.team, l.worker, l.score)
  const n = p.edgeTeam.length
  for (let i = 0; i < n; i++) if (chosen[i] === 1) hold(p.edgeTeam[i]!, p.edgeWorker[i]!, p.edgeScore[i]!)
  let count = 0
  for (let i = 0; i < n; i++) {
    if (chosen[i] === 1 || p.edgeLocked[i] === 1) continue
    const t = p.edgeTeam[i]!
    const w = p.edgeWorker[i]!
    const s = p.edgeScore[i]!
    const teamWants = teamLoad[t]! < p.demand[t]! || s > teamWorst[t]!
    const workerWants = workerLoad[w]! < p.capacity[w]! || s > workerWorst[w]!
    if (teamWants && workerWants && p.demand[t]! > 0 && p.capacity[w]! > 0) count++
  }
  return count
}
