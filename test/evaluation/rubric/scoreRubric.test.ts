import { describe, expect, it } from 'vitest'
import { TongxinError } from '../../../src/errors/TongxinError'
import { GRADE_SCHEMES, passFailScheme, roundScore, rubricToFullMarks, rubricToWeights, scoreRubric, scoreSubjects } from '../../../src/evaluation/rubric'
import type { LeafRule, Rubric, SubjectData } from '../../../src/evaluation/rubric'
import { L, leaf, oneDim } from './helpers'

/** Points of a single leaf with full mark = the rule's maximum. */
function pointsOf(rule: LeafRule, value: SubjectData[string], fullMark = 10): number {
  const r = oneDim([leaf('x', rule, { fullMark })])
  return scoreRubric(r, { x: value }).nodes.find((n) => n.id === 'x')!.points
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f()
  } catch (e) {
    return e instanceof TongxinError ? e.code : 'NOT_TONGXIN'
  }
  return undefined
}

describe('leaf rules (golden)', () => {
  it('benefit: x / target, clamped', () => {
    const rule: LeafRule = { kind: 'benefit', target: 0.8 }
    expect(pointsOf(rule, 0.4)).toBeCloseTo(5, 12)
    expect(pointsOf(rule, 1.2)).toBe(10)
    expect(pointsOf(rule, -1)).toBe(0)
  })
  it('cost: 1 at best, 0 at worst', () => {
    const rule: LeafRule = { kind: 'cost', best: 2, worst: 6 }
    expect(pointsOf(rule, 1)).toBe(10)
    expect(pointsOf(rule, 3)).toBeCloseTo(7.5, 12)
    expect(pointsOf(rule, 6)).toBe(0)
    expect(pointsOf(rule, 9)).toBe(0)
  })
  it('target 中间型: 1 − |x − t| / tolerance', () => {
    const rule: LeafRule = { kind: 'target', target: 1, tolerance: 0.3 }
    expect(pointsOf(rule, 1)).toBe(10)
    expect(pointsOf(rule, 0.85)).toBeCloseTo(5, 9)
    expect(pointsOf(rule, 1.15)).toBeCloseTo(5, 9)
    expect(pointsOf(rule, 2)).toBe(0)
  })
  it('interval 区间型: 1 inside, linear decay outside', () => {
    const rule: LeafRule = { kind: 'interval', low: 10, high: 20, tolerance: 5 }
    expect(pointsOf(rule, 10)).toBe(10)
    expect(pointsOf(rule, 20)).toBe(10)
    expect(pointsOf(rule, 8)).toBeCloseTo(6, 12)
    expect(pointsOf(rule, 22.5)).toBeCloseTo(5, 12)
    expect(pointsOf(rule, 30)).toBe(0)
  })
  it('goalposts (COINr n_goalposts, truncated), both directions', () => {
    expect(pointsOf({ kind: 'goalposts', lower: 60, upper: 95, direction: 'benefit' }, 81)).toBeCloseTo(6, 12)
    expect(pointsOf({ kind: 'goalposts', lower: 60, upper: 95, direction: 'benefit' }, 100)).toBe(10)
    expect(pointsOf({ kind: 'goalposts', lower: 0, upper: 10, direction: 'cost' }, 2)).toBeCloseTo(8, 12)
    expect(pointsOf({ kind: 'goalposts', lower: 0, upper: 10, direction: 'cost' }, -5)).toBe(10)
  })
  it('bands with explicit inclusive edges: actual ÷ plan ≥ 100% → 3, [80,100) → 2, [60,80) → 1, else 0', () => {
    const rule: LeafRule = {
      kind: 'bands',
      bands: [
        { min: 1, minInclusive: true, points: 3 },
        { min: 0.8, minInclusive: true, max: 1, maxInclusive: false, points: 2 },
        { min: 0.6, minInclusive: true, max: 0.8, maxInclusive: false, points: 1 },
      ],
      otherwise: 0,
    }
    const p = (x: number) => pointsOf(rule, x, 3)
    expect([p(1), p(1.5), p(0.99999), p(0.8), p(0.79999), p(0.6), p(0.59), p(-1)]).toEqual([3, 3, 2, 2, 1, 1, 0, 0])
    // Exclusive lower edge.
    const excl: LeafRule = { kind: 'bands', bands: [{ min: 5, minInclusive: false, points: 1 }], otherwise: 0 }
    expect([pointsOf(excl, 5, 1), pointsOf(excl, 5.01, 1)]).toEqual([0, 1])
  })
  it('bands scaled to a different full mark (3 → 6)', () => {
    const rule: LeafRule = { kind: 'bands', bands: [{ min: 1, minInclusive: true, points: 3 }, { min: 0.8, minInclusive: true, points: 2 }], otherwise: 0 }
    expect(pointsOf(rule, 0.9, 6)).toBeCloseTo(4, 12)
  })
  it('piecewise-linear, clamped at both ends', () => {
    const rule: LeafRule = { kind: 'piecewise', points: [[0, 0], [20, 2], [40, 3]] }
    const p = (x: number) => pointsOf(rule, x, 3)
    expect(p(-5)).toBe(0)
    expect(p(10)).toBeCloseTo(1, 12)
    expect(p(30)).toBeCloseTo(2.5, 12)
    expect(p(40)).toBe(3)
    expect(p(100)).toBe(3)
  })
  it('checklist 组合分: 0.5 + 0.5 + 1 = 2; duplicates count once', () => {
    const rule: LeafRule = {
      kind: 'checklist',
      items: [
        { id: 'a', name: L('a'), points: 0.5 },
        { id: 'b', name: L('b'), points: 0.5 },
        { id: 'c', name: L('c'), points: 1 },
      ],
    }
    expect(pointsOf(rule, ['a', 'b', 'c'], 2)).toBe(2)
    expect(pointsOf(rule, ['a', 'a', 'c'], 2)).toBe(1.5)
    expect(pointsOf(rule, [], 2)).toBe(0)
    expect(codeOf(() => pointsOf(rule, ['zzz'], 2))).toBe('EVAL_DATA_INVALID')
  })
  it('degree 程度分: full / partial / none', () => {
    const rule: LeafRule = { kind: 'degree', full: 4, partial: 2 }
    expect([pointsOf(rule, 'full', 4), pointsOf(rule, 'partial', 4), pointsOf(rule, 'none', 4)]).toEqual([4, 2, 0])
    expect(codeOf(() => pointsOf(rule, 'some', 4))).toBe('EVAL_DATA_INVALID')
  })
  it('deduction 扣分制: per defect, own points, floor, reasons and evidence', () => {
    const rule: LeafRule = { kind: 'deduction', start: 5, perDefect: 0.5, floor: 1 }
    expect(pointsOf(rule, 0, 5)).toBe(5)
    expect(pointsOf(rule, 3, 5)).toBe(3.5)
    expect(pointsOf(rule, 100, 5)).toBe(1)
    const r = oneDim([leaf('x', rule, { fullMark: 5 })])
    const sheet = scoreRubric(r, {
      x: { defects: [{ reason: '地面污渍', count: 2, evidence: 'IMG_1' }, { reason: '安全隐患', points: 2 }] },
    })
    const node = sheet.nodes.find((n) => n.id === 'x')!
    expect(node.points).toBe(2)
    expect(node.deductions).toEqual([
      { reason: '地面污渍', points: 1, evidence: 'IMG_1' },
      { reason: '安全隐患', points: 2 },
    ])
  })
  it('bonus 加分项: per item, capped', () => {
    const rule: LeafRule = { kind: 'bonus', perItem: 0.5, cap: 3 }
    expect([pointsOf(rule, 0, 3), pointsOf(rule, 3, 3), pointsOf(rule, 10, 3)]).toEqual([0, 1.5, 3])
    expect(codeOf(() => pointsOf(rule, -1, 3))).toBe('EVAL_DATA_INVALID')
  })
  it('boolean, also inverted', () => {
    expect([pointsOf({ kind: 'boolean', points: 2 }, true, 2), pointsOf({ kind: 'boolean', points: 2 }, false, 2)]).toEqual([2, 0])
    expect(pointsOf({ kind: 'boolean', points: 2, invert: true }, false, 2)).toBe(2)
    expect(codeOf(() => pointsOf({ kind: 'boolean', points: 2 }, 1, 2))).toBe('EVAL_DATA_INVALID')
  })
  it('rejects NaN, Infinity and wrong types with EVAL_DATA_INVALID', () => {
    const rule: LeafRule = { kind: 'benefit', target: 1 }
    for (const v of [Number.NaN, Infinity, -Infinity, 'x', true, ['a'], { defects: [] }]) {
      expect(codeOf(() => pointsOf(rule, v as never))).toBe('EVAL_DATA_INVALID')
    }
  })
})

describe('extra (加分项) nodes', () => {
  it('add on top and the parent is capped at its full mark', () => {
    const r = oneDim([
      leaf('a', { kind: 'benefit', target: 1 }, { fullMark: 10 }),
      leaf('bonus', { kind: 'bonus', perItem: 1, cap: 3 }, { fullMark: 3 }, { extra: true }),
    ])
    expect(scoreRubric(r, { a: 0.5, bonus: 2 }).total).toBe(7)
    expect(scoreRubric(r, { a: 0.9, bonus: 3 }).total).toBe(10)
  })
})

describe('spreadsheet rounding', () => {
  // Three indicators weighted equally in a 10-point dimension: each is worth 3.333… points.
  const rubric = (at: 'each-level' | 'end'): Rubric => ({
    id: 'sheet',
    version: '1',
    name: L('表'),
    fullMark: 10,
    missing: { policy: 'zero' },
    rounding: { mode: 'half-up', decimals: 2, at },
    grades: GRADE_SCHEMES.excellentGoodPassFail,
    children: [
      {
        id: 'd',
        name: L('d'),
        fullMark: 10,
        children: ['a', 'b', 'c'].map((id) => ({ id, name: L(id), weight: 1, rule: { kind: 'benefit', target: 1 } as const })),
      },
    ],
  })
  it('rounds every level half up (1.6666… → 1.67, total 5.01), as a hand-filled 评分表 does', () => {
    const s = scoreRubric(rubric('each-level'), { a: 0.5, b: 0.5, c: 0.5 })
    expect(s.nodes.filter((n) => n.leaf).map((n) => n.points)).toEqual([1.67, 1.67, 1.67])
    expect(s.total).toBe(5.01)
  })
  it('or only at the end (total 5.00)', () => {
    const s = scoreRubric(rubric('end'), { a: 0.5, b: 0.5, c: 0.5 })
    expect(s.total).toBe(5)
    expect(s.nodes[1]!.points).toBeCloseTo(5 / 3, 12)
  })
  it('roundScore: decimal-faithful half up and the other modes', () => {
    expect(roundScore(1.005, 'half-up', 2)).toBe(1.01)
    expect(roundScore(2.675, 'half-up', 2)).toBe(2.68)
    expect(roundScore(-2.5, 'half-up', 0)).toBe(-3)
    expect(roundScore(2.5, 'half-even', 0)).toBe(2)
    expect(roundScore(3.5, 'half-even', 0)).toBe(4)
    expect(roundScore(1.239, 'floor', 2)).toBe(1.23)
    expect(roundScore(1.231, 'ceil', 2)).toBe(1.24)
    expect(roundScore(1.2, 'ceil', 2)).toBe(1.2)
    expect(roundScore(0.7 * 100, 'floor', 0)).toBe(70)
    expect(roundScore(1.23456, 'none', 2)).toBe(1.23456)
    expect(roundScore(-0.001, 'half-up', 0)).toBe(0)
    expect(Object.is(roundScore(-0.001, 'half-up', 0), -0)).toBe(false)
    expect(codeOf(() => roundScore(Number.NaN, 'half-up', 2))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => roundScore(1, 'up' as never, 2))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => roundScore(1, 'half-up', 7))).toBe('EVAL_ARGUMENT_INVALID')
  })
})

describe('missing data', () => {
  const base = (policy: Rubric['missing'], more: Partial<Rubric> = {}): Rubric =>
    oneDim(
      [
        leaf('a', { kind: 'benefit', target: 1 }, { fullMark: 6 }),
        leaf('b', { kind: 'benefit', target: 1 }, { fullMark: 4 }),
      ],
      { missing: policy, ...more },
    )
  it('zero: no evidence, no points', () => {
    const s = scoreRubric(base({ policy: 'zero' }), { a: 1 })
    expect(s.total).toBe(6)
    expect(s.nodes.find((n) => n.id === 'b')!.missing).toBe('zero')
  })
  it('renormalise: the present sibling takes the whole parent', () => {
    const s = scoreRubric(base({ policy: 'renormalise' }), { a: 0.5 })
    expect(s.total).toBe(5)
    const a = s.nodes.find((n) => n.id === 'a')!
    expect(a.fullMark).toBe(6)
    expect(s.nodes.find((n) => n.id === 'd')!.points).toBe(5) // 3 of the 6 present points, × 10 ÷ 6
    expect(s.nodes.find((n) => n.id === 'b')!.missing).toBe('renormalise')
    expect(s.nodes.find((n) => n.id === 'b')!.normalised).toBeNull()
  })
  it('impute: the given value is scored', () => {
    const s = scoreRubric(base({ policy: 'impute', value: 0.5 }), { a: 1 })
    expect(s.total).toBe(8)
    expect(s.nodes.find((n) => n.id === 'b')!.missing).toBe('impute')
  })
  it('impute null scores zero', () => {
    expect(scoreRubric(base({ policy: 'impute', value: null }), { a: 1 }).total).toBe(6)
  })
  it('insufficient below the availability threshold, at the root', () => {
    const s = scoreRubric(base({ policy: 'renormalise' }, { minAvailability: 0.7 }), { a: 1 })
    expect(s.status).toBe('insufficient')
    expect(s.grade).toBeNull()
    expect(scoreRubric(base({ policy: 'renormalise' }, { minAvailability: 0.6 }), { a: 1 }).status).toBe('rated')
  })
  it('insufficient inner node, then its own policy (renormalise among dimensions)', () => {
    const r: Rubric = {
      ...oneDim([]),
      fullMark: 20,
      grades: { ...GRADE_SCHEMES.excellentGoodPassFail, scale: 20 },
      missing: { policy: 'renormalise' },
      children: [
        { id: 'd1', name: L('d1'), fullMark: 10, children: [leaf('x', { kind: 'benefit', target: 1 }, { fullMark: 10 })] },
        {
          id: 'd2',
          name: L('d2'),
          fullMark: 10,
          minAvailability: 0.5,
          children: [leaf('y', { kind: 'benefit', target: 1 }, { fullMark: 3 }), leaf('z', { kind: 'benefit', target: 1 }, { fullMark: 7 })],
        },
      ],
    }
    const s = scoreRubric(r, { x: 0.5, y: 1 })
    expect(s.nodes.find((n) => n.id === 'd2')!.missing).toBe('insufficient')
    expect(s.total).toBe(10) // d1 takes the whole 20 points
    // d2 with zero policy scores 0 instead.
    const r2: Rubric = { ...r, children: [r.children[0]!, { ...r.children[1]!, missing: { policy: 'zero' } }] }
    expect(scoreRubric(r2, { x: 0.5, y: 1 }).total).toBe(5)
    const r3: Rubric = { ...r, children: [r.children[0]!, { ...r.children[1]!, missing: { policy: 'impute', value: 0.5 } }] }
    expect(scoreRubric(r3, { x: 0.5, y: 1 }).total).toBe(10)
  })
  it('reads { value, evidence } entries and ignores prototype keys', () => {
    const r = base({ policy: 'zero' })
    const s = scoreRubric(r, { a: { value: 1, evidence: ['台账 p.3'] } })
    expect(s.nodes.find((n) => n.id === 'a')!.evidence).toEqual(['台账 p.3'])
    expect(scoreRubric(r, JSON.parse('{"__proto__": {"a": 1}}')).total).toBe(0)
    expect(codeOf(() => scoreRubric(r, { a: { value: 1, evidence: [1] } as never }))).toBe('EVAL_DATA_INVALID')
  })
})

describe('gates, vetoes, caps, grades', () => {
  const r: Rubric = oneDim([leaf('a', { kind: 'benefit', target: 1 }, { fullMark: 100 })], {
    grades: GRADE_SCHEMES.excellentGoodPassFail,
    gates: [{ id: 'g', name: L('参评'), require: { not: { ref: 'eligible', op: '==', value: false } } }],
    vetoes: [{ id: 'v', name: L('否决'), when: { any: [{ ref: 'misuse', op: '==', value: true }, { ref: 'accidents', op: '>', value: 0 }] }, grade: 'fail' }],
    caps: [{ id: 'c', name: L('封顶'), when: { not: { ref: 'led', op: '==', value: true } }, maxGrade: 'pass' }],
  })
  it('grades from the score with rounding first (89.5 → 90 优秀)', () => {
    expect(scoreRubric(r, { a: 0.895, led: true }).grade).toBe('excellent')
    expect(scoreRubric(r, { a: 0.894, led: true }).grade).toBe('good')
    expect(scoreRubric(r, { a: 0.5, led: true }).grade).toBe('fail')
  })
  it('a fired veto forces its grade whatever the score', () => {
    const s = scoreRubric(r, { a: 1, led: true, misuse: true })
    expect(s.total).toBe(100)
    expect(s.scoreGrade).toBe('excellent')
    expect(s.grade).toBe('fail')
    expect(s.vetoes).toEqual(['v'])
    expect(scoreRubric(r, { a: 1, led: true, accidents: 2 }).grade).toBe('fail')
  })
  it('a cap lowers the grade to at most its grade, never raises it', () => {
    expect(scoreRubric(r, { a: 1 }).grade).toBe('pass')
    expect(scoreRubric(r, { a: 1 }).caps).toEqual(['c'])
    expect(scoreRubric(r, { a: 0.3 }).grade).toBe('fail')
  })
  it('a failed gate makes the subject not rated', () => {
    const s = scoreRubric(r, { a: 1, led: true, eligible: false, misuse: true })
    expect(s.status).toBe('not-rated')
    expect(s.grade).toBeNull()
    expect(s.gatesFailed).toEqual(['g'])
  })
  it('conditions on node points', () => {
    const r2: Rubric = { ...r, gates: [], caps: [{ id: 'low', name: L('低'), when: { node: 'd', op: '<', value: 95 }, maxGrade: 'good' }] }
    expect(scoreRubric(r2, { a: 0.94 }).grade).toBe('good')
    expect(scoreRubric(r2, { a: 0.96 }).grade).toBe('excellent')
  })
  it('5A–1A schemes: 100 points (辰溪) and 1,000 points (洛阳, 安庆)', () => {
    const at = (scheme: Rubric['grades'], x: number) => scoreRubric(oneDim([leaf('a', { kind: 'benefit', target: 1 }, { fullMark: 100 })], { grades: scheme }), { a: x / 100 }).grade
    expect([at(GRADE_SCHEMES.socialOrg100, 90), at(GRADE_SCHEMES.socialOrg100, 89.4), at(GRADE_SCHEMES.socialOrg100, 50), at(GRADE_SCHEMES.socialOrg100, 49)]).toEqual(['5A', '4A', '1A', null])
    // 1,000-point schemes rescale the 100-point total.
    expect([at(GRADE_SCHEMES.socialOrg1000Luoyang, 90), at(GRADE_SCHEMES.socialOrg1000Luoyang, 89.99), at(GRADE_SCHEMES.socialOrg1000Luoyang, 10)]).toEqual(['5A', '5A', '1A'])
    expect([at(GRADE_SCHEMES.socialOrg1000Anqing, 95), at(GRADE_SCHEMES.socialOrg1000Anqing, 95.1), at(GRADE_SCHEMES.socialOrg1000Anqing, 95.01), at(GRADE_SCHEMES.socialOrg1000Anqing, 80)]).toEqual(['4A', '5A', '4A', null])
    expect(at(GRADE_SCHEMES.fourLevel, 76.5)).toBe('zhong')
    expect(at(passFailScheme(60), 60)).toBe('pass')
  })
})

describe('weights and full marks', () => {
  const byWeight: Rubric = {
    ...oneDim([]),
    fullMark: 100,
    grades: GRADE_SCHEMES.excellentGoodPassFail,
    children: [
      { id: 'd1', name: L('d1'), weight: 3, children: [leaf('a', { kind: 'benefit', target: 1 }, { weight: 1 }), leaf('b', { kind: 'benefit', target: 1 }, { weight: 3 })] },
      { id: 'd2', name: L('d2'), weight: 1, children: [leaf('c', { kind: 'degree', full: 2, partial: 1 }, { fullMark: 2 })] },
    ],
  }
  it('weights convert to full marks (满分) and back without changing scores', () => {
    const fm = rubricToFullMarks(byWeight)
    expect(fm.children.map((d) => d.fullMark)).toEqual([75, 25])
    expect(fm.children[0]!.children!.map((n) => n.fullMark)).toEqual([18.75, 56.25])
    const w = rubricToWeights(fm)
    expect(w.children.map((d) => d.weight)).toEqual([0.75, 0.25])
    const data = { a: 0.3, b: 0.8, c: 'partial' }
    const t = scoreRubric(byWeight, data).total
    expect(scoreRubric(fm, data).total).toBeCloseTo(t, 9)
    expect(scoreRubric(w, data).total).toBeCloseTo(t, 9)
    // Full marks under a weighted parent are scaled: c is 2 points of 2 → the whole 25.
    expect(scoreRubric(byWeight, { c: 'full' }).total).toBe(25)
  })
  it('extra nodes keep their full mark when converted', () => {
    const r = oneDim([leaf('a', { kind: 'benefit', target: 1 }, { fullMark: 10 }), leaf('x', { kind: 'bonus', perItem: 1, cap: 2 }, { fullMark: 2 }, { extra: true })])
    expect(rubricToWeights(r).children[0]!.children!.map((n) => [n.weight, n.fullMark])).toEqual([[1, undefined], [undefined, 2]])
  })
})

describe('invalid rubrics', () => {
  const ok = oneDim([leaf('a', { kind: 'benefit', target: 1 }, { fullMark: 10 })])
  const bad = (patch: (r: Rubric) => unknown) => codeOf(() => scoreRubric(patch(structuredClone<Rubric>(ok)) as Rubric, {}))
  it.each([
    ['duplicate ids', (r: Rubric) => ({ ...r, children: [r.children[0], { ...r.children[0] }] })],
    ['sum mismatch', (r: Rubric) => ({ ...r, fullMark: 11 })],
    ['weight and fullMark', (r: any): unknown => ((r.children[0].weight = 1), r)],
    ['neither', (r: any): unknown => (delete r.children[0].fullMark, r)],
    ['rule and children', (r: any): unknown => ((r.children[0].rule = { kind: 'boolean', points: 1 }), r)],
    ['empty children', (r: any): unknown => ((r.children[0].children = []), r)],
    ['unknown rule', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'magic' }), r)],
    ['bad benefit', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'benefit', target: 0 }), r)],
    ['NaN', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'benefit', target: Number.NaN }), r)],
    ['cost order', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'cost', best: 2, worst: 1 }), r)],
    ['target tol', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'target', target: 1, tolerance: 0 }), r)],
    ['interval order', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'interval', low: 2, high: 1, tolerance: 1 }), r)],
    ['goalposts', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'goalposts', lower: 1, upper: 1, direction: 'benefit' }), r)],
    ['goalposts dir', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'goalposts', lower: 0, upper: 1, direction: 'up' }), r)],
    ['bands zero', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'bands', bands: [], otherwise: 0 }), r)],
    ['band order', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'bands', bands: [{ min: 2, max: 1, points: 1 }], otherwise: 0 }), r)],
    ['band incl', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'bands', bands: [{ min: 0, minInclusive: 'yes', points: 1 }], otherwise: 0 }), r)],
    ['piecewise x', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'piecewise', points: [[1, 0], [1, 1]] }), r)],
    ['piecewise short', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'piecewise', points: [[1, 1]] }), r)],
    ['piecewise zero', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'piecewise', points: [[0, 0], [1, 0]] }), r)],
    ['piecewise shape', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'piecewise', points: [[0, 0, 1], [1, 0]] }), r)],
    ['checklist dup', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'checklist', items: [{ id: 'a', name: L('a'), points: 1 }, { id: 'a', name: L('a'), points: 1 }] }), r)],
    ['checklist zero', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'checklist', items: [{ id: 'a', name: L('a'), points: 0 }] }), r)],
    ['degree', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'degree', full: 1, partial: 2 }), r)],
    ['deduction', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'deduction', start: 1, perDefect: 1, floor: 2 }), r)],
    ['bonus', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'bonus', perItem: 1, cap: 0 }), r)],
    ['boolean', (r: any): unknown => ((r.children[0].children[0].rule = { kind: 'boolean', points: 1, invert: 1 }), r)],
    ['missing policy', (r: any): unknown => ((r.missing = { policy: 'guess' }), r)],
    ['impute without value', (r: any): unknown => ((r.missing = { policy: 'impute' }), r)],
    ['inner impute', (r: any): unknown => ((r.children[0].missing = { policy: 'impute', value: 'x' }), r)],
    ['availability', (r: any): unknown => ((r.children[0].minAvailability = 2), r)],
    ['root availability', (r: any): unknown => ((r.minAvailability = 2), r)],
    ['rounding', (r: any): unknown => ((r.rounding = { mode: 'half-up', decimals: 9, at: 'end' }), r)],
    ['rounding at', (r: any): unknown => ((r.rounding = { mode: 'half-up', decimals: 2, at: 'sometimes' }), r)],
    ['grades order', (r: any): unknown => ((r.grades = { ...r.grades, bands: [{ id: 'a', name: L('a'), min: 1, inclusive: true }, { id: 'b', name: L('b'), min: 2, inclusive: true }] }), r)],
    ['grades dup', (r: any): unknown => ((r.grades = { ...r.grades, below: { id: 'good', name: L('x') } }), r)],
    ['veto grade', (r: any): unknown => ((r.vetoes = [{ id: 'v', name: L('v'), when: { ref: 'x', op: '==', value: true }, grade: 'nope' }]), r)],
    ['cap grade', (r: any): unknown => ((r.caps = [{ id: 'v', name: L('v'), when: { ref: 'x', op: '==', value: true }, maxGrade: 'nope' }]), r)],
    ['condition op', (r: any): unknown => ((r.gates = [{ id: 'g', name: L('g'), require: { ref: 'x', op: '~', value: 1 } }]), r)],
    ['condition string <', (r: any): unknown => ((r.gates = [{ id: 'g', name: L('g'), require: { ref: 'x', op: '<', value: 'a' } }]), r)],
    ['condition node', (r: any): unknown => ((r.gates = [{ id: 'g', name: L('g'), require: { node: 'nope', op: '<', value: 1 } }]), r)],
    ['condition dup id', (r: any): unknown => ((r.gates = [{ id: 'g', name: L('g'), require: { ref: 'x', op: '<', value: 1 } }, { id: 'g', name: L('g'), require: { ref: 'x', op: '<', value: 1 } }]), r)],
    ['extra without fullMark', (r: any): unknown => ((r.children[0].children.push({ id: 'e', name: L('e'), weight: 1, extra: true, rule: { kind: 'boolean', points: 1 } })), r)],
    ['only extra', (r: any): unknown => ((r.children[0].children[0].extra = true), r)],
    ['mixed siblings', (r: any): unknown => ((r.children[0].children.push({ id: 'w', name: L('w'), weight: 1, rule: { kind: 'boolean', points: 1 } })), r)],
    ['zero weights', (r: any): unknown => ((r.children[0].children[0] = { ...r.children[0].children[0], fullMark: undefined, weight: 0 }), r)],
    ['no name', (r: any): unknown => (delete r.name, r)],
    ['no dims', (r: any): unknown => ((r.children = []), r)],
  ])('%s → EVAL_RUBRIC_INVALID', (_name, patch) => {
    expect(bad(patch)).toBe('EVAL_RUBRIC_INVALID')
  })
  it('a cycle or a too-deep tree is rejected, not a stack overflow', () => {
    const r: any = structuredClone(ok)
    r.children[0].children[0] = { id: 'loop', name: L('loop'), fullMark: 10, children: [] }
    r.children[0].children[0].children.push(r.children[0])
    expect(codeOf(() => scoreRubric(r, {}))).toBe('EVAL_RUBRIC_INVALID')
  })
  it('throwing getters become TongxinError', () => {
    const r: any = structuredClone(ok)
    Object.defineProperty(r, 'children', { get: () => { throw new Error('boom') } })
    expect(codeOf(() => scoreRubric(r, {}))).toBe('EVAL_RUBRIC_INVALID')
  })
})

describe('scoreSubjects', () => {
  const r = oneDim([leaf('a', { kind: 'benefit', target: 1 }, { fullMark: 10 })])
  it('keeps input order and rejects duplicates, naming the subject on bad data', () => {
    const out = scoreSubjects(r, [{ id: 'y', data: { a: 1 } }, { id: 'x', data: { a: 0.2 } }]).toArray()
    expect(out.map((s) => [s.id, s.sheet.total])).toEqual([['y', 10], ['x', 2]])
    expect(codeOf(() => scoreSubjects(r, [{ id: 'y', data: {} }, { id: 'y', data: {} }]))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => scoreSubjects(r, 'x' as never))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => scoreSubjects(r, [{ id: 1 } as never]))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => scoreSubjects(r, [{ id: 'z', data: 3 } as never]))).toBe('EVAL_DATA_INVALID')
    try {
      scoreSubjects(r, [{ id: 'z', data: { a: 'x' } }])
    } catch (e) {
      expect((e as TongxinError).params.indicator).toBe('z/a')
    }
  })
  it('sheets are frozen and echo the rubric version', () => {
    const s = scoreRubric(r, { a: 1 })
    expect(Object.isFrozen(s)).toBe(true)
    expect(Object.isFrozen(s.nodes[0])).toBe(true)
    expect(s.rubricVersion).toBe('1')
  })
})

describe('condition operators', () => {
  const r = (op: '<' | '<=' | '>' | '>=' | '==' | '!=', value: number | string | boolean): Rubric =>
    oneDim([leaf('a', { kind: 'benefit', target: 1 }, { fullMark: 100 })], {
      grades: GRADE_SCHEMES.excellentGoodPassFail,
      vetoes: [{ id: 'v', name: L('v'), when: { ref: 'x', op, value }, grade: 'fail' }],
    })
  const fires = (op: '<' | '<=' | '>' | '>=' | '==' | '!=', value: number | string | boolean, x: unknown) =>
    scoreRubric(r(op, value), { a: 1, x: x as never }).vetoes.length === 1
  it('compares numbers, strings and booleans; missing or mismatched values never hold', () => {
    expect([fires('<', 2, 1), fires('<', 2, 2), fires('<=', 2, 2), fires('>', 2, 3), fires('>=', 2, 2), fires('>=', 2, 1)]).toEqual([true, false, true, true, true, false])
    expect([fires('==', 'x', 'x'), fires('!=', 'x', 'y'), fires('!=', 'x', 'x'), fires('==', true, true)]).toEqual([true, true, false, true])
    expect([fires('!=', 1, undefined), fires('!=', 1, 'a'), fires('<', 1, Number.NaN)]).toEqual([false, false, false])
    expect(fires('==', 1, { value: 1, evidence: ['e'] })).toBe(true)
    const all = oneDim([leaf('a', { kind: 'benefit', target: 1 }, { fullMark: 100 })], {
      grades: GRADE_SCHEMES.excellentGoodPassFail,
      vetoes: [{ id: 'v', name: L('v'), when: { all: [{ ref: 'x', op: '>', value: 0 }, { any: [{ ref: 'y', op: '==', value: true }, { node: 'a', op: '<', value: 50 }] }] }, grade: 'fail' }],
    })
    expect(scoreRubric(all, { a: 1, x: 1, y: true }).grade).toBe('fail')
    expect(scoreRubric(all, { a: 1, x: 1, y: false }).grade).toBe('excellent')
    expect(scoreRubric(all, { a: 0.4, x: 1 }).grade).toBe('fail')
    expect(scoreRubric(all, { a: 0.4, x: 0 }).grade).toBe('fail')
  })
})

describe('scoreSubjects batch API', () => {
  const r = oneDim([
    leaf('a', { kind: 'benefit', target: 1 }, { fullMark: 10 }),
    leaf('b', { kind: 'boolean', points: 2 }, { fullMark: 5 }),
    leaf('c', { kind: 'degree', full: 2, partial: 1 }, { fullMark: 5 }),
  ])
  const subjects = [
    { id: 'p', data: { a: 0.5, b: true, c: 'partial' } },
    { id: 'q', data: { a: { value: 1, evidence: ['doc'] }, b: false } },
  ]
  const batch = scoreSubjects(r, subjects)

  it('indexes, iterates and materialises sheets once', () => {
    expect(batch.length).toBe(2)
    expect(batch.ids).toEqual(['p', 'q'])
    expect(batch.rubricId).toBe('t')
    expect(batch.rubricVersion).toBe('1')
    expect(batch.nodeIds).toEqual(['d', 'a', 'b', 'c'])
    expect(batch.leafIds).toEqual(['a', 'b', 'c'])
    expect(batch.indexOf('q')).toBe(1)
    expect(batch.indexOf('zz')).toBe(-1)
    expect(batch.sheet(1)).toBe(batch.sheet(1))
    expect(batch.subject(0).sheet).toBe(batch.sheet(0))
    expect(batch.toArray()).toBe(batch.toArray())
    expect([...batch].map((s) => s.id)).toEqual(['p', 'q'])
    expect(batch.sheet(0).nodes).toBe(batch.sheet(0).nodes)
    expect(Object.isFrozen(batch)).toBe(true)
    expect(Object.isFrozen(batch.sheet(0))).toBe(true)
    expect(batch.sheet(0).nodes.map((n) => n.raw)).toEqual([null, 0.5, true, 'partial'])
    expect(batch.sheet(1).nodes.map((n) => n.raw)).toEqual([null, 1, false, null])
    expect(batch.sheet(1).nodes[1]!.evidence).toEqual(['doc'])
    expect(JSON.parse(JSON.stringify(batch.sheet(1)))).toEqual(JSON.parse(JSON.stringify(scoreRubric(r, subjects[1]!.data))))
    expect(JSON.stringify(batch)).toBe(JSON.stringify(subjects.map((s) => ({ id: s.id, sheet: scoreRubric(r, s.data) }))))
  })

  it('reads totals, grades, columns and matrices as fresh copies', () => {
    const t = batch.totals()
    expect(Array.from(t)).toEqual([12.5, 10])
    t[0] = 99
    expect(batch.totals()[0]).toBe(12.5)
    expect(batch.grades()).toEqual([batch.sheet(0).grade, batch.sheet(1).grade])
    expect(Array.from(batch.column('a'))).toEqual([5, 10])
    expect(Array.from(batch.column('a', 'raw'))).toEqual([0.5, 1])
    expect(Array.from(batch.column('c', 'normalised'))).toEqual([0.5, 0])
    expect(Number.isNaN(batch.column('c', 'raw')[1])).toBe(true)
    const m = batch.matrix()
    expect(m).toMatchObject({ rows: 2, columns: 3, rowIds: ['p', 'q'], columnIds: ['a', 'b', 'c'] })
    expect(Array.from(m.values)).toEqual([5, 5, 2.5, 10, 0, 0])
    const raw = batch.matrix({ nodes: ['c', 'a'], field: 'raw', fill: -1 })
    expect(Array.from(raw.values)).toEqual([-1, 0.5, -1, 1])
    expect(Array.from(batch.matrix({ nodes: ['d'], field: 'normalised' }).values)).toEqual([0.625, 0.5])
  })

  it('rejects bad indices, nodes, fields and options', () => {
    expect(codeOf(() => batch.sheet(2))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => batch.subject(-1))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => batch.sheet(0.5))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => batch.sheet('0' as never))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => batch.column('zz'))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => batch.column('a', 'x' as never))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => batch.matrix(3 as never))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => batch.matrix({ nodes: [] }))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => batch.matrix({ nodes: ['a', 'zz'] }))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => batch.matrix({ fill: Number.NaN }))).toBe('EVAL_ARGUMENT_INVALID')
    expect(codeOf(() => batch.matrix({ field: 'x' as never }))).toBe('EVAL_ARGUMENT_INVALID')
  })

  it('reads own properties only, also for keys Object.prototype has, and for other prototypes', () => {
    const r2 = oneDim([leaf('toString', { kind: 'benefit', target: 1 }, { fullMark: 10 }), leaf('x', { kind: 'benefit', target: 1 }, { fullMark: 10 })])
    const inherited = Object.create({ x: 1 }) as Record<string, unknown>
    const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { x: 0.5, toString: 1 })
    const b = scoreSubjects(r2, [{ id: 'a', data: {} }, { id: 'b', data: inherited as never }, { id: 'c', data: nullProto as never }, { id: 'd', data: { toString: 0.2 } }])
    expect(Array.from(b.totals())).toEqual([0, 0, 15, 2])
  })

  it('an empty batch is fine', () => {
    const b = scoreSubjects(r, [])
    expect(b.length).toBe(0)
    expect(b.toArray()).toEqual([])
    expect(b.matrix()).toMatchObject({ rows: 0, columns: 3 })
  })
})
