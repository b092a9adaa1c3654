/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices come from the compiled rubric and stay within their bounds */
import { TongxinError } from '../../errors/TongxinError'
import { aggregate } from './internal/aggregate'
import { compileRubric } from './internal/compile'
import { describe, guard, isFiniteNumber, isPlainObject } from './internal/fail'
import { evaluateLeafInto, evaluateLeaves, newWork } from './internal/leaf'
import type { Rubric, ScoreSheet, SheetDeduction, SubjectData } from './types'

/**
 * An evaluator (评估主体) with its role, weight and scope.
 * @see notes/evaluation.md §4.1 (广州南沙: third party, 镇街 purchaser, 村(居)委, 区民政局, each with its own scope)
 * @example
 * const r: Rater = { id: 'third', role: 'third-party', weight: 0.6 }
 */
export interface Rater {
  /** Rater id. */
  readonly id: string
  /** Role: 自评 self, 第三方 third-party, 购买方 purchaser, 居民 residents, 主管部门 supervisor, or another. */
  readonly role: 'self' | 'third-party' | 'purchaser' | 'residents' | 'supervisor' | (string & {})
  /** Weight (> 0) among the raters that cover a node. */
  readonly weight: number
  /** Node ids this rater scores (with everything under them); absent = the whole rubric. */
  readonly scope?: readonly string[]
}

/**
 * One rater's data for the subject.
 * @example
 * const r: Rating = { raterId: 'third', data: { venueCount: 2 } }
 */
export interface Rating {
  /** Which rater. */
  readonly raterId: string
  /** The indicator values the rater recorded. */
  readonly data: SubjectData
}

/**
 * Options of `combineRaters`.
 * @example
 * const o: CombineRatersOptions = { dispersionThreshold: 0.25 }
 */
export interface CombineRatersOptions {
  /** A node is flagged when raters' normalised values (0–1) differ by more than this; default 0.3. */
  readonly dispersionThreshold?: number
}

/**
 * A node on which raters disagree.
 * @example
 * const d: RaterDispersion = { nodeId: 'activities', spread: 0.45, byRater: { self: 0.9, third: 0.45 } }
 */
export interface RaterDispersion {
  /** Node id. */
  readonly nodeId: string
  /** Largest minus smallest normalised value among the raters that scored it. */
  readonly spread: number
  /** Each rater's normalised value at the node, by rater id. */
  readonly byRater: Readonly<Record<string, number>>
}

/**
 * One rater's own score sheet.
 * @example
 * combineRaters(rubric, raters, ratings).raters[0].sheet.total
 */
export interface RaterSheet {
  /** Rater id. */
  readonly raterId: string
  /** The sheet of the rater's data alone. */
  readonly sheet: ScoreSheet
}

/**
 * The combined result of several raters.
 * @example
 * const r: CombinedRating = combineRaters(rubric, raters, ratings)
 * r.flagged //=> false
 */
export interface CombinedRating {
  /** The combined score sheet. */
  readonly sheet: ScoreSheet
  /** Each rater's own sheet (its whole data, scope ignored), by rater id order. */
  readonly raters: readonly RaterSheet[]
  /** Nodes (indicators and dimensions) where the spread exceeds the threshold, by node order. */
  readonly dispersion: readonly RaterDispersion[]
  /** Whether any node was flagged. */
  readonly flagged: boolean
  /** The threshold used. */
  readonly dispersionThreshold: number
}

function bad(reason: string): never {
  throw new TongxinError('EVAL_RATERS_INVALID', { reason })
}

/**
 * Combines several raters' scores of one subject (自评 + 第三方 + 购买方 + 居民 …). Each leaf's
 * normalised value is the weighted mean over the raters whose scope covers it and who gave a
 * value (raters' weights renormalised per leaf); leaves nobody scored follow the rubric's
 * missing-data policy. A veto or cap applies if it holds on any rater's data; a gate fails if it
 * fails on any. Dispersion is checked on every leaf and dimension scored by two raters or more.
 *
 * @param rubric - a typed rubric
 * @param raters - the raters, unique ids, weights > 0
 * @param ratings - at most one rating per rater
 * @param options - the dispersion threshold
 * @returns the combined sheet, each rater's sheet and the dispersion flags
 * @throws TongxinError `EVAL_RATERS_INVALID`, `EVAL_RUBRIC_INVALID` or `EVAL_DATA_INVALID`
 * @example
 * const r = combineRaters(rubric, [{ id: 'self', role: 'self', weight: 0.3 }, { id: 'third', role: 'third-party', weight: 0.7 }],
 *   [{ raterId: 'self', data: selfData }, { raterId: 'third', data: thirdData }])
 * r.sheet.total
 */
export function combineRaters(rubric: Rubric, raters: readonly Rater[], ratings: readonly Rating[], options: CombineRatersOptions = {}): CombinedRating {
  const c = compileRubric(rubric)
  return guard('EVAL_RATERS_INVALID', () => {
    if (!isPlainObject(options)) bad('options must be an object')
    const threshold = options.dispersionThreshold ?? 0.3
    if (!isFiniteNumber(threshold) || threshold < 0 || threshold > 1) bad('dispersionThreshold must be in [0, 1]')
    if (!Array.isArray(raters) || raters.length === 0 || raters.length > 100) bad('give 1–100 raters')
    if (!Array.isArray(ratings) || ratings.length > 100) bad('give at most 100 ratings')
    const byId = new Map<string, Rater>()
    for (const r of raters as readonly unknown[]) {
      if (!isPlainObject(r) || typeof r.id !== 'string' || typeof r.role !== 'string') bad('a rater needs a string id and role')
      if (byId.has(r.id)) bad(`duplicate rater ${r.id}`)
      if (!isFiniteNumber(r.weight) || r.weight <= 0) bad(`rater ${r.id} needs a finite weight > 0`)
      if (r.scope !== undefined) {
        if (!Array.isArray(r.scope) || r.scope.length > 10_000) bad(`the scope of rater ${r.id} must be a list`)
        for (const s of r.scope as readonly unknown[]) if (typeof s !== 'string' || !c.indexById.has(s)) bad(`rater ${r.id}: unknown node ${describe(s)}`)
      }
      byId.set(r.id, r as unknown as Rater)
    }
    const rated = new Set<string>()
    for (const g of ratings as readonly unknown[]) {
      if (!isPlainObject(g) || typeof g.raterId !== 'string' || !byId.has(g.raterId)) bad('each rating names a known rater')
      if (rated.has(g.raterId)) bad(`two ratings by ${g.raterId}`)
      if (!isPlainObject(g.data)) bad(`the data of ${g.raterId} must be an object`)
      rated.add(g.raterId)
    }
    // Deterministic order: by rater id.
    const sorted = [...(ratings as readonly Rating[])].sort((a, b) => (a.raterId < b.raterId ? -1 : a.raterId > b.raterId ? 1 : 0))
    const n = c.nodes.length
    // covers[r][i]: whether rater r scores node i (scope node or a descendant of one).
    const covers = sorted.map((g) => {
      const scope = byId.get(g.raterId)!.scope
      const mask = new Uint8Array(n)
      if (scope === undefined) mask.fill(1)
      else {
        for (const id of scope) mask[c.indexById.get(id)!] = 1
        for (let i = 0; i < n; i++) {
          const p = c.nodes[i]!.parent
          if (p !== -1 && mask[p] === 1) mask[i] = 1
        }
      }
      return mask
    })
    const perRater = sorted.map((g) => {
      const w = newWork(c)
      evaluateLeaves(c, g.data, w)
      return { w, sheet: aggregate(c, w, [g.data]) }
    })
    const combined = newWork(c)
    const empty: SubjectData = {}
    for (const i of c.leaves) {
      const node = c.nodes[i]!
      let wsum = 0
      let acc = 0
      const evidence: string[] = []
      const deductions: SheetDeduction[] = []
      perRater.forEach((p, r) => {
        if (covers[r]![i] !== 1 || p.w.missing[i] !== 0) return
        const w = byId.get(sorted[r]!.raterId)!.weight
        wsum += w
        acc += (w * p.w.points[i]!) / node.ruleMax
        const d = p.w.details?.get(i)
        if (d !== undefined) {
          evidence.push(...d.evidence)
          deductions.push(...d.deductions)
        }
      })
      if (wsum > 0) {
        combined.points[i] = Math.min(1, acc / wsum) * node.ruleMax
        combined.missing[i] = 0
        if (evidence.length > 0 || deductions.length > 0) {
          combined.details ??= new Map()
          combined.details.set(i, { deductions: Object.freeze(deductions), evidence: Object.freeze(evidence) })
        }
      } else evaluateLeafInto(c, i, empty, combined)
    }
    const sheet = aggregate(c, combined, sorted.length > 0 ? sorted.map((g) => g.data) : [empty])
    const dispersion: RaterDispersion[] = []
    for (let i = 0; i < n; i++) {
      const node = c.nodes[i]!
      if (node.rule === undefined && node.depth !== 1) continue
      const byRater: Record<string, number> = {}
      let lo = Infinity
      let hi = -Infinity
      let k = 0
      perRater.forEach((p, r) => {
        const v = p.sheet.nodes[i]!.normalised
        if (covers[r]![i] !== 1 || v === null || (node.rule !== undefined && p.w.missing[i] !== 0)) return
        byRater[sorted[r]!.raterId] = v
        lo = Math.min(lo, v)
        hi = Math.max(hi, v)
        k++
      })
      if (k >= 2 && hi - lo > threshold) dispersion.push(Object.freeze({ nodeId: node.id, spread: hi - lo, byRater: Object.freeze(byRater) }))
    }
    return Object.freeze({
      sheet,
      raters: Object.freeze(perRater.map((p, r) => Object.freeze({ raterId: sorted[r]!.raterId, sheet: p.sheet }))),
      dispersion: Object.freeze(dispersion),
      flagged: dispersion.length > 0,
      dispersionThreshold: threshold,
    })
  })
}
