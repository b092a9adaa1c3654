import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { scoreRubric, scoreSubjects } from '../../../src/evaluation/rubric'
import type { Rubric, ScoreSheet, SubjectData } from '../../../src/evaluation/rubric'
import { arbRubric, arbValueFor, leavesOf } from './arbitraries'

/** Every field of a sheet, `nodes` included, as plain data (numbers compared with Object.is by toStrictEqual). */
function plain(s: ScoreSheet): unknown {
  return {
    rubricId: s.rubricId,
    rubricVersion: s.rubricVersion,
    status: s.status,
    total: s.total,
    fullMark: s.fullMark,
    gradedScore: s.gradedScore,
    grade: s.grade,
    scoreGrade: s.scoreGrade,
    vetoes: [...s.vetoes],
    caps: [...s.caps],
    gatesFailed: [...s.gatesFailed],
    nodes: s.nodes.map((n) => ({ ...n, deductions: n.deductions.map((d) => ({ ...d })), evidence: [...n.evidence] })),
  }
}

/** A rubric with several subjects' data: some values missing, wrapped with evidence, or given as defect lists. */
const arbBatch = arbRubric.chain((r) => {
  const leaves = leavesOf(r)
  const arbValue = (rule: NonNullable<(typeof leaves)[number]['rule']>): fc.Arbitrary<SubjectData[string]> =>
    fc.oneof(
      { weight: 6, arbitrary: arbValueFor(rule) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: arbValueFor(rule).map((value) => ({ value, evidence: ['e1'] })) },
      ...(rule.kind === 'deduction' ? [{ weight: 1, arbitrary: fc.constant({ defects: [{ reason: 'r', count: 2, evidence: 'p' }] }) }] : []),
    )
  const arbData = fc
    .tuple(fc.tuple(...leaves.map((l) => fc.option(arbValue(l.rule!), { nil: undefined }))), fc.boolean())
    .map(([vals, veto]) => {
      const d: Record<string, SubjectData[string]> = { vetoFlag: veto }
      leaves.forEach((l, i) => {
        if (vals[i] !== undefined) d[l.id] = vals[i]
      })
      return d
    })
  return fc.tuple(fc.constant(r), fc.array(arbData, { minLength: 1, maxLength: 6 }))
})

function ids(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `s${i}`)
}

describe('scoreSubjects (columnar batch)', () => {
  test.prop([arbBatch])('every sheet of a batch equals scoreRubric for its subject, bit for bit', ([r, datas]) => {
    const batch = scoreSubjects(r, ids(datas.length).map((id, i) => ({ id, data: datas[i]! })))
    expect(batch.length).toBe(datas.length)
    datas.forEach((data, i) => {
      const single = scoreRubric(r, data)
      expect(plain(batch.sheet(i))).toStrictEqual(plain(single))
      expect(JSON.stringify(batch.sheet(i))).toBe(JSON.stringify(single))
      // The same own keys in the same order: spread and deep equality see the whole sheet.
      expect(Object.keys(batch.sheet(i))).toEqual(Object.keys(single))
      expect({ ...batch.sheet(i) }).toEqual(single)
      expect(Object.isFrozen(batch.sheet(i))).toBe(true)
    })
  })

  test.prop([arbBatch])('columns, totals, grades and matrices read the same numbers as the sheets', ([r, datas]) => {
    const batch = scoreSubjects(r, ids(datas.length).map((id, i) => ({ id, data: datas[i]! })))
    const totals = batch.totals()
    const grades = batch.grades()
    const m = batch.matrix({ field: 'normalised', fill: -1 })
    const raw = batch.matrix({ field: 'raw' })
    expect(m.columnIds).toEqual(batch.leafIds)
    batch.toArray().forEach(({ sheet }, i) => {
      expect(Object.is(totals[i], sheet.total)).toBe(true)
      expect(grades[i]).toBe(sheet.grade)
      sheet.nodes.forEach((node) => {
        expect(Object.is(batch.column(node.id, 'points')[i], node.points)).toBe(true)
        const norm = batch.column(node.id, 'normalised')[i]!
        expect(node.normalised === null ? Number.isNaN(norm) : Object.is(norm, node.normalised)).toBe(true)
        const j = batch.leafIds.indexOf(node.id)
        if (j < 0) return
        expect(Object.is(m.values[i * m.columns + j], node.normalised ?? -1)).toBe(true)
        const rv = raw.values[i * raw.columns + j]!
        expect(typeof node.raw === 'number' ? Object.is(rv, node.raw) : Number.isNaN(rv)).toBe(true)
      })
    })
  })

  test.prop([arbBatch, fc.infiniteStream(fc.nat())])('permuting subjects permutes results', ([r, datas], stream) => {
    const subjects = ids(datas.length).map((id, i) => ({ id, data: datas[i]! }))
    const order = subjects.map((_, i) => i)
    const it = stream[Symbol.iterator]()
    for (let i = order.length - 1; i > 0; i--) {
      const j = (it.next().value as number) % (i + 1)
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    const a = scoreSubjects(r, subjects)
    const b = scoreSubjects(r, order.map((i) => subjects[i]!))
    expect(b.ids).toEqual(order.map((i) => subjects[i]!.id))
    const pts = a.matrix({ nodes: a.nodeIds })
    const ptsB = b.matrix({ nodes: b.nodeIds })
    order.forEach((from, to) => {
      expect(b.indexOf(subjects[from]!.id)).toBe(to)
      expect(plain(b.sheet(to))).toStrictEqual(plain(a.sheet(from)))
      expect(ptsB.values.subarray(to * ptsB.columns, (to + 1) * ptsB.columns)).toEqual(pts.values.subarray(from * pts.columns, (from + 1) * pts.columns))
    })
  })
})

/** The inline fast path (plain numbers) and the general path (`{ value }` entries) give the same bits. */
describe('leaf fast path', () => {
  const arbNumeric = arbRubric.chain((r: Rubric) => {
    const leaves = leavesOf(r)
    return fc.tuple(fc.constant(r), fc.tuple(...leaves.map((l) => arbValueFor(l.rule!))).map((vals) => Object.fromEntries(leaves.map((l, i) => [l.id, vals[i]!]))))
  })
  test.prop([arbNumeric])('plain values and { value } entries score identically', ([r, data]) => {
    const wrapped = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, { value: v }]))
    expect(plain(scoreRubric(r, data))).toStrictEqual(plain(scoreRubric(r, wrapped)))
  })

  // The batch reads same-shaped data objects in one for…in pass (ShapeReader); every other shape
  // falls back to lookups. Whatever the mix of shapes, each sheet is scoreRubric's.
  const arbShapes = arbBatch.chain(([r, datas]) =>
    fc.tuple(
      fc.constant(r),
      fc.array(
        fc.tuple(fc.nat(datas.length - 1), fc.constantFrom('same', 'json', 'reversed', 'drop-first', 'extra', 'hidden', 'null-proto', 'getters')),
        { minLength: 1, maxLength: 12 },
      ).map((picks) => picks.map(([i, how]) => reshape(datas[i]!, how))),
    ),
  )
  test.prop([arbShapes])('sheets are the same whatever the shapes of the subjects\' data, and each leaf is read once', ([r, datas]) => {
    const reads = new Map<string, number>()
    const counted = datas.map((d, s) => countReads(d, s, reads))
    const batch = scoreSubjects(r, ids(counted.length).map((id, i) => ({ id, data: counted[i]! })))
    datas.forEach((data, i) => {
      expect(plain(batch.sheet(i))).toStrictEqual(plain(scoreRubric(r, data)))
    })
    const leafIds = new Set(leavesOf(r).map((l) => l.id))
    for (const [key, n] of reads) if (leafIds.has(key.slice(key.indexOf('/') + 1))) expect(n, key).toBe(1)
  })
})

/** The same data written another way (values unchanged). */
function reshape(d: Record<string, unknown>, how: string): SubjectData {
  const entries = Object.entries(d)
  switch (how) {
    case 'json':
      return JSON.parse(JSON.stringify(d, (_k, v: unknown) => (v === undefined ? null : v))) as SubjectData
    case 'reversed':
      return Object.fromEntries(entries.reverse()) as SubjectData
    case 'drop-first':
      return Object.fromEntries(entries.slice(1)) as SubjectData
    case 'extra':
      return { ...d, zzExtra: 1 }
    case 'hidden': {
      // A leaf as a non-enumerable own property: for…in does not meet it, a lookup does.
      const o: Record<string, unknown> = {}
      entries.forEach(([k, v], i) => Object.defineProperty(o, k, { value: v, enumerable: i % 2 === 0, writable: true, configurable: true }))
      return o as SubjectData
    }
    case 'null-proto':
      return Object.assign(Object.create(null) as object, d) as SubjectData
    case 'getters': {
      const o: Record<string, unknown> = {}
      for (const [k, v] of entries) Object.defineProperty(o, k, { get: () => v, enumerable: true, configurable: true })
      return o as SubjectData
    }
    default:
      return d as SubjectData
  }
}

/** A copy of `d` whose own properties count their reads under `s/key`. */
function countReads(d: SubjectData, s: number, reads: Map<string, number>): SubjectData {
  const o: Record<string, unknown> = Object.getPrototypeOf(d) === null ? (Object.create(null) as Record<string, unknown>) : {}
  for (const key of Object.getOwnPropertyNames(d)) {
    const desc = Object.getOwnPropertyDescriptor(d, key)!
    Object.defineProperty(o, key, {
      enumerable: desc.enumerable ?? false,
      configurable: true,
      get: () => {
        reads.set(`${s}/${key}`, (reads.get(`${s}/${key}`) ?? 0) + 1)
        return (d as Record<string, unknown>)[key]
      },
    })
  }
  return o as SubjectData
}
