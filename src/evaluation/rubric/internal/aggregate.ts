/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices come from the compiled rubric and stay within their bounds */
import type { Condition, IndicatorValue, ScoreRoundingMode, ScoreSheet, SheetNode, SubjectData } from '../types'
import type { Compiled } from './compile'
import { holds } from './conditions'
import { decodeRaw, deferredValue, lazyDeductions, MISSING_NAMES, RAW, type LeafWork } from './leaf'
import { roundTo } from './round'

const NONE: readonly never[] = Object.freeze([])

/** Bands a score on the rubric's grade scheme; `null` below every band without a `below` grade. */
function bandScore(c: Compiled, score: number): string | null {
  const g = c.rubric.grades
  for (const b of g.bands) if (b.inclusive ? score >= b.min : score > b.min) return b.id
  return g.below?.id ?? null
}

/**
 * Where the sheets of a batch keep their numbers, column by column (structure of arrays): for
 * sheet `slot` and node `i`, at `k = n·slot + i`: `value[k]` (a leaf's rule points, NaN when it
 * does not count; an inner node's points), the missing code `miss[k]`, the raw value coded in
 * `rawKind`/`rawNum`/`rawOther` (see `RAW`); per sheet, the total, graded score, status code (0
 * rated, 1 not rated, 2 insufficient), grades and the fired vetoes, applied caps and failed gates.
 * A node's points and normalised value are exact functions of these and the rubric
 * ({@link pointsAt}, {@link normalisedAt}: the arithmetic aggregation used), so they are not
 * stored twice: 10,000 subjects × 66 nodes take about 12 MB, written once, and no per-node object.
 */
export interface SheetStore {
  readonly n: number
  /** Whether numeric deductions were deferred (see `LeafWork.lazy`). */
  readonly lazy: boolean
  readonly value: Float64Array
  readonly miss: Uint8Array
  readonly rawKind: Uint8Array
  readonly rawNum: Float64Array
  readonly rawOther: Map<number, IndicatorValue>
  readonly details: LeafWork['details'][]
  readonly total: Float64Array
  readonly gradedScore: Float64Array
  readonly status: Uint8Array
  readonly grade: (string | null)[]
  readonly scoreGrade: (string | null)[]
  readonly vetoes: (readonly string[])[]
  readonly caps: (readonly string[])[]
  readonly gatesFailed: (readonly string[])[]
}

/**
 * A present leaf's points from its rule points `rp`: converted to the leaf's full mark, rounded
 * on the points grid when the rubric rounds at each level, capped at the full mark it shows.
 */
function leafPoints(f: Compiled['flat'], i: number, rp: number, eachLevel: boolean, mode: ScoreRoundingMode, decimals: number): number {
  const rm = f.ruleMax[i]!
  const fm = f.baseFullMark[i]!
  let pts = rm === fm ? rp : (rm === 1 ? rp : rp / rm) * fm // x / 1 is x exactly: no division for fraction rules
  const cap = f.shownFullMark[i]!
  if (eachLevel) pts = roundTo(pts, mode, decimals)
  return pts > cap ? cap : pts
}

/** Whether a rubric rounds every node's points. */
function roundsEachLevel(c: Compiled): boolean {
  return c.rubric.rounding.at === 'each-level' && c.rubric.rounding.mode !== 'none'
}

/** The points of node `i` stored at `k` (see {@link SheetStore}). */
export function pointsAt(c: Compiled, store: SheetStore, k: number, i: number): number {
  const f = c.flat
  const v = store.value[k]!
  if (f.isLeaf[i] !== 1) return v
  if (store.miss[k] === 2) return 0
  const { mode, decimals } = c.rubric.rounding
  return leafPoints(f, i, v, roundsEachLevel(c), mode, decimals)
}

/** The normalised value of node `i` stored at `k` (NaN where the sheet shows `null`). */
export function normalisedAt(c: Compiled, store: SheetStore, k: number, i: number): number {
  const f = c.flat
  const v = store.value[k]!
  const m = store.miss[k]!
  const cap = f.shownFullMark[i]!
  if (f.isLeaf[i] === 1) {
    if (m === 2) return Number.NaN
    const rm = f.ruleMax[i]!
    const norm = rm === 1 ? v : v / rm
    return Number.isNaN(norm) ? (cap > 0 ? pointsAt(c, store, k, i) / cap : 0) : norm
  }
  if (m === 0) return cap > 0 ? v / cap : 0
  const pol = m === 4 ? f.policy[i]! : m // 4 = insufficient, then the node's own policy applied
  return pol === 2 ? Number.NaN : pol === 3 ? f.imputed[i]! : 0
}

/** Sheet status by code. */
const STATUS_NAMES = ['rated', 'not-rated', 'insufficient'] as const

/** Scratch arrays reused across the subjects of a batch (`points`: the current subject's node points). */
export interface Scratch {
  readonly present: Uint8Array
  readonly withData: Float64Array
  readonly points: Float64Array
}

/** A store for `slots` sheets of a compiled rubric. */
export function newStore(c: Compiled, slots: number, lazy: boolean): SheetStore {
  const n = c.nodes.length
  // One allocation for every typed column (doubles first, for alignment): one block for the
  // allocator to reuse from batch to batch, instead of seven.
  const cells = n * slots
  const buf = new ArrayBuffer(8 * (2 * cells + 2 * slots) + 2 * cells + slots)
  let at = 0
  const f64 = (len: number): Float64Array => {
    const a = new Float64Array(buf, at, len)
    at += 8 * len
    return a
  }
  const u8 = (len: number): Uint8Array => {
    const a = new Uint8Array(buf, at, len)
    at += len
    return a
  }
  return {
    n,
    lazy,
    value: f64(cells),
    rawNum: f64(cells),
    total: f64(slots),
    gradedScore: f64(slots),
    miss: u8(cells),
    rawKind: u8(cells),
    status: u8(slots),
    rawOther: new Map(),
    details: new Array<LeafWork['details']>(slots).fill(null),
    grade: new Array<string | null>(slots).fill(null),
    scoreGrade: new Array<string | null>(slots).fill(null),
    vetoes: new Array<readonly string[]>(slots).fill(NONE),
    caps: new Array<readonly string[]>(slots).fill(NONE),
    gatesFailed: new Array<readonly string[]>(slots).fill(NONE),
  }
}

/** Scratch arrays for a compiled rubric. */
export function newScratch(c: Compiled): Scratch {
  const n = c.nodes.length
  return { present: new Uint8Array(n), withData: new Float64Array(n), points: new Float64Array(n) }
}

/**
 * Aggregates leaf results into a single score sheet (its `nodes` are built on first access).
 * See {@link aggregateInto}.
 */
export function aggregate(c: Compiled, w: LeafWork, conditionData: readonly SubjectData[]): ScoreSheet {
  const store = newStore(c, 1, w.lazy)
  aggregateInto(c, w, conditionData, store, 0, newScratch(c))
  return new StoredSheet(c, store, 0)
}

/**
 * A sheet kept in a store (one of a batch, or the single sheet of `scoreRubric`): a fixed-shape
 * object whose summary fields are copied from the store and
 * whose `nodes` are built on first read, then kept. `nodes` is an own enumerable accessor defined
 * with one descriptor shared by every sheet (so all sheets keep one hidden class), in the place
 * the field has in a `scoreRubric` sheet: `Object.keys`, spread, deep equality and
 * `JSON.stringify` see the same sheet. Frozen; the private cache is not a property, so freezing
 * does not stop it.
 */
export class StoredSheet implements ScoreSheet {
  static readonly #nodesDescriptor: PropertyDescriptor = {
    enumerable: true,
    get(this: StoredSheet): readonly SheetNode[] {
      return (this.#nodes ??= buildNodes(this.#c, this.#store, this.#slot))
    },
  }

  readonly rubricId: string
  readonly rubricVersion: string
  readonly status: ScoreSheet['status']
  readonly total: number
  readonly fullMark: number
  readonly gradedScore: number
  readonly grade: string | null
  readonly scoreGrade: string | null
  readonly vetoes: readonly string[]
  readonly caps: readonly string[]
  readonly gatesFailed: readonly string[]
  declare readonly nodes: readonly SheetNode[]
  readonly #c: Compiled
  readonly #store: SheetStore
  readonly #slot: number
  #nodes: readonly SheetNode[] | undefined

  constructor(c: Compiled, store: SheetStore, slot: number) {
    this.rubricId = c.rubric.id
    this.rubricVersion = c.rubric.version
    this.status = STATUS_NAMES[store.status[slot]!]!
    this.total = store.total[slot]!
    this.fullMark = c.rubric.fullMark
    this.gradedScore = store.gradedScore[slot]!
    this.grade = store.grade[slot]!
    this.scoreGrade = store.scoreGrade[slot]!
    this.vetoes = store.vetoes[slot]!
    this.caps = store.caps[slot]!
    this.gatesFailed = store.gatesFailed[slot]!
    Object.defineProperty(this, 'nodes', StoredSheet.#nodesDescriptor)
    this.#c = c
    this.#store = store
    this.#slot = slot
    this.#nodes = undefined
    Object.freeze(this)
  }
}

/**
 * Aggregates leaf results into the sheet at `slot` of `store`. `conditionData` holds the data
 * gates, vetoes and caps are evaluated on: a veto or cap applies if it holds for any, a gate
 * fails if it fails for any.
 */
export function aggregateInto(
  c: Compiled,
  w: LeafWork,
  conditionData: readonly SubjectData[],
  store: SheetStore,
  slot: number,
  scratch: Scratch,
): void {
  const f = c.flat
  const { rubric } = c
  const n = f.parent.length
  const { mode, decimals, at } = rubric.rounding
  const eachLevel = at === 'each-level' && mode !== 'none'
  const { present, withData } = scratch
  const vals = scratch.points // this subject's node points (children are read by their parents and conditions)
  const value = store.value
  const P = n * slot
  const miss = store.miss
  const { extra, baseFullMark, childStart, childList, policy } = f
  const shown = f.shownFullMark

  // One bottom-up pass: the leaves (independent of each other), then the inner nodes in
  // post-order. Per node, first presence, forced values, renormalisation scale and data
  // availability; then points (normalised values are derived on read, see `normalisedAt`). Nodes
  // keep their own full marks; a parent with absent children converts the present ones
  // (实得分 ÷ 应得分 × 满分, "合理缺项"). A hand-filled sheet shows full marks on the same grid as
  // points: round both, then cap.
  const { leafList, innerPost } = f
  const wMissing = w.missing
  const wPoints = w.points
  for (const i of leafList) {
    const m = wMissing[i]!
    miss[P + i] = m
    if (m === 2) {
      present[i] = 0
      withData[i] = 0
      vals[i] = 0
      value[P + i] = Number.NaN
      continue
    }
    present[i] = 1
    withData[i] = m === 0 ? baseFullMark[i]! : 0
    const rp = wPoints[i]!
    vals[i] = leafPoints(f, i, rp, eachLevel, mode, decimals)
    value[P + i] = rp
  }
  for (const i of innerPost) {
    // One pass over the children: availability sums and point sums (the latter unused when a
    // missing-data policy forces the node's value).
    let total = 0
    let have = 0
    let data = 0
    let any = false
    let counted = 0
    let bonus = 0
    for (let k = childStart[i]!, k1 = childStart[i + 1]!; k < k1; k++) {
      const ch = childList[k]!
      if (extra[ch] === 1) {
        bonus += vals[ch]!
        continue
      }
      counted += vals[ch]!
      const bf = baseFullMark[ch]!
      total += bf
      data += withData[ch]!
      if (present[ch] === 1) {
        have += bf
        any = true
      }
    }
    withData[i] = data
    const own = baseFullMark[i]!
    const short = any && (own > 0 ? data / own : 1) < f.minAvailability[i]!
    let pts: number
    if (any && !short) {
      miss[P + i] = 0
      present[i] = 1
      const s = have > 0 ? total / have : 1
      pts = (s === 1 ? counted : counted * s) + bonus
    } else {
      const pol = policy[i]!
      miss[P + i] = short ? 4 : pol
      if (pol === 2) {
        present[i] = 0
        vals[i] = 0
        value[P + i] = 0
        continue
      }
      // Policy 1 (zero) forces 0, policy 3 (impute) the imputed normalised value (see `normalisedAt`).
      present[i] = 1
      pts = (pol === 3 ? f.imputed[i]! : 0) * own
    }
    const cap = shown[i]!
    if (eachLevel) pts = roundTo(pts, mode, decimals)
    if (pts > cap) pts = cap
    vals[i] = pts
    value[P + i] = pts
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

  let counted = 0
  let bonus = 0
  for (const k of c.rootChildren) {
    if (extra[k] === 1) bonus += vals[k]!
    else counted += vals[k]!
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
        if (holds(g.require, d, vals, 0, index)) continue
        failed.push(g.id)
        break
      }
    }
    if (failed.length > 0) gatesFailed = Object.freeze(failed)
  }
  if (rubric.vetoes !== undefined && rubric.vetoes.length > 0) {
    const fired: string[] = []
    for (const v of rubric.vetoes) {
      if (!anyHolds(v.when, conditionData, vals, 0, index)) continue
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
      if (!anyHolds(k.when, conditionData, vals, 0, index)) continue
      applied.push(k.id)
      if (grade !== null && rank.get(grade)! < rank.get(k.maxGrade)!) grade = k.maxGrade
    }
    if (applied.length > 0) caps = Object.freeze(applied)
  }
  // 一票否决 dominates the score, the caps and missing data; only a failed gate (not rated) precedes it.
  if (vetoGrade !== null && status !== 'not-rated') grade = vetoGrade

  const sc = status === 'rated' ? 0 : status === 'not-rated' ? 1 : 2
  store.status[slot] = sc
  store.total[slot] = total
  store.gradedScore[slot] = gradedScore
  store.grade[slot] = grade
  store.scoreGrade[slot] = sc === 0 ? scoreGrade : null
  if (vetoes !== NONE) store.vetoes[slot] = vetoes
  if (caps !== NONE) store.caps[slot] = caps
  if (gatesFailed !== NONE) store.gatesFailed[slot] = gatesFailed
  store.details[slot] = w.details
  // Raw values of the leaves (inner nodes keep code 0 = null), unless the work wrote them here.
  if (w.rawKind !== store.rawKind) {
    const { rawKind, rawNum, rawOther, base } = w
    for (const i of leafList) {
      const kd = rawKind[base + i]!
      store.rawKind[P + i] = kd
      if (kd === RAW.NUMBER) store.rawNum[P + i] = rawNum[base + i]!
      else if (kd === RAW.OTHER) store.rawOther.set(P + i, rawOther.get(base + i)!)
    }
  }
}

function anyHolds(cond: Condition, conditionData: readonly SubjectData[], vals: Float64Array, base: number, index: ReadonlyMap<string, number>): boolean {
  for (const d of conditionData) if (holds(cond, d, vals, base, index)) return true
  return false
}

/** The nodes of the sheet at `slot`, built from the store (deferred deductions recomputed). */
export function buildNodes(c: Compiled, store: SheetStore, slot: number): readonly SheetNode[] {
  const f = c.flat
  const n = store.n
  const P = n * slot
  const details = store.details[slot]
  const out = new Array<SheetNode>(n)
  for (let i = 0; i < n; i++) {
    const d = details?.get(i)
    const norm = normalisedAt(c, store, P + i, i)
    const m = store.miss[P + i]!
    const rk = store.rawKind[P + i]!
    const rn = store.rawNum[P + i]!
    const deferred = store.lazy ? deferredValue(c, i, m, rk, rn) : undefined
    out[i] = Object.freeze({
      id: f.ids[i]!,
      parentId: f.parentIds[i]!,
      depth: f.depth[i]!,
      leaf: f.isLeaf[i] === 1,
      raw: decodeRaw(rk, rn, rk === RAW.OTHER ? store.rawOther.get(P + i) : undefined),
      normalised: Number.isNaN(norm) ? null : norm,
      fullMark: f.shownFullMark[i]!,
      points: pointsAt(c, store, P + i, i),
      missing: MISSING_NAMES[m]!,
      deductions: deferred === undefined ? (d?.deductions ?? NONE) : lazyDeductions(c, i, deferred),
      evidence: d?.evidence ?? NONE,
    })
  }
  return Object.freeze(out)
}
