import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { TongxinError } from '../../src/errors/TongxinError'
import {
  GRADE_SCHEMES, combineRaters, gradeScore, parseRubric, passFailScheme, roundScore, rubricJsonSchema, rubricToFullMarks, rubricToJson, rubricToWeights,
  safeParseRubric, scoreRubric, scoreSubjects,
} from '../../src/evaluation/rubric'
import {
  communityFacts, demonstrationVerdict, eightSRubric, presetRubric, presetRubricJson, socialOrganizationRubric, streetStationRubric,
} from '../../src/evaluation/presets'
import { smallDistrict } from '../evaluation/presets/fixture'
import { onlyTongxin } from './hostile'

/** Only TongxinError may escape. */
const hostileNumber = fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, -1, 2 ** 53 + 2)
const anything = fc.oneof(
  fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  hostileNumber,
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}')),
)

function cyclic(): Record<string, unknown> {
  const o: Record<string, unknown> = { id: 'x', name: { 'zh-CN': 'x', en: 'x' }, fullMark: 1 }
  o.children = [o]
  return o
}
const throwing = new Proxy({}, { get: () => { throw new Error('boom') }, ownKeys: () => { throw new Error('boom') }, has: () => { throw new Error('boom') } })

/** A valid rubric with one hostile spot. */
const mutatedRubric = fc.tuple(fc.constantFrom(...['street-station', 'demonstration-community', '8s-vaccination-clinic'] as const), fc.array(fc.tuple(fc.nat(), anything), { maxLength: 3 })).map(([id, edits]): unknown => {
  const r = JSON.parse(presetRubricJson(id))
  for (const [n, v] of edits) {
    // Walk down n steps of the tree and replace a property.
    let node: any = r
    let k = n
    while (k > 0 && Array.isArray(node.children) && node.children.length > 0) {
      // An earlier edit may have put anything in a children list: only walk into objects.
      const next: unknown = node.children[k % node.children.length]
      if (typeof next !== 'object' || next === null) break
      node = next
      k = Math.floor(k / 3)
    }
    const keys = ['rule', 'fullMark', 'weight', 'missing', 'children', 'id', 'minAvailability', 'extra', 'name', 'grades', 'rounding', 'vetoes']
    node[keys[n % keys.length]!] = v
  }
  return r
})

describe('fuzz: evaluation rubric and presets', () => {
  const rubric = streetStationRubric()

  test.prop([anything, anything])('scoreRubric / scoreSubjects / combineRaters', (a, b) => {
    onlyTongxin(() => scoreRubric(a as never, b as never))
    onlyTongxin(() => scoreRubric(rubric, a as never))
    onlyTongxin(() => scoreRubric(rubric, { servedRatio: a, sixHas: b, accounts: a, reports: b }))
    onlyTongxin(() => scoreSubjects(rubric, a as never))
    onlyTongxin(() => scoreSubjects(rubric, [{ id: 's', data: a }] as never))
    onlyTongxin(() => combineRaters(rubric, a as never, b as never))
    onlyTongxin(() => combineRaters(rubric, [{ id: 'r', role: 'self', weight: 1, scope: a }] as never, [{ raterId: 'r', data: b }] as never, a as never))
  })

  test.prop([anything, anything])('scoreSubjects batch: sheet, subject, column, matrix with hostile arguments', (a, b) => {
    const batch = scoreSubjects(rubric, [{ id: 's', data: { servedRatio: 0.5 } }, { id: 't', data: { servedRatio: a } as never }].slice(0, typeof a === 'number' && Number.isFinite(a) ? 2 : 1))
    onlyTongxin(() => batch.sheet(a as never))
    onlyTongxin(() => batch.subject(b as never))
    onlyTongxin(() => batch.indexOf(a as never))
    onlyTongxin(() => batch.column(a as never, b as never))
    onlyTongxin(() => batch.column('servedRatio', b as never))
    onlyTongxin(() => batch.matrix(a as never))
    onlyTongxin(() => batch.matrix({ nodes: a, field: b, fill: a }))
    onlyTongxin(() => batch.matrix({ nodes: [a], fill: b }))
    onlyTongxin(() => JSON.stringify(batch.sheet(0)))
  })

  test.prop([mutatedRubric, anything])('mutated rubrics: score, convert, serialise, parse', (r, v) => {
    onlyTongxin(() => scoreRubric(r as never, { servedRatio: v }))
    onlyTongxin(() => rubricToFullMarks(r as never))
    onlyTongxin(() => rubricToWeights(r as never))
    onlyTongxin(() => rubricToJson(r as never))
    onlyTongxin(() => parseRubric(r))
    const s = safeParseRubric(r)
    if (!s.ok) expect(s.error).toBeInstanceOf(TongxinError)
  })

  test.prop([anything, anything, anything])('grades, rounding, parse, presets', (a, b, c) => {
    onlyTongxin(() => gradeScore(a as never, b as never))
    onlyTongxin(() => gradeScore(GRADE_SCHEMES.excellentGoodPassFail, a as never))
    onlyTongxin(() => roundScore(a as never, b as never, c as never))
    onlyTongxin(() => passFailScheme(a as never, b as never, c as never))
    onlyTongxin(() => parseRubric(a))
    onlyTongxin(() => parseRubric(JSON.stringify(a)))
    expect(safeParseRubric(a).ok).toBe(false)
    onlyTongxin(() => presetRubric(a as never))
    onlyTongxin(() => presetRubricJson(a as never))
    onlyTongxin(() => socialOrganizationRubric(a as never))
    onlyTongxin(() => socialOrganizationRubric({ scale: a, grades: b }))
    onlyTongxin(() => eightSRubric(a as never))
    onlyTongxin(() => eightSRubric({ pointsPerArea: a, passShare: b }))
  })

  const district = smallDistrict()
  const facts = communityFacts(district)
  test.prop([anything, anything])('communityFacts and demonstrationVerdict', (a, b) => {
    onlyTongxin(() => communityFacts(a as never, b as never))
    onlyTongxin(() => communityFacts(district, a as never))
    onlyTongxin(() => communityFacts(district, { creditedMinutesByCommunity: { c1: a }, guidedMinutesByCommunity: { c1: b } }))
    onlyTongxin(() => demonstrationVerdict(a as never, b as never))
    onlyTongxin(() => demonstrationVerdict(facts[0]!, a as never))
    onlyTongxin(() => demonstrationVerdict(facts[0]!, { extra: { venueCount: a, fundMisuse: b } }))
    onlyTongxin(() => demonstrationVerdict({ ...facts[0]!, data: { ...facts[0]!.data, teamCount: a } }))
  })

  it('cycles, throwing proxies, prototype keys and deep nesting', () => {
    for (const x of [cyclic(), throwing]) {
      onlyTongxin(() => scoreRubric({ ...streetStationRubric(), children: [x] } as never, {}))
      onlyTongxin(() => scoreRubric(x as never, x))
      onlyTongxin(() => scoreRubric(rubric, x))
      onlyTongxin(() => parseRubric(x))
      onlyTongxin(() => combineRaters(rubric, [x] as never, [x] as never))
      onlyTongxin(() => communityFacts(x as never))
      onlyTongxin(() => demonstrationVerdict(x as never))
      onlyTongxin(() => gradeScore(x as never, 1))
    }
    let deep: any = { id: 'leaf', name: { 'zh-CN': 'l', en: 'l' }, fullMark: 1, rule: { kind: 'boolean', points: 1 } }
    for (let i = 0; i < 20_000; i++) deep = { id: `n${i}`, name: { 'zh-CN': 'n', en: 'n' }, fullMark: 1, children: [deep] }
    const r = { ...streetStationRubric(), fullMark: 1, children: [deep] }
    onlyTongxin(() => scoreRubric(r, {}))
    onlyTongxin(() => parseRubric(r))
    let deepCond: any = { ref: 'x', op: '==', value: 1 }
    for (let i = 0; i < 20_000; i++) deepCond = { not: deepCond }
    onlyTongxin(() => scoreRubric({ ...streetStationRubric(), vetoes: [{ id: 'v', name: { 'zh-CN': 'v', en: 'v' }, when: deepCond, grade: 'fail' }] }, {}))
    onlyTongxin(() => parseRubric({ ...streetStationRubric(), vetoes: [{ id: 'v', name: { 'zh-CN': 'v', en: 'v' }, when: deepCond, grade: 'fail' }] }))
    expect(rubricJsonSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    // Prototype keys in the data are ignored, never read through the prototype.
    expect(scoreRubric(rubric, JSON.parse('{"__proto__": {"servedRatio": 1}}')).total).toBe(0)
  })
})
