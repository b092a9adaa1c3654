import { describe, expect, it } from 'vitest'
import { TongxinError } from '../../../src/errors/TongxinError'
import { combineRaters } from '../../../src/evaluation/rubric'
import type { Rubric } from '../../../src/evaluation/rubric'
import { GRADE_SCHEMES } from '../../../src/evaluation/rubric/gradeSchemes'
import { L, leaf } from './helpers'

// 南沙-style: a third party scores management and effect; the purchaser (镇街) scores effect;
// the 居委 scores community participation.
const rubric: Rubric = {
  id: 'station',
  version: '1',
  name: L('站'),
  fullMark: 100,
  missing: { policy: 'zero' },
  rounding: { mode: 'half-up', decimals: 2, at: 'each-level' },
  grades: GRADE_SCHEMES.excellentGoodPassFail,
  children: [
    { id: 'mgmt', name: L('项目管理'), fullMark: 40, children: [leaf('files', { kind: 'degree', full: 2, partial: 1 }, { fullMark: 40 })] },
    { id: 'effect', name: L('服务成效'), fullMark: 40, children: [leaf('served', { kind: 'benefit', target: 1 }, { fullMark: 40 })] },
    { id: 'community', name: L('参与治理'), fullMark: 20, children: [leaf('participation', { kind: 'benefit', target: 1 }, { fullMark: 20 })] },
  ],
  vetoes: [{ id: 'misuse', name: L('资金挪用'), when: { ref: 'misuse', op: '==', value: true }, grade: 'fail' }],
}

const raters = [
  { id: 'third', role: 'third-party', weight: 0.6, scope: ['mgmt', 'effect'] },
  { id: 'town', role: 'purchaser', weight: 0.4, scope: ['effect'] },
  { id: 'juwei', role: 'residents', weight: 1, scope: ['community'] },
] as const

function codeOf(f: () => unknown): string | undefined {
  try {
    f()
  } catch (e) {
    return e instanceof TongxinError ? e.code : 'NOT_TONGXIN'
  }
  return undefined
}

describe('combineRaters', () => {
  it('weights each leaf by the raters whose scope covers it', () => {
    const r = combineRaters(rubric, raters, [
      { raterId: 'third', data: { files: 'full', served: 0.9, participation: 0 } },
      { raterId: 'town', data: { served: 0.4, files: 'none' } },
      { raterId: 'juwei', data: { participation: 0.5 } },
    ])
    // files: third only → 40; served: (0.6·0.9 + 0.4·0.4) = 0.7 → 28; participation: juwei only → 10.
    expect(r.sheet.nodes.find((n) => n.id === 'files')!.points).toBe(40)
    expect(r.sheet.nodes.find((n) => n.id === 'served')!.points).toBe(28)
    expect(r.sheet.total).toBe(78)
    expect(r.raters.map((x) => x.raterId)).toEqual(['juwei', 'third', 'town'])
    // served: 0.9 vs 0.4 → spread 0.5 > 0.3; effect dimension likewise.
    expect(r.flagged).toBe(true)
    expect(r.dispersion.map((d) => d.nodeId)).toEqual(['effect', 'served'])
    expect(r.dispersion[0]!.spread).toBeCloseTo(0.5, 12)
    expect(r.dispersionThreshold).toBe(0.3)
  })
  it('is independent of the order of ratings', () => {
    const ratings = [
      { raterId: 'third', data: { files: 'partial', served: 0.9 } },
      { raterId: 'town', data: { served: 0.8 } },
      { raterId: 'juwei', data: { participation: 0.5 } },
    ]
    const a = combineRaters(rubric, raters, ratings, { dispersionThreshold: 0.05 })
    const b = combineRaters(rubric, raters, [...ratings].reverse(), { dispersionThreshold: 0.05 })
    expect(b).toEqual(a)
    expect(a.flagged).toBe(true)
  })
  it('leaves nobody scored follow the missing-data policy; vetoes fire on any rater', () => {
    const r = combineRaters(rubric, raters, [{ raterId: 'third', data: { files: 'full', served: 1, misuse: true } }])
    expect(r.sheet.nodes.find((n) => n.id === 'participation')!.missing).toBe('zero')
    expect(r.sheet.total).toBe(80)
    expect(r.sheet.grade).toBe('fail')
    expect(combineRaters(rubric, raters, []).sheet.total).toBe(0)
  })
  it('rejects bad raters and ratings', () => {
    const ok = [{ id: 'a', role: 'self', weight: 1 }]
    expect(codeOf(() => combineRaters(rubric, [], []))).toBe('EVAL_RATERS_INVALID')
    expect(codeOf(() => combineRaters(rubric, [{ id: 'a', role: 'self', weight: 0 }], []))).toBe('EVAL_RATERS_INVALID')
    expect(codeOf(() => combineRaters(rubric, [...ok, ...ok], []))).toBe('EVAL_RATERS_INVALID')
    expect(codeOf(() => combineRaters(rubric, [{ id: 'a', role: 'self', weight: 1, scope: ['nope'] }], []))).toBe('EVAL_RATERS_INVALID')
    expect(codeOf(() => combineRaters(rubric, [{ id: 'a', role: 'self', weight: 1, scope: 'mgmt' as never }], []))).toBe('EVAL_RATERS_INVALID')
    expect(codeOf(() => combineRaters(rubric, [{ id: 1 } as never], []))).toBe('EVAL_RATERS_INVALID')
    expect(codeOf(() => combineRaters(rubric, ok, [{ raterId: 'b', data: {} }]))).toBe('EVAL_RATERS_INVALID')
    expect(codeOf(() => combineRaters(rubric, ok, [{ raterId: 'a', data: {} }, { raterId: 'a', data: {} }]))).toBe('EVAL_RATERS_INVALID')
    expect(codeOf(() => combineRaters(rubric, ok, [{ raterId: 'a', data: 1 as never }]))).toBe('EVAL_RATERS_INVALID')
    expect(codeOf(() => combineRaters(rubric, ok, 'x' as never))).toBe('EVAL_RATERS_INVALID')
    expect(codeOf(() => combineRaters(rubric, ok, [], { dispersionThreshold: 2 }))).toBe('EVAL_RATERS_INVALID')
    expect(codeOf(() => combineRaters(rubric, ok, [], 3 as never))).toBe('EVAL_RATERS_INVALID')
    expect(codeOf(() => combineRaters(rubric, ok, [{ raterId: 'a', data: { served: 'x' } }]))).toBe('EVAL_DATA_INVALID')
  })
})
