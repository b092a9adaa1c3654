/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices come from the compiled rubric and stay within their bounds */
import type { Defect, IndicatorValue, LeafRule, SheetDeduction, SubjectData } from '../types'
import type { CNode, Compiled } from './compile'
import { describe, invalidData, isFiniteNumber, isPlainObject } from './fail'

/** Missing codes on a sheet: 0 none, 1 zero, 2 renormalise, 3 impute, 4 insufficient. */
export const MISSING_NAMES = [null, 'zero', 'renormalise', 'impute', 'insufficient'] as const

/**
 * Leaf outcomes of one subject before aggregation, in typed arrays indexed by node.
 * `points` holds the rule points (out of `ruleMax`), NaN when the leaf does not count.
 */
export interface LeafWork {
  readonly points: Float64Array
  readonly missing: Uint8Array
  readonly raw: IndicatorValue[]
  /** Deductions and evidence, only for the leaves that have some. */
  details: Map<number, { readonly deductions: readonly SheetDeduction[]; readonly evidence: readonly string[] }> | null
}

const NONE: readonly never[] = Object.freeze([])
/** Passed to rules that never deduct (only `deduction` pushes). */
const SINK: SheetDeduction[] = []

/** Fresh work arrays for a compiled rubric. */
export function newWork(c: Compiled): LeafWork {
  const n = c.nodes.length
  return { points: new Float64Array(n), missing: new Uint8Array(n), raw: new Array<IndicatorValue>(n).fill(null), details: null }
}

function clamp01(x: number): number {
  return x <= 0 ? 0 : x >= 1 ? 1 : x
}

/** The value under `data[key]` (own property only; `{ value }` entries unwrapped), or null. */
export function lookupValue(data: SubjectData, key: string): unknown {
  if (!Object.hasOwn(data, key)) return null
  const entry: unknown = data[key]
  if (typeof entry === 'object' && entry !== null && !Array.isArray(entry) && 'value' in entry) return (entry as { value?: unknown }).value ?? null
  return entry ?? null
}

/** Reads `data[key]` without touching prototypes; unwraps `{ value, evidence }`. */
export function readValue(data: SubjectData, key: string): { value: IndicatorValue; evidence: readonly string[] } {
  if (!Object.hasOwn(data, key)) return { value: null, evidence: NONE }
  const entry: unknown = data[key]
  if (entry === undefined || entry === null) return { value: null, evidence: NONE }
  if (typeof entry === 'object' && !Array.isArray(entry) && 'value' in entry) {
    const ev = (entry as { evidence?: unknown }).evidence
    let evidence: readonly string[] = NONE
    if (ev !== undefined) {
      if (!Array.isArray(ev) || ev.length > 10_000 || !ev.every((e) => typeof e === 'string')) invalidData(key, 'evidence must be a list of strings')
      evidence = Object.freeze([...(ev)])
    }
    const v = (entry as { value?: unknown }).value
    return { value: v === undefined ? null : (v as IndicatorValue), evidence }
  }
  return { value: entry as IndicatorValue, evidence: NONE }
}

function num(id: string, v: IndicatorValue): number {
  if (typeof v !== 'number') return invalidData(id, 'a number is expected')
  if (!Number.isFinite(v)) return invalidData(id, 'the value must be finite')
  return v
}

function count(id: string, v: IndicatorValue): number {
  const n = num(id, v)
  if (n < 0) invalidData(id, 'a count must be ≥ 0')
  return n
}

/** Points of a rule for a present value; pushes deductions. */
function rulePoints(c: CNode, rule: LeafRule, v: IndicatorValue, deductions: SheetDeduction[]): number {
  const id = c.id
  switch (rule.kind) {
    case 'benefit':
      return clamp01(num(id, v) / rule.target)
    case 'cost':
      return clamp01((rule.worst - num(id, v)) / (rule.worst - rule.best))
    case 'target':
      return clamp01(1 - Math.abs(num(id, v) - rule.target) / rule.tolerance)
    case 'interval': {
      const x = num(id, v)
      const d = x < rule.low ? rule.low - x : x > rule.high ? x - rule.high : 0
      return clamp01(1 - d / rule.tolerance)
    }
    case 'goalposts': {
      const f = clamp01((num(id, v) - rule.lower) / (rule.upper - rule.lower))
      return rule.direction === 'benefit' ? f : 1 - f
    }
    case 'bands': {
      const x = num(id, v)
      for (const b of rule.bands) {
        const okLo = b.min === undefined || (b.minInclusive === true ? x >= b.min : x > b.min)
        const okHi = b.max === undefined || (b.maxInclusive === true ? x <= b.max : x < b.max)
        if (okLo && okHi) return b.points
      }
      return rule.otherwise
    }
    case 'piecewise': {
      const x = num(id, v)
      const pts = rule.points
      const first = pts[0]!
      const last = pts[pts.length - 1]!
      if (x <= first[0]) return first[1]
      if (x >= last[0]) return last[1]
      let i = 1
      while (x > pts[i]![0]) i++
      const [x0, y0] = pts[i - 1]!
      const [x1, y1] = pts[i]!
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0)
    }
    case 'checklist': {
      if (!Array.isArray(v)) return invalidData(id, 'a list of met item ids is expected')
      const met = new Set<string>()
      let sum = 0
      for (const item of v as readonly unknown[]) {
        if (typeof item !== 'string' || !c.items!.has(item)) invalidData(id, `unknown checklist item ${describe(item)}`)
        if (met.has(item)) continue
        met.add(item)
        sum += c.items!.get(item)!
      }
      return Math.min(sum, c.ruleMax)
    }
    case 'degree':
      if (v === 'full') return rule.full
      if (v === 'partial') return rule.partial
      if (v === 'none') return 0
      return invalidData(id, 'full, partial or none is expected')
    case 'deduction': {
      let total = 0
      if (typeof v === 'number') {
        const n = count(id, v)
        if (n > 0) {
          total = n * rule.perDefect
          deductions.push({ reason: `×${n}`, points: total })
        }
      } else if (isPlainObject(v) && Array.isArray((v as { defects?: unknown }).defects)) {
        const defects = (v as { defects: readonly unknown[] }).defects
        if (defects.length > 100_000) invalidData(id, 'too many defects')
        for (const d of defects) {
          if (!isPlainObject(d) || typeof d.reason !== 'string') return invalidData(id, 'a defect needs a reason')
          const def = d as unknown as Defect
          const n = def.count ?? 1
          const p = def.points ?? rule.perDefect
          if (!isFiniteNumber(n) || n < 0 || !isFiniteNumber(p) || p < 0) invalidData(id, 'defect count and points must be finite and ≥ 0')
          if (def.evidence !== undefined && typeof def.evidence !== 'string') invalidData(id, 'defect evidence must be a string')
          const pts = n * p
          total += pts
          deductions.push(def.evidence === undefined ? { reason: def.reason, points: pts } : { reason: def.reason, points: pts, evidence: def.evidence })
        }
      } else return invalidData(id, 'a defect count or { defects } is expected')
      return Math.max(rule.floor, rule.start - total)
    }
    case 'bonus':
      return Math.min(rule.cap, count(id, v) * rule.perItem)
    case 'boolean':
      if (typeof v !== 'boolean') return invalidData(id, 'a boolean is expected')
      return v !== (rule.invert === true) ? rule.points : 0
  }
}

/** Evaluates leaf `i` against the subject data into `w`, applying its missing-data policy. */
export function evaluateLeafInto(c: Compiled, i: number, data: SubjectData, w: LeafWork): void {
  const node = c.nodes[i]!
  let value: IndicatorValue = null
  let evidence: readonly string[] = NONE
  if (Object.hasOwn(data, node.id)) {
    const entry: unknown = data[node.id]
    if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
      const r = readValue(data, node.id)
      value = r.value
      evidence = r.evidence
    } else if (entry !== undefined) value = entry as IndicatorValue
  }
  const rule = node.rule!
  let deductions: SheetDeduction[] | undefined
  w.raw[i] = value
  if (value === null) {
    const m = node.missing
    if (m.policy === 'zero' || (m.policy === 'impute' && m.value === null)) {
      w.points[i] = 0
      w.missing[i] = 1
    } else if (m.policy === 'renormalise') {
      w.points[i] = Number.NaN
      w.missing[i] = 2
    } else {
      deductions = []
      w.points[i] = rulePoints(node, rule, m.value, deductions)
      w.missing[i] = 3
    }
  } else {
    if (rule.kind === 'deduction') deductions = []
    w.points[i] = rulePoints(node, rule, value, deductions ?? SINK)
    w.missing[i] = 0
  }
  if ((deductions !== undefined && deductions.length > 0) || evidence.length > 0) {
    w.details ??= new Map()
    w.details.set(i, { deductions: deductions !== undefined && deductions.length > 0 ? Object.freeze(deductions) : NONE, evidence })
  }
}

/** Evaluates every leaf of a subject into `w` (reset first). */
export function evaluateLeaves(c: Compiled, data: SubjectData, w: LeafWork): void {
  w.details = null
  for (const i of c.leaves) evaluateLeafInto(c, i, data, w)
}
