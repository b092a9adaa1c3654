/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices come from the compiled rubric and stay within their bounds */
import type { Condition, IndicatorValue, ScoreSheet, SheetNode, SubjectData } from '../types'
import type { Compiled } from './compile'
import { holds } from './conditions'
import { deferredValue, lazyDeductions, MISSING_NAMES, type LeafWork } from './leaf'
import { roundTo } from './round'

const NONE: readonly never[] = Object.freeze([])

/** Bands a score on the rubric's grade scheme; `null` below every band without a `below` grade. */
export function bandScore(c: Compiled, score: number): string | null {
  const g = c.rubric.grades
  for (const b of g.bands) if (b.inclusive ? score >= b.min : score > b.min) return b.id
  return g.below?.id ?? null
}

/**
 * Where sheets keep their per-node numbers: for sheet `slot`, node `i`, points at
 * `vals[3·n·slot + i]`, normalised at `+ n`, full mark at `+ 2n`; missing code and raw value at
 * `n·slot + i`. One store per batch, so scoring 10,000 subjects allocates a handful of arrays.
 */
export interface SheetStore {
  readonly vals: Float64Array
  readonly miss: Uint8Array
  readonly raw: IndicatorValue[]
}

/** Scratch arrays reused across the subjects of a batch. */
export interface Scratch {
  readonly present: Uint8Array
  readonly scale: Float64Array
  readonly withData: Float64Array
  readonly forced: Float64Array
}

/** A store for `slots` sheets of a compiled rubric. */
export function newStore(c: Compiled, slots: number): SheetStore {
  const n = c.nodes.length
  return { vals: new Float64Array(3 * n * slots), miss: new Uint8Array(n * slots), raw: new Array<IndicatorValue>(n * slots) }
}

/** Scratch arrays for a compiled rubric. */
export function newScratch(c: Compiled): Scratch {
  const n = c.nodes.length
  return { present: new Uint8Array(n), scale: new Float64Array(n), withData: new Float64Array(n), forced: new Float64Array(n) }
}

/**
 * Aggregates leaf results into a score sheet stored at `slot` of `store`. `conditionData` holds
 * the data gates, vetoes and caps are evaluated on: a veto or cap applies if it holds for any, a
 * gate fails if it fails for any. The sheet builds its `nodes` on first access.
 */
export function aggregate(
  c: Compiled,
  w: LeafWork,
  conditionData: readonly SubjectData[],
  store: SheetStore = newStore(c, 1),
  slot = 0,
  scratch: Scratch = newScratch(c),
): ScoreSheet {
  const f = c.flat
  const { rubric } = c
  const n = f.parent.length
  const { mode, decimals, at } = rubric.rounding
  const eachLevel = at === 'each-level' && mode !== 'none'
  const { present, scale, withData, forced } = scratch
  const vals = store.vals
  const P = 3 * n * slot // points
  const N = P + n // normalised
  const F = N + n // full mark
  const M = n * slot // missing codes, raw values
  const miss = store.miss
  const { isLeaf, extra, baseFullMark, childStart, childList, postOrder, policy } = f
  const shown = f.shownFullMark

  // Pass 1, bottom-up: presence, forced values, renormalisation scales, data availability.
  for (let p = 0; p < n; p++) {
    const i = postOrder[p]!
    forced[i] = Number.NaN
    scale[i] = 1
    if (isLeaf[i] === 1) {
      const m = w.missing[i]!
      miss[M + i] = m
      present[i] = m === 2 ? 0 : 1
      withData[i] = m === 0 ? baseFullMark[i]! : 0
      continue
    }
    miss[M + i] = 0
    let total = 0
    let have = 0
    let data = 0
    let any = false
    for (let k = childStart[i]!; k < childStart[i + 1]!; k++) {
      const ch = childList[k]!
      if (extra[ch] === 1) continue
      total += baseFullMark[ch]!
      data += withData[ch]!
      if (present[ch] === 1) {
        have += baseFullMark[ch]!
        any = true
      }
    }
    withData[i] = data
    const own = baseFullMark[i]!
    const short = any && (own > 0 ? data / own : 1) < f.minAvailability[i]!
    if (any && !short) {
      present[i] = 1
      scale[i] = have > 0 ? total / have : 1
      continue
    }
    const pol = policy[i]!
    miss[M + i] = short ? 4 : pol
    present[i] = pol === 2 ? 0 : 1
    if (pol === 1) forced[i] = 0
    else if (pol === 3) forced[i] = f.imputed[i]!
  }
  let rootTotal = 0
  let rootHave = 0
  let rootData = 0
  let rootAny = false
  for (const k of c.rootChildren) {
    if (extra[k] === 1) continue
    rootTotal += baseFullMark[k]!
    rootData += withData[k]!
    if (present[k] === 1) {
      rootHave += baseFullMark[k]!
      rootAny = true
    }
  }
  const rootOk = rootAny && rootData / rubric.fullMark >= c.rootMinAvailability
  const rootScale = rootOk && rootHave > 0 ? rootTotal / rootHave : 1

  // Pass 2, bottom-up: points and normalised values. Nodes keep their own full marks; a parent
  // with absent children converts the present ones (实得分 ÷ 应得分 × 满分, "合理缺项").
  for (let p = 0; p < n; p++) {
    const i = postOrder[p]!
    const fm = baseFullMark[i]!
    if (present[i] === 0) {
      vals[P + i] = 0
      vals[N + i] = Number.NaN
      vals[F + i] = shown[i]!
      continue
    }
    let pts: number
    let norm = Number.NaN
    const forcedValue = forced[i]!
    if (isLeaf[i] === 1) {
      const rp = w.points[i]!
      const rm = f.ruleMax[i]!
      norm = rp / rm
      pts = rm === fm ? rp : norm * fm
    } else if (!Number.isNaN(forcedValue)) {
      norm = forcedValue
      pts = forcedValue * fm
    } else {
      let counted = 0
      let bonus = 0
      for (let k = childStart[i]!; k < childStart[i + 1]!; k++) {
        const ch = childList[k]!
        if (extra[ch] === 1) bonus += vals[P + ch]!
        else counted += vals[P + ch]!
      }
      const s = scale[i]!
      pts = (s === 1 ? counted : counted * s) + bonus
    }
    // A hand-filled sheet shows full marks on the same grid as points: round both, then cap.
    const cap = shown[i]!
    if (eachLevel) pts = roundTo(pts, mode, decimals)
    if (pts > cap) pts = cap
    vals[P + i] = pts
    vals[F + i] = cap
    vals[N + i] = Number.isNaN(norm) ? (cap > 0 ? pts / cap : 0) : norm
  }
  let counted = 0
  let bonus = 0
  for (const k of c.rootChildren) {
    if (extra[k] === 1) bonus += vals[P + k]!
    else counted += vals[P + k]!
  }
  const rounded = roundTo((rootScale === 1 ? counted : counted * rootScale) + bonus, mode, decimals)
  const total = rounded < 0 ? 0 : rounded > rubric.fullMark ? rubric.fullMark : rounded

  // Grades, gates, vetoes, caps.
  const scheme = rubric.grades
  const scaled = scheme.scale === rubric.fullMark ? total : (total * scheme.scale) / rubric.fullMark
  const gradedScore = roundTo(scaled, scheme.rounding.mode, scheme.rounding.decimals)
  const scoreGrade = bandScore(c, gradedScore)
  let gatesFailed: readonly string[] = NONE
  let vetoes: readonly string[] = NONE
  let caps: readonly string[] = NONE
  let vetoGrade: string | null = null
  const rank = c.gradeRank
  const index = c.indexById
  if (rubric.gates !== undefined && rubric.gates.length > 0) {
    const failed: string[] = []
    for (const g of rubric.gates) {
      for (const d of conditionData) {
        if (holds(g.require, d, vals, P, index)) continue
        failed.push(g.id)
        break
      }
    }
    if (failed.length > 0) gatesFailed = Object.freeze(failed)
  }
  if (rubric.vetoes !== undefined && rubric.vetoes.length > 0) {
    const fired: string[] = []
    for (const v of rubric.vetoes) {
      if (!anyHolds(v.when, conditionData, vals, P, index)) continue
      fired.push(v.id)
      if (vetoGrade === null || rank.get(v.grade)! > rank.get(vetoGrade)!) vetoGrade = v.grade
    }
    if (fired.length > 0) vetoes = Object.freeze(fired)
  }
  const status = gatesFailed.length > 0 ? 'not-rated' : rootOk ? 'rated' : 'insufficient'
  let grade = status === 'rated' ? scoreGrade : null
  if (rubric.caps !== undefined && rubric.caps.length > 0) {
    const applied: string[] = []
    for (const k of rubric.caps) {
      if (!anyHolds(k.when, conditionData, vals, P, index)) continue
      applied.push(k.id)
      if (grade !== null && rank.get(grade)! < rank.get(k.maxGrade)!) grade = k.maxGrade
    }
    if (applied.length > 0) caps = Object.freeze(applied)
  }
  // 一票否决 dominates the score, the caps and missing data; only a failed gate (not rated) precedes it.
  if (vetoGrade !== null && status !== 'not-rated') grade = vetoGrade

  const raw = store.raw
  for (let i = 0; i < n; i++) raw[M + i] = isLeaf[i] === 1 ? w.raw[i]! : null
  const details = w.details
  const lazy = w.lazy
  let nodes: readonly SheetNode[] | undefined
  return Object.freeze({
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    status,
    total,
    fullMark: rubric.fullMark,
    gradedScore,
    grade,
    scoreGrade: status === 'rated' ? scoreGrade : null,
    vetoes,
    caps,
    gatesFailed,
    get nodes(): readonly SheetNode[] {
      nodes ??= buildNodes(c, store, slot, details, lazy)
      return nodes
    },
  })
}

function anyHolds(cond: Condition, conditionData: readonly SubjectData[], vals: Float64Array, base: number, index: ReadonlyMap<string, number>): boolean {
  for (const d of conditionData) if (holds(cond, d, vals, base, index)) return true
  return false
}

function buildNodes(c: Compiled, store: SheetStore, slot: number, details: LeafWork['details'], lazy: boolean): readonly SheetNode[] {
  const f = c.flat
  const n = f.parent.length
  const P = 3 * n * slot
  const M = n * slot
  const out = new Array<SheetNode>(n)
  for (let i = 0; i < n; i++) {
    const d = details?.get(i)
    const norm = store.vals[P + n + i]!
    const deferred = lazy ? deferredValue(c, i, store.miss[M + i]!, store.raw[M + i]!) : undefined
    out[i] = Object.freeze({
      id: f.ids[i]!,
      parentId: f.parentIds[i]!,
      depth: c.nodes[i]!.depth,
      leaf: f.isLeaf[i] === 1,
      raw: store.raw[M + i]!,
      normalised: Number.isNaN(norm) ? null : norm,
      fullMark: store.vals[P + 2 * n + i]!,
      points: store.vals[P + i]!,
      missing: MISSING_NAMES[store.miss[M + i]!]!,
      deductions: deferred === undefined ? (d?.deductions ?? NONE) : lazyDeductions(c, i, deferred),
      evidence: d?.evidence ?? NONE,
    })
  }
  return Object.freeze(out)
}
