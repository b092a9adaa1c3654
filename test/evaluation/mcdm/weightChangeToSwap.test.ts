import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { topsis } from '../../../src/evaluation/mcdm/topsis'
import type { CriterionType } from '../../../src/evaluation/mcdm/types'
import { weightChangeToSwap } from '../../../src/evaluation/mcdm/weightChangeToSwap'
import { codeOf } from './helpers'

describe('weightChangeToSwap', () => {
  it('weighted sum: matches the closed form (scores are linear in the changed weight)', () => {
    const r = weightChangeToSwap(
      [
        [0.9, 0.1, 0.5],
        [0.5, 0.6, 0.4],
      ],
      { weights: [0.4, 0.4, 0.2], types: ['benefit', 'benefit', 'benefit'], subjects: [0, 1], method: 'weighted-sum', normalization: 'none' },
    )
    // s(t) = t·v_k + (1 − t)/(1 − w_k) · Σ_{j≠k} w_j v_j; solve s_a(t) = s_b(t).
    const v = [
      [0.9, 0.1, 0.5],
      [0.5, 0.6, 0.4],
    ]
    const w = [0.4, 0.4, 0.2]
    for (let k = 0; k < 3; k++) {
      const restA = w.reduce((s, wj, j) => (j === k ? s : s + wj * v[0]![j]!), 0) / (1 - w[k]!)
      const restB = w.reduce((s, wj, j) => (j === k ? s : s + wj * v[1]![j]!), 0) / (1 - w[k]!)
      // t·a + (1 − t)·A = t·b + (1 − t)·B  →  t = (B − A) / ((a − A) − (b − B))
      const t = (restB - restA) / (v[0]![k]! - restA - (v[1]![k]! - restB))
      const p = r.byCriterion[k]!
      if (t >= 0 && t <= 1) expect(p.weight).toBeCloseTo(t, 9)
      else expect(p.weight).toBeNull()
    }
    expect(r.leader).toBe(1)
    expect(r.smallest).not.toBeNull()
    const all = r.byCriterion.filter((p) => p.change !== null).map((p) => Math.abs(p.change!))
    expect(Math.abs(r.smallest!.change!)).toBe(Math.min(...all))
  })

  it('TOPSIS: at the swap weight the two closeness values are equal', () => {
    const x = [
      [2.0, 1500, 20000, 5.5, 5, 9],
      [2.5, 2700, 18000, 6.5, 3, 5],
      [1.8, 2000, 21000, 4.5, 7, 7],
      [2.2, 1800, 20000, 5.0, 5, 5],
    ]
    const w = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3]
    const t: CriterionType[] = ['benefit', 'benefit', 'benefit', 'cost', 'benefit', 'benefit']
    const r = weightChangeToSwap(x, { weights: w, types: t, subjects: [0, 2] })
    expect(r.leader).toBe(0)
    const s = r.smallest!
    expect(s).not.toBeNull()
    const w2 = w.map((wj, j) => (j === s.criterion ? s.weight! : (wj * (1 - s.weight!)) / (1 - w[s.criterion]!)))
    const c = topsis(x, { weights: w2, types: t }).closeness
    expect(c[0]).toBeCloseTo(c[2] ?? 0, 9)
    expect(r.conventions).toMatchObject({ method: 'topsis', normalization: 'vector', resolution: 1000, renormalization: 'proportional' })
  })

  it('tied subjects need no change; no swap is null', () => {
    const tied = weightChangeToSwap([[1, 2], [2, 1]], { weights: [1, 1], types: ['benefit', 'benefit'], subjects: [0, 1], method: 'weighted-sum' })
    expect(tied.leader).toBeNull()
    expect(tied.smallest?.change).toBe(0)
    const dom = weightChangeToSwap([[3, 3], [1, 1]], { weights: [1, 1], types: ['benefit', 'benefit'], subjects: [0, 1] })
    expect(dom.smallest).toBeNull()
    expect(dom.byCriterion.every((p) => p.weight === null)).toBe(true)
  })

  it('rejects bad subjects', () => {
    const base = { weights: [1, 1], types: ['benefit', 'benefit'] as CriterionType[] }
    expect(codeOf(() => weightChangeToSwap([[1, 2], [2, 1]], { ...base, subjects: [0, 0] }))).toBe('MCDM_SAME_SUBJECT')
    expect(codeOf(() => weightChangeToSwap([[1, 2], [2, 1]], { ...base, subjects: [0, 2] }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => weightChangeToSwap([[1, 2], [2, 1]], { ...base, subjects: [0] as never }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => weightChangeToSwap([[1, 2], [1, 2]], { ...base, subjects: [0, 1] }))).toBe('MCDM_NO_DISCRIMINATION')
  })
})

describe('weightChangeToSwap laws', () => {
  const problem = fc.integer({ min: 2, max: 4 }).chain((n) =>
    fc.record({
      x: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n }), { minLength: 3, maxLength: 3 }),
      w: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
    }),
  )
  test.prop([problem], { numRuns: 50 })('at each reported weight the weighted-sum scores tie', ({ x, w }) => {
    const types = w.map(() => 'benefit' as const)
    const r = weightChangeToSwap(x, { weights: w, types, subjects: [0, 1], method: 'weighted-sum' })
    if (r.leader === null) return
    const sw = w.reduce((a, b) => a + b, 0)
    const wn = w.map((v) => v / sw)
    for (const p of r.byCriterion) {
      if (p.weight === null) continue
      const k = p.criterion
      const w2 = wn.map((wj, j) => (j === k ? p.weight! : (wj * (1 - p.weight!)) / (1 - wn[k]!)))
      const { scores } = (() => {
        const lo = x[0]!.map((_, j) => Math.min(...x.map((r2) => r2[j]!)))
        const hi = x[0]!.map((_, j) => Math.max(...x.map((r2) => r2[j]!)))
        const norm = (v: number, j: number): number => (hi[j] === lo[j] ? 1 : (v - lo[j]!) / (hi[j]! - lo[j]!))
        return { scores: [0, 1].map((i) => x[i]!.reduce((acc, v, j) => acc + w2[j]! * norm(v, j), 0)) }
      })()
      expect(scores[0]).toBeCloseTo(scores[1] ?? 0, 8)
    }
  })
})
