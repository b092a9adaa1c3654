// Weights-and-ranking benchmark (issue 5 §6): 10,000 subjects × 60 indicators — weighted sum and TOPSIS
// (median of warm runs), TOPSIS side by side with a plain-array reference implementation written here
// (same results checked, ratio printed); rank stability with 1,000 draws on 1,000 subjects × 20
// indicators (target ≤ 1 s). Run: npm run bench -- evaluation-mcdm
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { Bench } from 'tinybench'
import { built } from './_built'
import type { CriterionType } from '../src/evaluation/index'

const { rankStability, topsis, weightedSum } = await built<typeof import('../src/evaluation/index')>('evaluation')

function problem(m: number, n: number, seed: number): { x: number[][]; w: number[]; t: CriterionType[] } {
  const rng = xoroshiro128plus(seed)
  const x = Array.from({ length: m }, () => Array.from({ length: n }, () => Math.round(uniformFloat64(rng) * 10_000) / 100))
  const raw = Array.from({ length: n }, () => 0.5 + uniformFloat64(rng))
  const s = raw.reduce((a, b) => a + b, 0)
  return { x, w: raw.map((v) => v / s), t: Array.from({ length: n }, (_, j) => (j % 4 === 3 ? 'cost' : 'benefit')) }
}

/** The textbook TOPSIS on plain arrays (what a user would write with map/reduce): vector normalisation. */
function referenceTopsis(x: readonly (readonly number[])[], w: readonly number[], t: readonly CriterionType[]): number[] {
  const n = w.length
  const norms = Array.from({ length: n }, (_, j) => Math.sqrt(x.reduce((s, row) => s + row[j]! ** 2, 0)))
  const v = x.map((row) => row.map((value, j) => (w[j]! * value) / norms[j]!))
  const ideal = Array.from({ length: n }, (_, j) => (t[j] === 'benefit' ? Math.max(...v.map((r) => r[j]!)) : Math.min(...v.map((r) => r[j]!))))
  const anti = Array.from({ length: n }, (_, j) => (t[j] === 'benefit' ? Math.min(...v.map((r) => r[j]!)) : Math.max(...v.map((r) => r[j]!))))
  return v.map((row) => {
    const dp = Math.sqrt(row.reduce((s, value, j) => s + (value - ideal[j]!) ** 2, 0))
    const dm = Math.sqrt(row.reduce((s, value, j) => s + (value - anti[j]!) ** 2, 0))
    return dm / (dp + dm)
  })
}

const big = problem(10_000, 60, 2025)
const ours = topsis(big.x, { weights: big.w, types: big.t, normalization: 'vector' }).closeness
const ref = referenceTopsis(big.x, big.w, big.t)
let maxDiff = 0
for (let i = 0; i < ours.length; i++) maxDiff = Math.max(maxDiff, Math.abs(ours[i]! - ref[i]!))
console.log(`same results: max |Δ closeness| = ${maxDiff.toExponential(2)} over ${ours.length.toLocaleString('en-US')} subjects ${maxDiff < 1e-12 ? '(ok)' : '(MISMATCH)'}`)

const flat = { values: Float64Array.from(big.x.flat()), columns: 60 }
const oursFlat = topsis(flat, { weights: big.w, types: big.t, normalization: 'vector' }).closeness
if (oursFlat.some((c, i) => c !== ours[i])) throw new Error('flat and nested TOPSIS differ')

const bench = new Bench({ time: 0, iterations: 15, warmupIterations: 3 })
bench.add('weightedSum 10,000 × 60 (min-max)', () => {
  weightedSum(big.x, { weights: big.w, types: big.t, normalization: 'minmax' })
})
bench.add('topsis 10,000 × 60 (vector)', () => {
  topsis(big.x, { weights: big.w, types: big.t, normalization: 'vector' })
})
bench.add('weightedSum + topsis 10,000 × 60', () => {
  weightedSum(big.x, { weights: big.w, types: big.t, normalization: 'minmax' })
  topsis(big.x, { weights: big.w, types: big.t, normalization: 'vector' })
})
bench.add('weightedSum + topsis 10,000 × 60, flat Float64Array input', () => {
  weightedSum(flat, { weights: big.w, types: big.t, normalization: 'minmax' })
  topsis(flat, { weights: big.w, types: big.t, normalization: 'vector' })
})
bench.add('reference plain-array TOPSIS 10,000 × 60', () => {
  referenceTopsis(big.x, big.w, big.t)
})
await bench.run()
const median = (name: string): number => {
  const task = bench.tasks.find((k) => k.name === name)
  const r = task?.result
  if (r?.state !== 'completed') throw new Error(`no result for ${name}`)
  return r.latency.p50
}
for (const task of bench.tasks) console.log(`${task.name}: median ${median(task.name).toFixed(1)} ms`)
const ws = median('weightedSum + topsis 10,000 × 60')
const ours1 = median('topsis 10,000 × 60 (vector)')
const ref1 = median('reference plain-array TOPSIS 10,000 × 60')
console.log(`ratio reference / tongxin TOPSIS: ${(ref1 / ours1).toFixed(2)}× — tongxin ${ours1 <= ref1 ? 'faster' : 'slower'}`)
console.log(`weighted sum + TOPSIS warm: ${ws.toFixed(1)} ms on number[][], ${median('weightedSum + topsis 10,000 × 60, flat Float64Array input').toFixed(1)} ms on a flat Float64Array (the whole pipeline with score sheets is benched in evaluation-rubric.ts)`)

const mid = problem(1_000, 20, 7)
const stab = new Bench({ time: 0, iterations: 5, warmupIterations: 1 })
stab.add('rankStability 1,000 × 20, 1,000 draws (TOPSIS, weights ±20 %)', () => {
  rankStability(mid.x, { weights: mid.w, types: mid.t, seed: 42, draws: 1000 })
})
stab.add('rankStability 1,000 × 20, 1,000 draws (weighted sum)', () => {
  rankStability(mid.x, { weights: mid.w, types: mid.t, seed: 42, draws: 1000, method: 'weighted-sum' })
})
stab.add('rankStability 1,000 × 20, 1,000 draws (TOPSIS, weights and values ±10 %)', () => {
  rankStability(mid.x, { weights: mid.w, types: mid.t, seed: 42, draws: 1000, weightSpread: 0.1, valueSpread: 0.1 })
})
await stab.run()
for (const task of stab.tasks) {
  const r = task.result
  if (r.state !== 'completed') continue
  const ms = r.latency.p50
  console.log(`${task.name}: median ${ms.toFixed(0)} ms — target ≤ 1000 ms ${ms <= 1000 ? 'met' : 'not met'}`)
}
