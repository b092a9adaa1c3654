import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import * as mcdm from '../../src/evaluation/mcdm/index'
import { isTongxinError } from '../../src/errors/TongxinError'
import { anything } from './hostile'

/** Runs `f`; only TongxinError may escape, and a returned result holds no NaN anywhere. */
function onlyTongxinErrors(f: () => unknown): void {
  let out: unknown
  try {
    out = f()
  } catch (e) {
    expect(isTongxinError(e), String(e)).toBe(true)
    return
  }
  expect(hasNaN(out, 0)).toBe(false)
}

function hasNaN(v: unknown, depth: number): boolean {
  if (depth > 6) return false
  if (typeof v === 'number') return Number.isNaN(v)
  if (Array.isArray(v)) return v.some((x) => hasNaN(x, depth + 1))
  if (typeof v === 'object' && v !== null) return Object.values(v).some((x) => hasNaN(x, depth + 1))
  return false
}


const hostileNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, Number.NaN, Infinity, -Infinity, 1 / 3, 0.33),
  fc.integer({ min: -10, max: 10 }),
)
const cell = fc.oneof({ weight: 8, arbitrary: hostileNumber }, { weight: 1, arbitrary: fc.constantFrom(null, undefined, '1', {}, []) })
const matrix = fc.integer({ min: 0, max: 5 }).chain((m) =>
  fc.integer({ min: 0, max: 5 }).chain((n) => fc.array(fc.array(cell, { minLength: n, maxLength: n + (m % 2) }), { minLength: m, maxLength: m })),
)
const niceMatrix = fc.integer({ min: 1, max: 5 }).chain((m) =>
  fc.integer({ min: 1, max: 4 }).chain((n) => fc.array(fc.array(hostileNumber, { minLength: n, maxLength: n }), { minLength: m, maxLength: m })),
)
const vector = fc.array(fc.oneof(hostileNumber, fc.constant(null)), { maxLength: 6 })
const types = fc.array(fc.constantFrom('benefit', 'cost', 'max', '__proto__', 1), { maxLength: 6 })
const protoKeys = fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty')

const options = fc.record(
  {
    weights: vector,
    types,
    normalization: fc.constantFrom('vector', 'minmax', 'max', 'none', 'sum', 'goalposts', '__proto__'),
    method: fc.constantFrom('eigenvector', 'column-mean', 'geometric-mean', 'topsis', 'weighted-sum', 'x'),
    riTable: fc.oneof(fc.constantFrom('chinese', 'saaty1980', 'saaty2005', 'doneganDodd', 'tummalaLing', 'x'), vector),
    crThreshold: hostileNumber,
    inclusive: fc.oneof(fc.boolean(), anything),
    tolerance: hostileNumber,
    scale: fc.constantFrom('saaty', 'positive', 'x'),
    seed: hostileNumber,
    draws: fc.oneof(fc.integer({ min: -2, max: 20 }), hostileNumber.filter((x) => !(x > 50))),
    weightSpread: hostileNumber,
    valueSpread: hostileNumber,
    topK: hostileNumber,
    ties: fc.constantFrom('competition', 'dense', 'x'),
    order: fc.constantFrom('descending', 'ascending', 'x'),
    v: hostileNumber,
    zeroHandling: fc.constantFrom('xlogx0', 'shift', 'x'),
    shift: hostileNumber,
    costTransform: fc.constantFrom('max-minus', 'reciprocal', 'x'),
    constantColumn: fc.constantFrom('one', 'zero', 'x'),
    weightPolicy: fc.constantFrom('renormalize', 'require-unit-sum', 'x'),
    subjects: fc.oneof(fc.tuple(fc.integer({ min: -1, max: 5 }), fc.integer({ min: -1, max: 5 })), anything),
    changes: vector,
    resolution: fc.oneof(fc.integer({ min: -1, max: 50 }), hostileNumber.filter((x) => !(x > 100))),
    maxSweeps: fc.oneof(fc.integer({ min: -1, max: 5 }), hostileNumber.filter((x) => !(x > 10))),
    aggregation: fc.constantFrom('aij', 'aip', 'x'),
    expertWeights: vector,
    rankProbabilities: fc.oneof(fc.boolean(), anything),
    degrade: hostileNumber,
  },
  { requiredKeys: [] },
)
const hostileOptions = fc.oneof(options, anything, protoKeys.map((k) => JSON.parse(`{"${k}": {"weights": [1]}}`) as unknown))

// The public entry points, each given (matrix-like, options-like) arguments.
const entries: [string, (a: unknown, b: unknown, c: unknown) => unknown][] = [
  ['rank', (a, b) => mcdm.rank(a as never, b as never)],
  ['ahpWeights', (a, b) => mcdm.ahpWeights(a as never, b as never)],
  ['completeAhpMatrix', (a, b) => mcdm.completeAhpMatrix(a as never, b as never)],
  ['groupAhpWeights', (a, b, c) => mcdm.groupAhpWeights([a, c] as never, b as never)],
  ['entropyWeights', (a, b) => mcdm.entropyWeights(a as never, b as never)],
  ['criticWeights', (a, b) => mcdm.criticWeights(a as never, b as never)],
  ['combineWeights', (a, b, c) => mcdm.combineWeights(a as never, c as never, b as never)],
  ['topsis', (a, b) => mcdm.topsis(a as never, b as never)],
  ['vikor', (a, b) => mcdm.vikor(a as never, b as never)],
  ['weightedSum', (a, b) => mcdm.weightedSum(a as never, b as never)],
  ['rankStability', (a, b) => mcdm.rankStability(a as never, b as never)],
  ['weightSensitivity', (a, b) => mcdm.weightSensitivity(a as never, b as never)],
  ['weightChangeToSwap', (a, b) => mcdm.weightChangeToSwap(a as never, b as never)],
  ['rankReversal', (a, b) => mcdm.rankReversal(a as never, b as never)],
  ['wsCoefficient', (a, _b, c) => mcdm.wsCoefficient(a as never, c as never)],
  ['weightedSpearman', (a, _b, c) => mcdm.weightedSpearman(a as never, c as never)],
  ['comparePeriods', (a, b, c) => mcdm.comparePeriods(a as never, c as never, b as never)],
]

describe('mcdm under hostile input', () => {
  for (const [name, f] of entries) {
    test.prop([anything, anything, anything], { numRuns: 60 })(`${name}: anything → only TongxinError`, (a, b, c) => {
      onlyTongxinErrors(() => f(a, b, c))
    })
    test.prop([fc.oneof(matrix, niceMatrix, vector), hostileOptions, fc.oneof(matrix, niceMatrix, vector)], { numRuns: 80 })(
      `${name}: near-valid numbers and options → only TongxinError, never NaN`,
      (a, b, c) => {
        onlyTongxinErrors(() => f(a, b, c))
      },
    )
  }

  // Flat matrices: { values: Float64Array, columns } with hostile numbers, lengths and column counts.
  const flat = fc.oneof(
    fc.record({ values: fc.array(hostileNumber, { maxLength: 12 }).map((xs) => Float64Array.from(xs)), columns: fc.oneof(fc.integer({ min: -1, max: 5 }), hostileNumber, anything) }, { requiredKeys: [] }),
    niceMatrix.map((rows) => ({ values: Float64Array.from(rows.flat()), columns: rows[0]!.length, rows: rows.length })),
    fc.record({ values: anything, columns: fc.integer({ min: 1, max: 3 }) }),
  )
  for (const [name, f] of entries) {
    test.prop([flat, hostileOptions, fc.oneof(flat, niceMatrix)], { numRuns: 40 })(`${name}: flat matrices → only TongxinError, never NaN`, (a, b, c) => {
      onlyTongxinErrors(() => f(a, b, c))
    })
  }

  const period = fc.record(
    {
      subjects: fc.array(fc.oneof(fc.string({ maxLength: 3 }), protoKeys, hostileNumber), { maxLength: 5 }),
      scores: vector,
      indicators: fc.array(fc.oneof(fc.string({ maxLength: 2 }), protoKeys), { maxLength: 3 }),
      values: matrix,
    },
    { requiredKeys: [] },
  )
  test.prop([period, period, hostileOptions])('comparePeriods with period-shaped input', (p, q, o) => {
    onlyTongxinErrors(() => mcdm.comparePeriods(p as never, q as never, o as never))
  })

  test('deep and huge values stay coded', () => {
    onlyTongxinErrors(() => mcdm.topsis([[1e308, -1e308], [-1e308, 1e308]], { weights: [1, 1], types: ['benefit', 'cost'] }))
    onlyTongxinErrors(() => mcdm.topsis([[1e308, -1e308], [-1e308, 1e308]], { weights: [1, 1], types: ['benefit', 'cost'], normalization: 'minmax' }))
    onlyTongxinErrors(() => mcdm.vikor([[1e308, -1e308], [-1e308, 1e308]], { weights: [1, 1], types: ['benefit', 'cost'] }))
    onlyTongxinErrors(() => mcdm.weightedSum([[1e308, -1e308], [-1e308, 1e308]], { weights: [1, 1], types: ['benefit', 'benefit'], normalization: 'none' }))
    onlyTongxinErrors(() => mcdm.criticWeights([[1e308, -1e308], [-1e308, 1e308], [0, 1]], { normalization: 'none' }))
    onlyTongxinErrors(() => mcdm.ahpWeights([[1, 1e100], [1e-100, 1]], { scale: 'positive' }))
    onlyTongxinErrors(() => mcdm.completeAhpMatrix([[1, 1e100, null], [1e-100, 1, 1e100], [null, 1e-100, 1]], { scale: 'positive' }))
    onlyTongxinErrors(() => mcdm.topsis([[5e-324, 0], [0, 5e-324]], { weights: [1e-300, 1e-300], types: ['benefit', 'benefit'] }))
    onlyTongxinErrors(() => mcdm.rankReversal([[-1.7e308, 1], [1.7e308, 2], [0, 3]], { weights: [1, 1], types: ['benefit', 'cost'], degrade: 1 }))
  })
})
