// The optimum checked against an independent LP solver (HiGHS, WebAssembly) on medium instances.
// The bipartite b-matching LP is totally unimodular, so its optimum is the integer optimum.
import highsLoader from 'highs'
import { describe, expect, it } from 'vitest'
import { solveAssignment, type AssignmentProblem } from '../../src/pairing/solveAssignment'
import { verifyCertificate } from '../../src/pairing/verifyCertificate'

function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function instance(seed: number, nT: number, nW: number, streets: number): AssignmentProblem {
  const r = lcg(seed)
  const teams = Array.from({ length: nT }, (_, i) => ({ id: `t${i}`, demand: r() < 0.15 ? 2 : 1 }))
  const workers = Array.from({ length: nW }, (_, i) => ({ id: `w${i}`, capacity: 1 + Math.floor(r() * 4) }))
  const edges = []
  for (let t = 0; t < nT; t++)
    for (let w = 0; w < nW; w++) if (t % streets === w % streets && r() < 0.4) edges.push({ team: `t${t}`, worker: `w${w}`, score: Math.floor(r() * 140) })
  return { teams, workers, edges }
}

describe('solveAssignment against the HiGHS LP', () => {
  it('reaches the LP optimum (coverage, then score) on instances of a few hundred teams', async () => {
    const highs = await highsLoader()
    const BIG = 1_000_000
    for (const seed of [1, 2, 3]) {
      const p = instance(seed, 300, 75, 5)
      const r = solveAssignment(p)
      expect(verifyCertificate(p, r).valid).toBe(true)
      const obj = p.edges.map((e, i) => `${BIG + e.score} x${i}`).join(' + ')
      const rows: string[] = []
      for (const t of p.teams) {
        const vars = p.edges.flatMap((e, i) => (e.team === t.id ? [`x${i}`] : []))
        if (vars.length > 0) rows.push(` ${t.id}: ${vars.join(' + ')} <= ${t.demand ?? 1}`)
      }
      for (const w of p.workers) {
        const vars = p.edges.flatMap((e, i) => (e.worker === w.id ? [`x${i}`] : []))
        if (vars.length > 0) rows.push(` ${w.id}: ${vars.join(' + ')} <= ${w.capacity}`)
      }
      const bounds = p.edges.map((_, i) => ` 0 <= x${i} <= 1`).join('\n')
      const lp = `Maximize\n obj: ${obj}\nSubject To\n${rows.join('\n')}\nBounds\n${bounds}\nEnd`
      const res = highs.solve(lp, { output_flag: false })
      expect(res.Status).toBe('Optimal')
      const value = Math.round(res.ObjectiveValue)
      expect(Math.floor(value / BIG)).toBe(r.coverage)
      expect(value % BIG).toBe(r.totalScore)
    }
  }, 20_000)
})
