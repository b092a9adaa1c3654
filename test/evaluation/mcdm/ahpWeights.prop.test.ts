import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { ahpWeights } from '../../../src/evaluation/mcdm/ahpWeights'

const weightsArb = fc
  .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 15 })
  .map((w) => {
    const s = w.reduce((a, b) => a + b, 0)
    return w.map((x) => x / s)
  })

const methods = fc.constantFrom('eigenvector' as const, 'column-mean' as const, 'geometric-mean' as const)

describe('ahpWeights laws', () => {
  test.prop([weightsArb, methods])('a perfectly consistent matrix (a_ij = w_i / w_j) returns w exactly with CR = 0', (w, method) => {
    const a = w.map((wi) => w.map((wj) => wi / wj))
    const r = ahpWeights(a, { method, scale: 'positive' })
    r.weights.forEach((x, i) => { expect(Math.abs(x - (w[i] ?? 0))).toBeLessThan(1e-9); })
    expect(r.cr).toBeLessThan(1e-9)
    expect(r.ci).toBeLessThan(1e-9)
    expect(r.lambdaMax).toBeCloseTo(w.length, 9)
    expect(r.consistent).toBe(true)
  })

  const saaty = fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9)
  const reciprocal = fc.integer({ min: 1, max: 10 }).chain((n) =>
    fc.array(saaty, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => {
      const a = Array.from({ length: n }, () => Array.from({ length: n }, () => 1))
      let k = 0
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const x = upper[k++] ?? 1
          a[i]![j] = x
          a[j]![i] = 1 / x
        }
      }
      return a
    }),
  )

  test.prop([reciprocal, methods])('weights are positive, sum to 1, and λmax ≥ n', (a, method) => {
    const r = ahpWeights(a, { method })
    expect(r.weights.every((w) => w > 0)).toBe(true)
    expect(r.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12)
    expect(r.lambdaMax).toBeGreaterThanOrEqual(a.length - 1e-9)
    expect(r.cr).toBeGreaterThanOrEqual(0)
    expect(Number.isFinite(r.cr)).toBe(true)
  })

  test.prop([reciprocal, fc.integer({ min: 0, max: 1000 })])('permuting the elements permutes the weights', (a, seed) => {
    const n = a.length
    const perm = Array.from({ length: n }, (_, i) => i).sort((x, y) => ((x * 7919 + seed) % 97) - ((y * 7919 + seed) % 97) || x - y)
    const b = perm.map((i) => perm.map((j) => a[i]![j]!))
    const ra = ahpWeights(a)
    const rb = ahpWeights(b)
    perm.forEach((i, k) => { expect(rb.weights[k]).toBeCloseTo(ra.weights[i] ?? 0, 9); })
    expect(rb.cr).toBeCloseTo(ra.cr, 9)
  })
})
