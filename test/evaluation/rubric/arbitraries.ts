import fc from 'fast-check'
import { GRADE_SCHEMES } from '../../../src/evaluation/rubric/gradeSchemes'
import type { IndicatorValue, LeafRule, MissingPolicy, Rubric, RubricNode } from '../../../src/evaluation/rubric/types'

const d = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
const L = (s: string) => ({ 'zh-CN': s, en: s })

export const arbRule: fc.Arbitrary<LeafRule> = fc.oneof(
  d(0.1, 100).map((target) => ({ kind: 'benefit' as const, target })),
  fc.tuple(d(-50, 50), d(0.1, 50)).map(([best, w]) => ({ kind: 'cost' as const, best, worst: best + w })),
  fc.tuple(d(-50, 50), d(0.1, 50)).map(([target, tolerance]) => ({ kind: 'target' as const, target, tolerance })),
  fc.tuple(d(-50, 50), d(0, 20), d(0.1, 20)).map(([low, w, tolerance]) => ({ kind: 'interval' as const, low, high: low + w, tolerance })),
  fc.tuple(d(-50, 50), d(0.1, 50), fc.constantFrom('benefit' as const, 'cost' as const)).map(([lower, w, direction]) => ({ kind: 'goalposts' as const, lower, upper: lower + w, direction })),
  fc
    .tuple(fc.array(fc.tuple(d(-50, 50), d(0, 10), fc.boolean()), { minLength: 1, maxLength: 4 }), d(0, 2))
    .map(([bs, otherwise]) => ({
      kind: 'bands' as const,
      bands: bs.map(([min, points, minInclusive], i) => ({ min, minInclusive, points: i === 0 ? points + 1 : points })),
      otherwise,
    })),
  fc
    .uniqueArray(fc.integer({ min: -500, max: 500 }).map((x) => x / 10), { minLength: 2, maxLength: 5 })
    .chain((xs) => fc.tuple(fc.constant([...xs].sort((a, b) => a - b)), fc.array(d(0, 10), { minLength: xs.length, maxLength: xs.length })))
    .map(([xs, ys]) => ({ kind: 'piecewise' as const, points: xs.map((x, i) => [x, i === xs.length - 1 ? ys[i]! + 1 : ys[i]!] as const) })),
  fc.array(d(0.5, 3), { minLength: 1, maxLength: 4 }).map((ps) => ({ kind: 'checklist' as const, items: ps.map((points, i) => ({ id: `i${i}`, name: L(`i${i}`), points })) })),
  fc.tuple(d(0.5, 5), d(0, 1)).map(([full, f]) => ({ kind: 'degree' as const, full, partial: full * f })),
  fc.tuple(d(0.5, 10), d(0, 2), d(0, 1)).map(([start, perDefect, f]) => ({ kind: 'deduction' as const, start, perDefect, floor: start * f * 0.5 })),
  fc.tuple(d(0, 2), d(0.5, 5)).map(([perItem, cap]) => ({ kind: 'bonus' as const, perItem, cap })),
  fc.tuple(d(0.5, 5), fc.boolean()).map(([points, invert]) => ({ kind: 'boolean' as const, points, invert })),
)

/** A valid value for a rule (never missing). */
export function arbValueFor(rule: LeafRule): fc.Arbitrary<IndicatorValue> {
  switch (rule.kind) {
    case 'checklist':
      return fc.subarray(rule.items.map((i) => i.id))
    case 'degree':
      return fc.constantFrom('full', 'partial', 'none')
    case 'deduction':
    case 'bonus':
      return fc.nat({ max: 20 })
    case 'boolean':
      return fc.boolean()
    default:
      return d(-100, 200)
  }
}

interface LeafSpec { readonly kind: 'leaf'; readonly rule: LeafRule; readonly size: number; readonly missing: MissingPolicy | undefined; readonly extra: boolean }
interface GroupSpec { readonly kind: 'group'; readonly byWeight: boolean; readonly size: number; readonly minAvailability: number | undefined; readonly children: readonly (LeafSpec | GroupSpec)[]; readonly missing: MissingPolicy | undefined }

const arbMissing = fc.option(fc.constantFrom<MissingPolicy>({ policy: 'zero' }, { policy: 'renormalise' }), { nil: undefined })
const arbLeaf: fc.Arbitrary<LeafSpec> = fc.record({ kind: fc.constant('leaf' as const), rule: arbRule, size: d(0.5, 10), missing: arbMissing, extra: fc.boolean().map((b) => b && false) })
const arbLeafOrExtra: fc.Arbitrary<LeafSpec> = fc.record({ kind: fc.constant('leaf' as const), rule: arbRule, size: d(0.5, 10), missing: arbMissing, extra: fc.constantFrom(false, false, false, true) })

function arbGroup(depth: number): fc.Arbitrary<GroupSpec> {
  const child: fc.Arbitrary<LeafSpec | GroupSpec> = depth >= 3 ? arbLeafOrExtra : fc.oneof({ weight: 2, arbitrary: arbLeafOrExtra }, { weight: 1, arbitrary: arbGroup(depth + 1) })
  return fc.record({
    kind: fc.constant('group' as const),
    byWeight: fc.boolean(),
    size: d(0.5, 10),
    minAvailability: fc.option(d(0, 1), { nil: undefined }),
    children: fc.tuple(arbLeaf, fc.array(child, { maxLength: 3 })).map(([a, rest]) => [a, ...rest]),
    missing: arbMissing,
  })
}

/** A random valid rubric: dimensions by weight, sub-groups by weight or by full mark. */
export const arbRubric: fc.Arbitrary<Rubric> = fc
  .record({
    dims: fc.array(arbGroup(1), { minLength: 1, maxLength: 3 }),
    fullMark: fc.constantFrom(10, 100, 120, 1000),
    rounding: fc.record({ mode: fc.constantFrom('half-up' as const, 'half-even' as const, 'floor' as const, 'ceil' as const, 'none' as const), decimals: fc.integer({ min: 0, max: 3 }), at: fc.constantFrom('each-level' as const, 'end' as const) }),
    missing: fc.constantFrom<MissingPolicy>({ policy: 'zero' }, { policy: 'renormalise' }),
  })
  .map(({ dims, fullMark, rounding, missing }) => {
    let next = 0
    const build = (s: LeafSpec | GroupSpec, byWeight: boolean): RubricNode => {
      const id = `n${next++}`
      const size = s.kind === 'leaf' && s.extra ? { fullMark: s.size } : byWeight ? { weight: s.size } : { fullMark: s.size }
      const base = { id, name: L(id), ...size, ...(s.missing === undefined ? {} : { missing: s.missing }) }
      if (s.kind === 'leaf') return { ...base, rule: s.rule, ...(s.extra ? { extra: true } : {}) }
      const children = s.children.map((c) => build(c, s.byWeight))
      // A declared full mark over children in the full-mark form must equal their sum.
      const sized = !byWeight && !s.byWeight ? { ...base, fullMark: children.filter((c) => c.extra !== true).reduce((t, c) => t + c.fullMark!, 0) } : base
      return { ...sized, ...(s.minAvailability === undefined ? {} : { minAvailability: s.minAvailability }), children }
    }
    return {
      id: 'r',
      version: '1',
      name: L('r'),
      fullMark,
      missing,
      rounding,
      grades: { ...GRADE_SCHEMES.excellentGoodPassFail, scale: fullMark },
      children: dims.map((g) => build(g, true)),
      vetoes: [{ id: 'veto', name: L('veto'), when: { ref: 'vetoFlag', op: '==', value: true }, grade: 'fail' }],
    }
  })

/** Every leaf of a rubric. */
export function leavesOf(r: Rubric): RubricNode[] {
  const out: RubricNode[] = []
  const stack = [...r.children]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n.rule !== undefined) out.push(n)
    else stack.push(...n.children!)
  }
  return out
}

/** A rubric with random data for it (some values missing). */
export const arbRubricAndData = arbRubric.chain((r) => {
  const leaves = leavesOf(r)
  return fc.tuple(
    fc.constant(r),
    fc.tuple(...leaves.map((l) => fc.option(arbValueFor(l.rule!), { nil: null, freq: 4 }))).map((vals) => Object.fromEntries(leaves.map((l, i) => [l.id, vals[i]!]))),
  )
})
