import { describe, expect, it } from 'vitest'
import { comparePeriods } from '../../../src/evaluation/mcdm/comparePeriods'
import { formatMessage } from '../../../src/i18n/formatMessage'
import { codeOf } from './helpers'

describe('comparePeriods', () => {
  const prev = { subjects: ['c', 'a', 'b', 'x'], scores: [70, 90, 80, 10], indicators: ['hours', 'teams'], values: [[5, 1], [12, 3], [9, 2], [0, 0]] }
  const cur = { subjects: ['b', 'a', 'c', 'd'], scores: [88, 85, 71, 60], indicators: ['teams', 'hours', 'venues'], values: [[4, 10, 1], [3, 12, 0], [1, 2, 2], [1, 1, 1]] }

  it('score and rank deltas, entering and leaving, sorted by id', () => {
    const r = comparePeriods(prev, cur, { normalization: 'goalposts' })
    expect(r.subjects.map((s) => s.id)).toEqual(['a', 'b', 'c'])
    expect(r.subjects[0]).toEqual({ id: 'a', previousScore: 90, currentScore: 85, scoreDelta: -5, previousRank: 1, currentRank: 2, rankDelta: -1 })
    expect(r.subjects[1]).toMatchObject({ id: 'b', scoreDelta: 8, previousRank: 2, currentRank: 1, rankDelta: 1 })
    expect(r.entering).toEqual(['d'])
    expect(r.leaving).toEqual(['x'])
    // Common subjects re-ranked: previous a1 b2 c3, current a2 b1 c3 → a top swap.
    expect(r.similarity.subjects).toBe(3)
    expect(r.similarity.ws).toBeCloseTo(1 - (0.5 * 1) / 2 - (0.25 * 1) / 1, 12)
    expect(r.similarity.rw).toBeCloseTo(weightedSpearmanRef([1, 2, 3], [2, 1, 3]), 12)
  })

  it('indicators that moved most, with a warning for indicators present in one period only', () => {
    const r = comparePeriods(prev, cur, { normalization: 'goalposts' })
    expect(r.indicators.map((m) => m.indicator)).toEqual(['hours', 'teams'])
    // hours: a 12→12 (0), b 9→10 (+1), c 5→2 (−3) → mean −2/3, mean |Δ| 4/3; teams: a 0, b +2, c 0.
    expect(r.indicators[0]!.meanDelta).toBeCloseTo(-2 / 3, 12)
    expect(r.indicators[0]!.meanAbsDelta).toBeCloseTo(4 / 3, 12)
    expect(r.indicators[0]!.largest).toEqual({ id: 'c', delta: -3 })
    expect(r.indicators[1]!.largest).toEqual({ id: 'b', delta: 2 })
    expect(r.warnings).toEqual([{ code: 'MCDM_WARN_INDICATORS_DIFFER', params: { names: ['hours', 'teams'] } }])
  })

  it('warns when a cohort-relative normalisation makes deltas misleading', () => {
    const r = comparePeriods(prev, cur, { normalization: 'minmax' })
    expect(r.warnings.map((w) => w.code)).toEqual(['MCDM_WARN_COHORT_RELATIVE', 'MCDM_WARN_COHORT_CHANGED', 'MCDM_WARN_INDICATORS_DIFFER'])
    expect(r.conventions).toEqual({ normalization: 'minmax', cohortRelative: true, order: 'descending', ties: 'competition', tolerance: 1e-12, similarityReference: 'previous' })
    expect(formatMessage(r.warnings[1]!, 'zh-CN')).toContain('新增 1 个、退出 1 个')
    expect(formatMessage(r.warnings[0]!, 'en')).toContain('goalpost')
  })

  it('ascending order (e.g. VIKOR Q) and periods without indicators', () => {
    const r = comparePeriods({ subjects: ['a', 'b'], scores: [0.1, 0.9] }, { subjects: ['a', 'b'], scores: [0.8, 0.2] }, { normalization: 'vikor', order: 'ascending' })
    expect(r.subjects[0]).toMatchObject({ previousRank: 1, currentRank: 2 })
    expect(r.indicators).toEqual([])
    expect(r.warnings.map((w) => w.code)).toEqual(['MCDM_WARN_COHORT_RELATIVE'])
    const none = comparePeriods({ subjects: ['a'], scores: [1] }, { subjects: ['b'], scores: [1] }, { normalization: 'none' })
    expect(none.similarity).toEqual({ ws: 1, rw: 1, subjects: 0 })
  })

  it('rejects duplicates, mismatches and a missing normalisation', () => {
    expect(codeOf(() => comparePeriods({ subjects: ['a', 'a'], scores: [1, 2] }, { subjects: [], scores: [] }, { normalization: 'none' }))).toBe('MCDM_DUPLICATE_SUBJECT')
    expect(codeOf(() => comparePeriods({ subjects: ['a'], scores: [1, 2] }, { subjects: [], scores: [] }, { normalization: 'none' }))).toBe('MCDM_DIMENSION_MISMATCH')
    expect(codeOf(() => comparePeriods({ subjects: [''], scores: [1] }, { subjects: [], scores: [] }, { normalization: 'none' }))).toBe('MCDM_INVALID_ARGUMENT')
    expect(codeOf(() => comparePeriods({ subjects: [], scores: [] }, { subjects: [], scores: [] }, {} as never))).toBe('MCDM_INVALID_ARGUMENT')
    expect(
      codeOf(() => comparePeriods({ subjects: ['a'], scores: [1], indicators: ['h', 'h'], values: [[1, 2]] }, { subjects: [], scores: [] }, { normalization: 'none' })),
    ).toBe('MCDM_INVALID_ARGUMENT')
    expect(
      codeOf(() => comparePeriods({ subjects: ['a'], scores: [1], indicators: ['h'], values: [[1, 2]] }, { subjects: [], scores: [] }, { normalization: 'none' })),
    ).toBe('MCDM_DIMENSION_MISMATCH')
    expect(
      codeOf(() => comparePeriods({ subjects: ['a'], scores: [1], indicators: ['h'], values: [[1], [2]] }, { subjects: [], scores: [] }, { normalization: 'none' })),
    ).toBe('MCDM_DIMENSION_MISMATCH')
    expect(codeOf(() => comparePeriods({ subjects: ['a'], scores: [1], indicators: ['h'] }, { subjects: [], scores: [] }, { normalization: 'none' }))).toBe(
      'MCDM_INVALID_ARGUMENT',
    )
  })
})

function weightedSpearmanRef(x: number[], y: number[]): number {
  const n = x.length
  let s = 0
  for (let i = 0; i < n; i++) s += (x[i]! - y[i]!) ** 2 * (n - x[i]! + 1 + (n - y[i]! + 1))
  return 1 - (6 * s) / (n ** 4 + n ** 3 - n ** 2 - n)
}
