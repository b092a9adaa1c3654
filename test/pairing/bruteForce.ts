// Exhaustive reference optimum for small instances (≤ 7 teams, ≤ 4 workers): dynamic programming
// over teams with the vector of remaining capacities as state.
import type { AssignmentProblem } from '../../src/pairing/solveAssignment'

export interface BruteOptimum {
  coverage: number
  score: number
  loadCost: number
  kept: number
}

export function bruteForce(problem: AssignmentProblem): BruteOptimum {
  const teams = [...problem.teams].sort((a, b) => (a.id < b.id ? -1 : 1))
  const workers = [...problem.workers].sort((a, b) => (a.id < b.id ? -1 : 1))
  const W = workers.length
  const excluded = new Set((problem.exclusions ?? []).map((x) => `${x.team}|${x.worker}`))
  const prev = new Set((problem.previous ?? []).map((x) => `${x.team}|${x.worker}`))
  const churnOn = (problem.churnPenalty ?? 1) > 0 && prev.size > 0
  const lambda = problem.loadPenalty ?? 0
  const score = new Map<string, number>()
  for (const e of problem.edges) if (!excluded.has(`${e.team}|${e.worker}`)) score.set(`${e.team}|${e.worker}`, e.score)
  const caps = workers.map((w) => w.capacity)
  type Val = [number, number, number] // coverage, score, kept
  const better = (a: Val, b: Val): boolean => a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2]
  let states = new Map<string, { rem: number[]; v: Val }>([[caps.join(','), { rem: caps, v: [0, 0, 0] }]])
  for (const t of teams) {
    const d = t.demand ?? 1
    const cand = workers.map((w, i) => ({ i, s: score.get(`${t.id}|${w.id}`), p: prev.has(`${t.id}|${w.id}`) })).filter((c) => c.s !== undefined)
    const next = new Map<string, { rem: number[]; v: Val }>()
    for (const st of states.values()) {
      for (let mask = 0; mask < 1 << cand.length; mask++) {
        let n = 0
        let s = 0
        let k = 0
        const rem = [...st.rem]
        let ok = true
        for (let j = 0; j < cand.length; j++) {
          if (!(mask & (1 << j))) continue
          const c = cand[j]!
          if (rem[c.i]! <= 0) { ok = false; break }
          rem[c.i]!--
          n++
          s += c.s!
          if (c.p) k++
        }
        if (!ok || n > d) continue
        const v: Val = [st.v[0] + n, st.v[1] + s, st.v[2] + k]
        const key = rem.join(',')
        const cur = next.get(key)
        if (cur === undefined || better(v, cur.v)) next.set(key, { rem, v })
      }
    }
    states = next
  }
  let best: BruteOptimum | undefined
  for (const st of states.values()) {
    let lc = 0
    for (let i = 0; i < W; i++) {
      const l = caps[i]! - st.rem[i]!
      lc += (lambda * l * (l - 1)) / 2
    }
    const cand: BruteOptimum = { coverage: st.v[0], score: st.v[1], loadCost: lambda > 0 ? lc : 0, kept: churnOn ? st.v[2] : 0 }
    if (
      best === undefined ||
      cand.coverage > best.coverage ||
      (cand.coverage === best.coverage && (cand.score > best.score ||
        (cand.score === best.score && (cand.loadCost < best.loadCost ||
          (cand.loadCost === best.loadCost && cand.kept > best.kept)))))
    ) best = cand
  }
  return best ?? { coverage: 0, score: 0, loadCost: 0, kept: 0 }
}
