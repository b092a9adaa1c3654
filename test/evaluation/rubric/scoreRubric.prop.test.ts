import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  GRADE_SCHEMES, combineRaters, gradeScore, parseRubric, rubricToFullMarks, rubricToJson, rubricToWeights, scoreRubric, scoreSubjects,
} from '../../../src/evaluation/rubric'
import type { GradeScheme } from '../../../src/evaluation/rubric'
import { arbRubricAndData, leavesOf } from './arbitraries'

describe('evaluation laws', () => {
  test.prop([arbRubricAndData])('scores stay within [0, full mark], at every node', ([r, data]) => {
    const s = scoreRubric(r, data)
    expect(s.total).toBeGreaterThanOrEqual(0)
    expect(s.total).toBeLessThanOrEqual(r.fullMark)
    for (const n of s.nodes) {
      expect(n.points).toBeGreaterThanOrEqual(0)
      expect(n.points).toBeLessThanOrEqual(n.fullMark + 1e-9)
      if (n.normalised !== null) {
        expect(n.normalised).toBeGreaterThanOrEqual(0)
        expect(n.normalised).toBeLessThanOrEqual(1 + 1e-9)
      }
    }
  })

  test.prop([arbRubricAndData, fc.double({ min: 0, max: 100, noNaN: true }), fc.nat()])(
    'raising a benefit leaf never lowers the total; raising a cost leaf never raises it',
    ([r, data], delta, pick) => {
      const numeric = leavesOf(r).filter((l) => {
        const k = l.rule!.kind
        return (k === 'benefit' || k === 'cost' || k === 'goalposts') && typeof data[l.id] === 'number'
      })
      if (numeric.length === 0) return
      const l = numeric[pick % numeric.length]!
      const rule = l.rule!
      const isBenefit = rule.kind === 'benefit' || (rule.kind === 'goalposts' && rule.direction === 'benefit')
      const before = scoreRubric(r, data).total
      const after = scoreRubric(r, { ...data, [l.id]: (data[l.id] as number) + delta }).total
      if (isBenefit) expect(after).toBeGreaterThanOrEqual(before)
      else expect(after).toBeLessThanOrEqual(before)
    },
  )

  test.prop([arbRubricAndData])('a fired veto dominates the score', ([r, data]) => {
    const s = scoreRubric(r, { ...data, vetoFlag: true })
    expect(s.vetoes).toEqual(['veto'])
    expect(s.grade).toBe('fail')
    const t = scoreRubric(r, { ...data, vetoFlag: false })
    expect(t.total).toBe(s.total)
    expect(t.vetoes).toEqual([])
  })

  const arbScheme: fc.Arbitrary<GradeScheme> = fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      fc.integer({ min: 0, max: 2 }),
      fc.boolean(),
    )
    .map(([mins, incl, decimals, hasBelow]): GradeScheme => {
      const { below, ...rest } = GRADE_SCHEMES.excellentGoodPassFail
      return {
        ...rest,
        ...(hasBelow && below !== undefined ? { below } : {}),
        scale: 1000,
        rounding: { mode: 'half-up' as const, decimals },
        bands: [...mins].sort((a, b) => b - a).map((min, i) => ({ id: `g${i}`, name: { 'zh-CN': `g${i}`, en: `g${i}` }, min: min / 10, inclusive: incl[i]! })),
      }
    })
  test.prop([arbScheme, fc.double({ min: -10, max: 110, noNaN: true })])('banding respects its edges', (scheme, score) => {
    const { rounded, grade } = gradeScore(scheme, score)
    const reaches = (b: GradeScheme['bands'][number]) => (b.inclusive ? rounded >= b.min : rounded > b.min)
    const idx = scheme.bands.findIndex((b) => b.id === grade)
    if (idx >= 0) {
      expect(reaches(scheme.bands[idx]!)).toBe(true)
      for (const b of scheme.bands.slice(0, idx)) expect(reaches(b)).toBe(false)
    } else {
      for (const b of scheme.bands) expect(reaches(b)).toBe(false)
      expect(grade).toBe(scheme.below?.id ?? null)
    }
  })

  test.prop([arbRubricAndData.chain(([r, d]) => fc.tuple(fc.constant(r), fc.array(fc.constant(d), { minLength: 1, maxLength: 4 }), fc.infiniteStream(fc.nat())))])(
    'permuting subjects permutes results',
    ([r, datas, stream]) => {
      const subjects = datas.map((data, i) => ({ id: `s${i}`, data: i % 2 === 0 ? data : {} }))
      const perm = [...subjects].sort(() => 0)
      const order = subjects.map((_, i) => i)
      const it = stream[Symbol.iterator]()
      for (let i = order.length - 1; i > 0; i--) {
        const j = (it.next().value as number) % (i + 1)
        ;[order[i], order[j]] = [order[j]!, order[i]!]
      }
      const shuffled = order.map((i) => perm[i]!)
      const a = new Map(scoreSubjects(r, subjects).toArray().map((s) => [s.id, s.sheet]))
      const b = scoreSubjects(r, shuffled).toArray()
      expect(b.map((s) => s.id)).toEqual(shuffled.map((s) => s.id))
      for (const s of b) expect(s.sheet).toEqual(a.get(s.id))
    },
  )

  test.prop([arbRubricAndData])('rubric JSON round trip', ([r]) => {
    expect(parseRubric(rubricToJson(r))).toEqual(JSON.parse(JSON.stringify(r)))
  })

  test.prop([arbRubricAndData])('weights ↔ full marks keep the scores (unrounded)', ([r0, data]) => {
    const r = { ...r0, rounding: { mode: 'none' as const, decimals: 0, at: 'end' as const } }
    const t = scoreRubric(r, data).total
    expect(scoreRubric(rubricToFullMarks(r), data).total).toBeCloseTo(t, 6)
    expect(scoreRubric(rubricToWeights(r), data).total).toBeCloseTo(t, 6)
  })

  test.prop([arbRubricAndData, fc.double({ min: 0.1, max: 10, noNaN: true })])('one rater, or two agreeing raters, reproduce the single sheet', ([r, data], w) => {
    const single = scoreRubric(r, data)
    const one = combineRaters(r, [{ id: 'a', role: 'self', weight: w }], [{ raterId: 'a', data }])
    expect(one.sheet.total).toBeCloseTo(single.total, 6)
    const two = combineRaters(r, [{ id: 'a', role: 'self', weight: w }, { id: 'b', role: 'third-party', weight: 1 }], [{ raterId: 'b', data }, { raterId: 'a', data }])
    expect(two.sheet.total).toBeCloseTo(single.total, 6)
    expect(two.flagged).toBe(false)
  })
})
