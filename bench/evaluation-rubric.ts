// Evaluation pipeline benchmark (issue 5 §6): 10,000 subjects × 60 indicators → score sheets
// (every node's raw → normalised → points, missing data, vetoes, grade; kept column by column,
// any sheet on demand) + weighted sum + TOPSIS, as ONE task: what a ranking dashboard needs
// (totals, grades, the indicator matrix, weighted-sum scores and ranks, TOPSIS closeness and
// ranks). Side by side with a plain-array weighted sum of the same normalised values (the
// anchor: what a hand-rolled spreadsheet formula computes, totals only, no explanation trail).
// Target: ≤ 50 ms warm. Run: npm run bench -- evaluation-rubric
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { Bench } from 'tinybench'
import { built } from './_built'
import { cpuMedian } from './_measure'
import type { CriterionType, LeafRule, Rubric, RubricNode, Subject } from '../src/evaluation/index'

const { GRADE_SCHEMES, scoreSubjects, topsis, weightedSum: rankWeightedSum } = await built<typeof import('../src/evaluation/index')>('evaluation')

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
// Parsed from JSON, as a dashboard receives its data. (Objects built by adding 61 computed keys
// one by one are turned into hash tables by V8; parsed objects keep one shared hidden class.)
const subjects = JSON.parse(JSON.stringify(Array.from({ length: SUBJECTS }, (_, s) => {
  const data: Record<string, number | boolean | null> = { misuse: rnd(1000) === 0 }
  for (let d = 0; d < DIMS; d++) for (let k = 0; k < PER_DIM; k++) data[`x${d}_${k}`] = rnd(50) === 0 ? null : k === 7 || k === 8 ? rnd(8) : rnd(101)
  return { id: `s${s}`, data }
}))) as Subject[]

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

// The pipeline named by the target, end to end. Weights: the indicators' effective full marks
// (rubric metadata, computed once); missing normalised values count 0 ("no evidence, no points").
const types: CriterionType[] = leafId.map(() => 'benefit')
function pipeline() {
  const batch = scoreSubjects(rubric, subjects)
  const totals = batch.totals()
  const grades = batch.grades()
  const m = batch.matrix({ field: 'normalised', fill: 0 })
  const ws = rankWeightedSum(m, { weights: leafW, types, normalization: 'none' })
  const tp = topsis(m, { weights: leafW, types, normalization: 'vector' })
  return { batch, totals, grades, ws, tp }
}

// Same answers where nothing is missing (the anchor has no rounding: compare to 0.1 point).
const out = pipeline()
const ref = weightedSum()
let compared = 0
let maxDiff = 0
let maxWs = 0
for (let i = 0; i < SUBJECTS; i++) {
  if (Object.values(subjects[i]!.data).some((v) => v === null)) continue
  compared++
  maxDiff = Math.max(maxDiff, Math.abs(out.totals[i]! - ref[i]!))
  maxWs = Math.max(maxWs, Math.abs(out.ws.scores[i]! * 100 - ref[i]!))
  if (out.batch.sheet(i).total !== out.totals[i]) throw new Error('a sheet disagrees with its batch total')
}
console.log(`checked ${compared} complete subjects against the plain weighted sum: totals max |Δ| = ${maxDiff.toFixed(4)} points (rounding to 0.01 at each level); weightedSum of the normalised matrix max |Δ| = ${maxWs.toExponential(1)}`)
if (maxDiff > 0.1 || maxWs > 1e-9) throw new Error('the pipeline disagrees with the plain weighted sum')

const bench = new Bench({ warmupIterations: 5, iterations: 25, time: 0 })
bench.add('pipeline: score sheets + weighted sum + TOPSIS, 10,000 × 60', () => {
  pipeline()
})
bench.add('  part: scoreSubjects only', () => {
  scoreSubjects(rubric, subjects)
})
const batch = out.batch
bench.add('  part: matrix + weightedSum + TOPSIS only', () => {
  const m = batch.matrix({ field: 'normalised', fill: 0 })
  rankWeightedSum(m, { weights: leafW, types, normalization: 'none' })
  topsis(m, { weights: leafW, types, normalization: 'vector' })
})
bench.add('plain-array weighted sum (anchor, totals only)', () => {
  weightedSum()
})
await bench.run()
const med = (prefix: string): number => {
  const t = bench.tasks.find((x) => x.name.startsWith(prefix))
  const r = t?.result
  if (r?.state !== 'completed') throw new Error(`no result for ${prefix}`)
  return r.latency.p50
}
console.table(bench.tasks.map((t) => ({ task: t.name, 'median ms': med(t.name).toFixed(1) })))

// On a shared, loaded machine wall-clock medians inflate; CPU time (all threads, incl. GC) is steadier.
const wall = med('pipeline')
const anchor = med('plain-array')
const cpu = cpuMedian(pipeline, 15)
const cpuAnchor = cpuMedian(weightedSum, 15)
console.log(`pipeline (score sheets + weighted sum + TOPSIS), ${SUBJECTS.toLocaleString('en-US')} subjects × ${leafId.length} indicators: median ${wall.toFixed(1)} ms wall, ${cpu.toFixed(1)} ms CPU (${((cpu * 1000) / SUBJECTS).toFixed(1)} µs per subject)`)
console.log(`anchor (plain-array weighted sum, totals only): ${anchor.toFixed(1)} ms wall, ${cpuAnchor.toFixed(1)} ms CPU; ratio pipeline / anchor ${(cpu / cpuAnchor).toFixed(1)}× (CPU)`)
console.log(`target (issue 5 §6) ≤ 50 ms warm: ${(wall / 50).toFixed(2)}× of target by wall time, ${(cpu / 50).toFixed(2)}× by CPU time — ${cpu <= 50 ? 'met' : 'not met'}`)
