/* eslint-disable @typescript-eslint/no-non-null-assertion -- breakpoints are validated (≥ 2) before scorers are built */
import type { Defect, IndicatorValue, LeafRule, SheetDeduction } from '../types'
import { describe, invalidData, isFiniteNumber, isPlainObject } from './fail'

/** Scores a present value: rule points out of the rule's maximum; pushes deductions. */
export type Scorer = (v: IndicatorValue, deductions: SheetDeduction[]) => number

function clamp01(x: number): number {
  return x <= 0 ? 0 : x >= 1 ? 1 : x
}

/**
 * Builds a scorer for one validated leaf rule. One closure per rule kind keeps each scorer's
 * property accesses monomorphic (a shared `switch (rule.kind)` over twelve rule shapes is not).
 */
export function makeScorer(id: string, rule: LeafRule, items: ReadonlyMap<string, number> | undefined, ruleMax: number): Scorer {
  const num = (v: IndicatorValue): number => {
    if (typeof v !== 'number') return invalidData(id, 'a number is expected')
    if (!Number.isFinite(v)) return invalidData(id, 'the value must be finite')
    return v
  }
  const count = (v: IndicatorValue): number => {
    const n = num(v)
    if (n < 0) invalidData(id, 'a count must be ≥ 0')
    return n
  }
  switch (rule.kind) {
    case 'benefit': {
      const t = rule.target
      return (v) => clamp01(num(v) / t)
    }
    case 'cost': {
      const { best, worst } = rule
      return (v) => clamp01((worst - num(v)) / (worst - best))
    }
    case 'target': {
      const { target, tolerance } = rule
      return (v) => clamp01(1 - Math.abs(num(v) - target) / tolerance)
    }
    case 'interval': {
      const { low, high, tolerance } = rule
      return (v) => {
        const x = num(v)
        const d = x < low ? low - x : x > high ? x - high : 0
        return clamp01(1 - d / tolerance)
      }
    }
    case 'goalposts': {
      const { lower, upper } = rule
      const benefit = rule.direction === 'benefit'
      return (v) => {
        const f = clamp01((num(v) - lower) / (upper - lower))
        return benefit ? f : 1 - f
      }
    }
    case 'bands': {
      const n = rule.bands.length
      const lo = new Float64Array(n)
      const hi = new Float64Array(n)
      const loIncl = new Uint8Array(n)
      const hiIncl = new Uint8Array(n)
      const pts = new Float64Array(n)
      rule.bands.forEach((b, i) => {
        lo[i] = b.min ?? -Infinity
        hi[i] = b.max ?? Infinity
        loIncl[i] = b.min === undefined || b.minInclusive === true ? 1 : 0
        hiIncl[i] = b.max === undefined || b.maxInclusive === true ? 1 : 0
        pts[i] = b.points
      })
      const otherwise = rule.otherwise
      return (v) => {
        const x = num(v)
        for (let i = 0; i < n; i++) {
          const okLo = loIncl[i] === 1 ? x >= lo[i]! : x > lo[i]!
          const okHi = hiIncl[i] === 1 ? x <= hi[i]! : x < hi[i]!
          if (okLo && okHi) return pts[i]!
        }
        return otherwise
      }
    }
    case 'piecewise': {
      const xs = Float64Array.from(rule.points, (p) => p[0])
      const ys = Float64Array.from(rule.points, (p) => p[1])
      const last = xs.length - 1
      return (v) => {
        const x = num(v)
        if (x <= xs[0]!) return ys[0]!
        if (x >= xs[last]!) return ys[last]!
        let i = 1
        while (x > xs[i]!) i++
        return ys[i - 1]! + ((ys[i]! - ys[i - 1]!) * (x - xs[i - 1]!)) / (xs[i]! - xs[i - 1]!)
      }
    }
    case 'checklist': {
      const table = items!
      return (v) => {
        if (!Array.isArray(v)) return invalidData(id, 'a list of met item ids is expected')
        const met = new Set<string>()
        let sum = 0
        for (const item of v as readonly unknown[]) {
          if (typeof item !== 'string' || !table.has(item)) invalidData(id, `unknown checklist item ${describe(item)}`)
          if (met.has(item)) continue
          met.add(item)
          sum += table.get(item)!
        }
        return Math.min(sum, ruleMax)
      }
    }
    case 'degree': {
      const { full, partial } = rule
      return (v) => {
        if (v === 'full') return full
        if (v === 'partial') return partial
        if (v === 'none') return 0
        return invalidData(id, 'full, partial or none is expected')
      }
    }
    case 'deduction': {
      const { start, perDefect, floor } = rule
      return (v, deductions) => {
        let total = 0
        if (typeof v === 'number') {
          const n = count(v)
          if (n > 0) {
            total = n * perDefect
            deductions.push({ reason: `×${n}`, points: total })
          }
        } else if (isPlainObject(v) && Array.isArray((v as { defects?: unknown }).defects)) {
          const defects = (v as { defects: readonly unknown[] }).defects
          if (defects.length > 100_000) invalidData(id, 'too many defects')
          for (const d of defects) {
            if (!isPlainObject(d) || typeof d.reason !== 'string') return invalidData(id, 'a defect needs a reason')
            const def = d as unknown as Defect
            const n = def.count ?? 1
            const p = def.points ?? perDefect
            if (!isFiniteNumber(n) || n < 0 || !isFiniteNumber(p) || p < 0) invalidData(id, 'defect count and points must be finite and ≥ 0')
            if (def.evidence !== undefined && typeof def.evidence !== 'string') invalidData(id, 'defect evidence must be a string')
            const pts = n * p
            total += pts
            deductions.push(def.evidence === undefined ? { reason: def.reason, points: pts } : { reason: def.reason, points: pts, evidence: def.evidence })
          }
        } else return invalidData(id, 'a defect count or { defects } is expected')
        return Math.max(floor, start - total)
      }
    }
    case 'bonus': {
      const { perItem, cap } = rule
      return (v) => Math.min(cap, count(v) * perItem)
    }
    case 'boolean': {
      const { points } = rule
      const invert = rule.invert === true
      return (v) => {
        if (typeof v !== 'boolean') return invalidData(id, 'a boolean is expected')
        return v !== invert ? points : 0
      }
    }
  }
}
