// Evaluation rubric benchmark (issue 5 §6): 10,000 subjects × 60 indicators → full score sheets
// (every node's raw → normalised → points, missing data, vetoes, grade), side by side with a
// plain-array weighted sum of the same normalised values (the anchor: what a hand-rolled
// spreadsheet formula computes, with no explanation trail). Run: npx tsx bench/evaluation-rubric.ts
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { Bench } from 'tinybench'
import { GRADE_SCHEMES, scoreSubjects } from '../src/evaluation/rubric/index'
import type { LeafRule, Rubric, RubricNode, Subject } from '../src/evaluation/rubric/index'

const SUBJECTS = 10_000
const DIMS = 6
const PER_DIM = 10

const L = (s: string) => ({ 'zh-CN': s, en: s })
const RULES: LeafRule[] = [
  { kind: 'benefit', target: 80 },
  { kind: 'cost', best: 10, worst: 90 },
  { kind: 'goalposts', lower: 20, upper: 90, direction: 'benefit' },
  { kind: 'target', target: 50, tolerance: 40 },
  { kind: 'interval', low: 40, high: 60, tolerance: 30 },
  { kind: 'bands', bands: [{ min: 80, minInclusive: true, points: 3 }, { min: 60, minInclusive: true, max: 80, points: 2 }, { min: 40, minInclusive: true, max: 60, points: 1 }], otherwise: 0 },
  { kind: 'piecewise', points: [[0, 0], [50, 2], [100, 3]] },
  { kind: 'bonus', perItem: 0.5, cap: 3 },
  { kind: 'deduction', start: 3, perDefect: 0.5, floor: 0 },
  { kind: 'benefit', target: 100 },
]

const rubric: Rubric = {
  id: 'bench',
  version: '1',
  name: L('bench'),
  fullMark: 100,
  missing: { policy: 'renormalise' },
  rounding: { mode: 'half-up', decimals: 2, at: 'each-level' },
  grades: GRADE_SCHEMES.excellentGoodPassFail,
  children: Array.from({ length: DIMS }, (_, d): RubricNode => ({
    id: `d${d}`,
    name: L(`d${d}`),
    weight: d + 1,
    children: Array.from({ length: PER_DIM }, (_, k): RubricNode => ({ id: `x${d}_${k}`, name: L(`x${d}_${k}`), weight: 1 + (k % 3), rule: RULES[k]! })),
  })),
  vetoes: [{ id: 'v', name: L('v'), when: { ref: 'misuse', op: '==', value: true }, grade: 'fail' }],
}

const rng = xoroshiro128plus(5)
const rnd = (n: number): number => (rng.next() >>> 0) % n
const subjects: Subject[] = Array.from({ length: SUBJECTS }, (_, s) => {
  const data: Record<string, number | boolean | null> = { misuse: rnd(1000) === 0 }
  for (let d = 0; d < DIMS; d++) for (let k = 0; k < PER_DIM; k++) data[`x${d}_${k}`] = rnd(50) === 0 ? null : k === 7 || k === 8 ? rnd(8) : rnd(101)
  return { id: `s${s}`, data }
})

// The anchor: a plain-array weighted sum over normalised values (benefit x/t etc. precomputed
// per rule kind with the same formulas), no rounding, no missing-data policy, no trail.
const leafW: number[] = []
const leafRule: LeafRule[] = []
const leafId: string[] = []
const dimW = rubric.children.reduce((s, d) => s + d.weight!, 0)
for (const d of rubric.children) {
  const sw = d.children!.reduce((s, c) => s + c.weight!, 0)
  for (const c of d.children!) {
    leafW.push((100 * d.weight! * c.weight!) / (dimW * sw))
    leafRule.push(c.rule!)
    leafId.push(c.id)
  }
}
const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x)
function norm(r: LeafRule, x: number): number {
  switch (r.kind) {
    case 'benefit': return clamp(x / r.target)
    case 'cost': return clamp((r.worst - x) / (r.worst - r.best))
    case 'goalposts': return clamp((x - r.lower) / (r.upper - r.lower))
    case 'target': return clamp(1 - Math.abs(x - r.target) / r.tolerance)
    case 'interval': return clamp(1 - (x < r.low ? r.low - x : x > r.high ? x - r.high : 0) / r.tolerance)
    case 'bands': return x >= 80 ? 1 : x >= 60 ? 2 / 3 : x >= 40 ? 1 / 3 : 0
    case 'piecewise': return x <= 50 ? (2 * x) / 50 / 3 : Math.min(3, 2 + (x - 50) / 50) / 3
    case 'bonus': return Math.min(3, x * 0.5) / 3
    case 'deduction': return Math.max(0, 3 - x * 0.5) / 3
    default: return 0
  }
}
const matrix = new Float64Array(SUBJECTS * leafId.length)
subjects.forEach((s, i) => { leafId.forEach((id, j) => { matrix[i * leafId.length + j] = (s.data[id] as number | null) ?? Number.NaN }); })
function weightedSum(): Float64Array {
  const m = leafId.length
  const out = new Float64Array(SUBJECTS)
  for (let i = 0; i < SUBJECTS; i++) {
    let t = 0
    for (let j = 0; j < m; j++) {
      const x = matrix[i * m + j]!
      if (!Number.isNaN(x)) t += leafW[j]! * norm(leafRule[j]!, x)
    }
    out[i] = t
  }
  return out
}

// Same answers where nothing is missing (the anchor has no rounding: compare to 0.1 point).
const sheets = scoreSubjects(rubric, subjects)
const ref = weightedSum()
let compared = 0
let maxDiff = 0
sheets.forEach((s, i) => {
  if (Object.values(subjects[i]!.data).some((v) => v === null)) return
  compared++
  maxDiff = Math.max(maxDiff, Math.abs(s.sheet.total - ref[i]!))
})
console.log(`checked ${compared} complete subjects against the plain weighted sum: max |Δ| = ${maxDiff.toFixed(4)} points (rounding to 0.01 at each level)`)
if (maxDiff > 0.1) throw new Error('score sheets disagree with the plain weighted sum')

const bench = new Bench({ warmupIterations: 3, iterations: 15, time: 0 })
bench.add('scoreSubjects: 10,000 × 60 full score sheets', () => {
  scoreSubjects(rubric, subjects)
})
bench.add('plain-array weighted sum (anchor, totals only)', () => {
  weightedSum()
})
await bench.run()
const med = (name: string) => {
  const t = bench.tasks.find((x) => x.name.startsWith(name))!
  const r = t.result as { latency?: { p50?: number } } | undefined
  return r?.latency?.p50 ?? Number.NaN
}
const a = med('scoreSubjects')
const b = med('plain-array')
console.table(bench.tasks.map((t) => ({ task: t.name, 'median ms': med(t.name.slice(0, 12)).toFixed(1) })))
console.log(`score sheets: median ${a.toFixed(1)} ms for ${SUBJECTS} subjects × ${leafId.length} indicators (${((a * 1000) / SUBJECTS).toFixed(1)} µs per sheet); anchor ${b.toFixed(1)} ms; ratio ${(a / b).toFixed(1)}×`)
console.log(`target (issue 5 §6): score sheets + weighted sum + TOPSIS ≤ 50 ms warm — this part uses ${((a / 50) * 100).toFixed(0)} % of it`)

// On a shared, loaded machine wall-clock medians inflate; CPU time (all threads, incl. GC) is steadier.
const cpuRuns: number[] = []
for (let i = 0; i < 7; i++) {
  const c0 = process.cpuUsage()
  scoreSubjects(rubric, subjects)
  const c = process.cpuUsage(c0)
  cpuRuns.push((c.user + c.system) / 1000)
}
cpuRuns.sort((x, y) => x - y)
console.log(`score sheets: median CPU time ${cpuRuns[3]!.toFixed(1)} ms (user + system, all threads)`)
