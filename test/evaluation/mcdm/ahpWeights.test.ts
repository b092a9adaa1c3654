import { describe, expect, it } from 'vitest'
import { ahpWeights } from '../../../src/evaluation/mcdm/ahpWeights'
import { RI_TABLES } from '../../../src/evaluation/mcdm/riTables'
import { isTongxinError } from '../../../src/errors/TongxinError'
import { formatMessage } from '../../../src/i18n/formatMessage'
import { codeOf } from './helpers'

const LEADER = [
  [1, 4, 3, 7],
  [1 / 4, 1, 1 / 3, 3],
  [1 / 3, 3, 1, 5],
  [1 / 7, 1 / 3, 1 / 5, 1],
]
const CAR = [
  [1, 3, 7, 3],
  [1 / 3, 1, 9, 1],
  [1 / 7, 1 / 9, 1, 1 / 7],
  [1 / 3, 1, 7, 1],
]
const AHPY8 = [
  [1, 9, 9],
  [1 / 9, 1, 9],
  [1 / 9, 1 / 9, 1],
]

describe('RI tables (notes/evaluation.md §2.1)', () => {
  it('pins every published table', () => {
    expect(RI_TABLES.chinese).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.54, 1.56, 1.58, 1.59])
    expect(RI_TABLES.saaty1980).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59])
    expect(RI_TABLES.saaty2005).toEqual([0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.4, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59])
    expect(RI_TABLES.doneganDodd).toEqual([
      0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822, 1.4969,
    ])
    expect(RI_TABLES.tummalaLing).toEqual([
      0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356, 1.5571, 1.5714, 1.5831,
    ])
  })

  it('echoes the RI used and errors beyond the table instead of falling back', () => {
    expect(ahpWeights(LEADER).conventions).toMatchObject({ riTable: 'chinese', ri: 0.9 })
    expect(ahpWeights(LEADER, { riTable: 'doneganDodd' }).conventions.ri).toBe(0.8286)
    const n = 16
    const big = Array.from({ length: n }, () => Array.from({ length: n }, () => 1))
    expect(codeOf(() => ahpWeights(big))).toBe('MCDM_RI_TABLE_TOO_SHORT')
    expect(ahpWeights(big, { riTable: [...RI_TABLES.chinese, 1.6] }).conventions).toMatchObject({ riTable: 'custom', ri: 1.6 })
    expect(codeOf(() => ahpWeights(LEADER, { riTable: [0, 0, 0.58] }))).toBe('MCDM_RI_TABLE_TOO_SHORT')
    expect(codeOf(() => ahpWeights(LEADER, { riTable: [0, 0, 0.58, 0] }))).toBe('MCDM_RI_INVALID')
    expect(codeOf(() => ahpWeights(LEADER, { riTable: [0, 0, -1, 1] }))).toBe('MCDM_RI_INVALID')
    expect(codeOf(() => ahpWeights(LEADER, { riTable: 'nope' as never }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => ahpWeights(LEADER, { riTable: 3 as never }))).toBe('MCDM_INVALID_ARGUMENT')
  })

  it('the n = 12 entry differs between saaty1980 and the Chinese extension', () => {
    expect(RI_TABLES.saaty1980[11]).toBe(1.48)
    expect(RI_TABLES.chinese[11]).toBe(1.54)
  })
})

describe('ahpWeights golden numbers (notes/evaluation.md §2.2)', () => {
  it('Wikipedia leader example, EM: 0.548, 0.127, 0.270, 0.056; CR 0.044 (RI 0.90)', () => {
    const r = ahpWeights(LEADER, { method: 'eigenvector' })
    expect(r.weights.map((w) => w.toFixed(3))).toEqual(['0.548', '0.127', '0.270', '0.056'])
    expect(r.lambdaMax).toBeCloseTo(4.1184, 4)
    expect(r.cr).toBeCloseTo(0.0439, 4)
    expect(r.consistent).toBe(true)
  })

  it('Wikipedia car example, EM: 0.510, 0.234, 0.041, 0.215; CR 0.0738 (RI 0.90), 0.08 (DD)', () => {
    const r = ahpWeights(CAR)
    expect(r.weights.map((w) => w.toFixed(3))).toEqual(['0.510', '0.234', '0.041', '0.215'])
    expect(r.lambdaMax).toBeCloseTo(4.1992, 4)
    expect(r.cr).toBeCloseTo(0.0738, 4)
    expect(ahpWeights(CAR, { riTable: 'doneganDodd' }).cr.toFixed(2)).toBe('0.08')
  })

  it('AHPy issue #8: EM 0.7785/0.1799/0.0416 vs AN 0.7273/0.2212/0.0515', () => {
    const em = ahpWeights(AHPY8, { method: 'eigenvector' })
    expect(em.weights.map((w) => w.toFixed(4))).toEqual(['0.7785', '0.1799', '0.0416'])
    expect(em.lambdaMax).toBeCloseTo(3.5608, 4)
    expect(em.cr).toBeCloseTo(0.4835, 4)
    expect(em.consistent).toBe(false)
    const an = ahpWeights(AHPY8, { method: 'column-mean' })
    expect(an.weights.map((w) => w.toFixed(4))).toEqual(['0.7273', '0.2212', '0.0515'])
    expect(an.lambdaMax).toBeCloseTo(3.6272, 4)
    expect(an.cr).toBeCloseTo(0.5407, 4)
    expect(an.conventions.method).toBe('column-mean')
    // For n = 3 the geometric mean equals the eigenvector.
    const gm = ahpWeights(AHPY8, { method: 'geometric-mean' })
    gm.weights.forEach((w, i) => { expect(w).toBeCloseTo(em.weights[i] ?? 0, 12); })
  })

  it('ahp-lite README (AN, judgments as written: 0.33, 0.14): 0.1000, 0.1860, 0.7141; CI 0.1193; CR 0.2057', () => {
    const r = ahpWeights(
      [
        [1, 0.33, 0.2],
        [3, 1, 0.14],
        [5, 7, 1],
      ],
      { method: 'column-mean' },
    )
    expect(r.weights.map((w) => w.toFixed(4))).toEqual(['0.1000', '0.1860', '0.7141'])
    expect(r.ci).toBeCloseTo(0.1193, 4)
    expect(r.cr).toBeCloseTo(0.2057, 4)
    expect(r.weights.map((w) => w.toFixed(2))).toEqual(['0.10', '0.19', '0.71'])
  })
})

describe('ahpWeights conventions', () => {
  it('CR threshold inclusivity decides the boundary', () => {
    const r = ahpWeights(LEADER)
    expect(ahpWeights(LEADER, { crThreshold: r.cr, inclusive: true }).consistent).toBe(true)
    expect(ahpWeights(LEADER, { crThreshold: r.cr, inclusive: false }).consistent).toBe(false)
    expect(r.conventions).toEqual({
      method: 'eigenvector',
      riTable: 'chinese',
      ri: 0.9,
      crThreshold: 0.1,
      inclusive: false,
      tolerance: 0.05,
      scale: 'saaty',
    })
  })

  it('n ≤ 2: CR is 0 by definition', () => {
    expect(ahpWeights([[1]])).toMatchObject({ weights: [1], ci: 0, cr: 0, consistent: true, mostInconsistent: null })
    const r = ahpWeights([
      [1, 3],
      [1 / 3, 1],
    ])
    expect(r.weights[0]).toBeCloseTo(0.75, 12)
    expect(r.cr).toBe(0)
  })

  it('reports the most inconsistent judgment with a Saaty-scale suggestion', () => {
    // Leader example: a_13 = 3 but the weights imply about 2.03, the largest relative deviation.
    const r = ahpWeights(LEADER)
    expect(r.mostInconsistent).not.toBeNull()
    const j = r.mostInconsistent!
    expect([j.row, j.column]).toEqual([0, 2])
    expect(j.value).toBe(3)
    expect(j.implied).toBeCloseTo((r.weights[0] ?? 0) / (r.weights[2] ?? 1), 12)
    expect(j.implied).toBeCloseTo(2.0284, 4)
    expect(j.suggested).toBe(2)
    expect(j.ratio).toBeCloseTo(3 / j.implied, 12)
  })

  it('validates the scale, reciprocity and diagonal with a tolerance', () => {
    expect(codeOf(() => ahpWeights([[1, 3], [0.5, 1]]))).toBe('MCDM_AHP_NOT_RECIPROCAL')
    expect(codeOf(() => ahpWeights([[1, 11], [1 / 11, 1]]))).toBe('MCDM_AHP_OFF_SCALE')
    expect(codeOf(() => ahpWeights([[1, 2.5], [1 / 2.5, 1]]))).toBe('MCDM_AHP_OFF_SCALE')
    expect(codeOf(() => ahpWeights([[1, 1 / 11], [11, 1]]))).toBe('MCDM_AHP_OFF_SCALE')
    expect(ahpWeights([[1, 2.5], [1 / 2.5, 1]], { scale: 'positive' }).weights[0]).toBeCloseTo(2.5 / 3.5, 12)
    expect(codeOf(() => ahpWeights([[2, 1], [1, 1]]))).toBe('MCDM_AHP_DIAGONAL')
    expect(codeOf(() => ahpWeights([[1, 0], [1, 1]]))).toBe('MCDM_NOT_POSITIVE')
    expect(codeOf(() => ahpWeights([[1, 2], [0.5]]))).toBe('MCDM_AHP_NOT_SQUARE')
    expect(codeOf(() => ahpWeights([[1, null as never], [null as never, 1]]))).toBe('MCDM_AHP_MISSING')
    expect(codeOf(() => ahpWeights([]))).toBe('MCDM_TOO_FEW')
    expect(codeOf(() => ahpWeights([[Number.NaN]]))).toBe('MCDM_NOT_FINITE')
    expect(codeOf(() => ahpWeights([1] as never))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => ahpWeights('x' as never))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => ahpWeights(LEADER, { tolerance: 2 }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => ahpWeights(LEADER, { method: 'x' as never }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => ahpWeights(LEADER, { inclusive: 1 as never }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => ahpWeights(LEADER, [] as never))).toBe('MCDM_INVALID_ARGUMENT')
  })

  it('renders its errors in zh-CN and en', () => {
    try {
      ahpWeights([[1, 3], [0.5, 1]])
    } catch (e) {
      if (!isTongxinError(e)) throw e
      expect(formatMessage(e, 'zh-CN')).toContain('判断矩阵不互反')
      expect(formatMessage(e, 'en')).toContain('not reciprocal')
    }
  })

  it('returns frozen results', () => {
    const r = ahpWeights(LEADER)
    expect(Object.isFrozen(r)).toBe(true)
    expect(Object.isFrozen(r.weights)).toBe(true)
    expect(Object.isFrozen(r.conventions)).toBe(true)
  })
})
