/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices come from the compiled rubric and stay within their bounds */
import type { IndicatorValue, SheetDeduction, SubjectData } from '../types'
import type { Compiled } from './compile'
import { invalidData } from './fail'

/** Missing codes on a sheet: 0 none, 1 zero, 2 renormalise, 3 impute, 4 insufficient. */
export const MISSING_NAMES = [null, 'zero', 'renormalise', 'impute', 'insufficient'] as const

/** How a raw value is kept in typed arrays: null, a number (in `rawNum`), false, true, or another value (in `rawOther`). */
export const RAW = { NULL: 0, NUMBER: 1, FALSE: 2, TRUE: 3, OTHER: 4 } as const

/**
 * Leaf outcomes of one subject before aggregation, in typed arrays indexed by node.
 * `points` holds the rule points (out of `ruleMax`), NaN when the leaf does not count.
 * The raw value of leaf i is coded at `base + i` of `rawKind` (see {@link RAW}): numbers go to
 * `rawNum` (no boxing), values other than numbers and booleans to `rawOther`. A batch points
 * these three at its store and moves `base` to each subject's slot, so raw values are written
 * once, where they are kept.
 */
export interface LeafWork {
  readonly points: Float64Array
  readonly missing: Uint8Array
  readonly rawKind: Uint8Array
  readonly rawNum: Float64Array
  readonly rawOther: Map<number, IndicatorValue>
  /** Offset of this subject's raw values in `rawKind`, `rawNum` and `rawOther`. */
  base: number
  /** Deductions and evidence, only for the leaves that have some. */
  details: Map<number, { readonly deductions: readonly SheetDeduction[]; readonly evidence: readonly string[] }> | null
  /**
   * When true, a `deduction` leaf scored from a number keeps no deductions here: `buildNodes`
   * recomputes them from the stored value if the sheet's nodes are read (see `lazyDeductions`).
   */
  readonly lazy: boolean
}

const NONE: readonly never[] = Object.freeze([])
/** Passed to rules that never deduct (only `deduction` pushes). */
const SINK: SheetDeduction[] = []

/** Reused by deferred `deduction` scorers: emptied after each use (also when a scorer throws, see `evaluateLeaves`). */
const SCRATCH: SheetDeduction[] = []

/**
 * Fresh work arrays for a compiled rubric; `lazy` defers numeric deductions (see {@link LeafWork.lazy}).
 * `raw` (optional) are the arrays raw values go to (a batch's store), else fresh ones.
 */
export function newWork(
  c: Compiled,
  lazy = false,
  raw?: { readonly rawKind: Uint8Array; readonly rawNum: Float64Array; readonly rawOther: Map<number, IndicatorValue> },
): LeafWork {
  const n = c.nodes.length
  return {
    points: new Float64Array(n),
    missing: new Uint8Array(n),
    rawKind: raw?.rawKind ?? new Uint8Array(n),
    rawNum: raw?.rawNum ?? new Float64Array(n),
    rawOther: raw?.rawOther ?? new Map<number, IndicatorValue>(),
    base: 0,
    details: null,
    lazy,
  }
}

/** Codes `value` into leaf i of `w` (see {@link RAW}). */
function setRaw(w: LeafWork, i: number, value: IndicatorValue): void {
  const k = w.base + i
  if (value === null) w.rawKind[k] = RAW.NULL
  else if (typeof value === 'number') {
    w.rawKind[k] = RAW.NUMBER
    w.rawNum[k] = value
  } else if (typeof value === 'boolean') w.rawKind[k] = value ? RAW.TRUE : RAW.FALSE
  else {
    w.rawKind[k] = RAW.OTHER
    w.rawOther.set(k, value)
  }
}

/** Decodes a raw value kept as kind + number + other (see {@link RAW}). */
export function decodeRaw(kind: number, num: number, other: IndicatorValue | undefined): IndicatorValue {
  switch (kind) {
    case RAW.NUMBER:
      return num
    case RAW.FALSE:
      return false
    case RAW.TRUE:
      return true
    case RAW.OTHER:
      return other ?? null
    default:
      return null
  }
}

/**
 * The value a leaf was scored on (its raw value, or the imputed one), when its deductions were
 * deferred by a lazy {@link LeafWork}: a `deduction` leaf scored from a number. Else undefined.
 */
export function deferredValue(c: Compiled, i: number, missingCode: number, rawKind: number, rawNum: number): number | undefined {
  if (c.flat.deduction[i] !== 1) return undefined
  if (missingCode === 0) return rawKind === RAW.NUMBER ? rawNum : undefined
  const v = missingCode === 3 ? (c.nodes[i]!.missing as { readonly value: IndicatorValue }).value : undefined
  return typeof v === 'number' ? v : undefined
}

/** Recomputes the deductions of a deferred leaf (the scorer is pure: same value, same list). */
export function lazyDeductions(c: Compiled, i: number, value: number): readonly SheetDeduction[] {
  const out: SheetDeduction[] = []
  c.flat.scorers[i]!(value, out)
  return out.length > 0 ? Object.freeze(out) : NONE
}

/** The value under `data[key]` (own property only; `{ value }` entries unwrapped), or null. */
export function lookupValue(data: SubjectData, key: string): unknown {
  if (!Object.hasOwn(data, key)) return null
  const entry: unknown = data[key]
  if (typeof entry === 'object' && entry !== null && !Array.isArray(entry) && 'value' in entry) return (entry as { value?: unknown }).value ?? null
  return entry ?? null
}

/** Unwraps an entry already read from the data under `key` (`{ value, evidence }` or a bare value). */
function unwrapEntry(entry: unknown, key: string): { value: IndicatorValue; evidence: readonly string[] } {
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

/** Evaluates leaf `i` against the subject data into `w`, applying its missing-data policy. */
export function evaluateLeafInto(c: Compiled, i: number, data: SubjectData, w: LeafWork): void {
  const id = c.flat.ids[i]!
  evaluateEntry(c, i, Object.hasOwn(data, id) ? data[id] : undefined, w)
}

/**
 * Evaluates leaf `i` from `entry`, the own value under its id (undefined when absent), into `w`:
 * the general path (entries with evidence, non-numbers, eager deductions, every error).
 */
function evaluateEntry(c: Compiled, i: number, entry: unknown, w: LeafWork): void {
  const f = c.flat
  let value: IndicatorValue = null
  let evidence: readonly string[] = NONE
  if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
    const r = unwrapEntry(entry, f.ids[i]!) // the entry as read: each leaf is read once
    value = r.value
    evidence = r.evidence
  } else if (entry !== undefined) value = entry as IndicatorValue
  const score = f.scorers[i]!
  let deductions: SheetDeduction[] | undefined
  setRaw(w, i, value)
  if (value === null) {
    const pol = f.policy[i]!
    const m = pol === 3 ? (c.nodes[i]!.missing as { readonly value: IndicatorValue }).value : null
    if (pol === 1 || (pol === 3 && m === null)) {
      w.points[i] = 0
      w.missing[i] = 1
    } else if (pol === 2) {
      w.points[i] = Number.NaN
      w.missing[i] = 2
    } else {
      if (w.lazy && f.deduction[i] === 1 && typeof m === 'number') {
        w.points[i] = score(m, SCRATCH)
        if (SCRATCH.length !== 0) SCRATCH.length = 0
      } else {
        deductions = []
        w.points[i] = score(m, deductions)
      }
      w.missing[i] = 3
    }
  } else {
    if (f.deduction[i] === 1) {
      if (w.lazy && typeof value === 'number') {
        w.points[i] = score(value, SCRATCH)
        if (SCRATCH.length !== 0) SCRATCH.length = 0
      } else {
        deductions = []
        w.points[i] = score(value, deductions)
      }
    } else w.points[i] = score(value, SINK)
    w.missing[i] = 0
  }
  if ((deductions !== undefined && deductions.length > 0) || evidence.length > 0) {
    w.details ??= new Map()
    w.details.set(i, { deductions: deductions !== undefined && deductions.length > 0 ? Object.freeze(deductions) : NONE, evidence })
  }
}

/**
 * Per leaf (in `leafList` order), 1 when `data[id]` may be read directly on an object whose
 * prototype is `Object.prototype` or null: the id is not a key `Object.prototype` has (own or
 * inherited, e.g. `toString`, `__proto__`), so a plain read finds own properties only. Computed
 * per call (not per rubric), so a polluted `Object.prototype` is noticed.
 */
export function directKeys(c: Compiled): Uint8Array {
  const { leafList, ids } = c.flat
  const out = new Uint8Array(leafList.length)
  for (let k = 0; k < leafList.length; k++) out[k] = (ids[leafList[k]!] ?? '') in Object.prototype ? 0 : 1
  return out
}

/** Whether `data`'s own properties can be read with a plain lookup (see {@link directKeys}). */
function plainPrototype(data: object): boolean {
  const p: unknown = Object.getPrototypeOf(data)
  return p === Object.prototype || p === null
}

/**
 * The scorers' `clamp01` (x ≤ 0 → 0, x ≥ 1 → 1) without data-dependent branches: the same
 * value for every finite x, −0 included (both give +0).
 */
function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x))
}

/**
 * Reads the leaves' values of a batch's subjects. Subjects parsed from JSON share one key order
 * (one hidden class), and a `for…in` pass over such an object reads its fields by position, far
 * cheaper than one keyed lookup per leaf. The reader remembers the last key order: when a subject
 * has it, each leaf present in it is read once in that pass; other leaves (absent, not enumerable,
 * or named like an `Object.prototype` member) and subjects of another shape are read by lookup,
 * exactly as {@link evaluateLeaves} does without a reader. Every leaf is read once, never twice.
 */
export class ShapeReader {
  /** The values of the current subject, by leaf slot (see `Compiled.flat.leafList`). */
  readonly values: unknown[]
  readonly #ids: readonly string[]
  readonly #direct: Uint8Array
  readonly #slotOfId: ReadonlyMap<string, number>
  #keys: string[] = []
  #slotAt: number[] = []
  /** Leaf slots the remembered order does not yield (read by lookup). */
  #others: number[] = []
  #learned = false
  #relearned = 0
  readonly #read: Uint8Array

  /**
   * @param c - the compiled rubric
   * @param direct - from {@link directKeys}
   */
  constructor(c: Compiled, direct: Uint8Array) {
    const { leafList, ids } = c.flat
    this.#ids = Array.from(leafList, (i) => ids[i]!)
    this.#direct = direct
    this.values = new Array<unknown>(leafList.length).fill(undefined)
    this.#read = new Uint8Array(leafList.length)
    const slotOfId = new Map<string, number>()
    this.#ids.forEach((id, k) => { if (direct[k] === 1) slotOfId.set(id, k) })
    this.#slotOfId = slotOfId
  }

  /**
   * Fills {@link ShapeReader.values} with the leaves' values of `data` (an object whose prototype
   * is `Object.prototype` or null).
   * @param data - the subject's data
   */
  read(data: SubjectData): void {
    const vals = this.values
    let matched = this.#learned
    let pos = 0
    if (matched) {
      const keys = this.#keys
      const slotAt = this.#slotAt
      const n = keys.length
      for (const key in data) {
        if (pos === n || key !== keys[pos]) {
          matched = false
          break
        }
        const k = slotAt[pos++]!
        if (k >= 0) vals[k] = data[key]
      }
      if (pos !== n) matched = false
    }
    if (matched) {
      for (const k of this.#others) vals[k] = this.#lookup(data, k)
      return
    }
    // Another shape: the leaves met before the difference are read; the rest by lookup.
    const read = this.#read
    read.fill(0)
    for (let p = 0; p < pos; p++) if (this.#slotAt[p]! >= 0) read[this.#slotAt[p]!] = 1
    for (let k = 0; k < vals.length; k++) if (read[k] === 0) vals[k] = this.#lookup(data, k)
    // Learn this order for the next subject (keys only: no value is read again), unless shapes
    // keep changing, when lookups are all there is.
    if (this.#relearned < 16) {
      this.#relearned++
      this.#learn(data)
    } else this.#learned = false
  }

  #lookup(data: SubjectData, k: number): unknown {
    const id = this.#ids[k]!
    return this.#direct[k] === 1 ? data[id] : Object.hasOwn(data, id) ? data[id] : undefined
  }

  #learn(data: SubjectData): void {
    const keys: string[] = []
    const slotAt: number[] = []
    const seen = new Uint8Array(this.values.length)
    for (const key in data) {
      const k = this.#slotOfId.get(key) ?? -1
      // A key met twice cannot happen in one for…in pass; a slot is taken by its first key.
      keys.push(key)
      slotAt.push(k >= 0 && seen[k] === 0 ? k : -1)
      if (k >= 0) seen[k] = 1
    }
    const others: number[] = []
    for (let k = 0; k < seen.length; k++) if (seen[k] === 0) others.push(k)
    this.#keys = keys
    this.#slotAt = slotAt
    this.#others = others
    this.#learned = true
  }
}

/**
 * Evaluates every leaf of a subject into `w` (reset first). One keyed read per leaf; a finite
 * number under a numeric rule is scored inline by rule kind over the compiled parameters (the
 * same arithmetic as the rule's scorer, so the same bits); anything else takes the general path.
 * Kind codes are written as literals (see `KIND` in ./compile) so the switch compiles to constants.
 * `direct` comes from {@link directKeys} (computed once per batch).
 */
export function evaluateLeaves(c: Compiled, data: SubjectData, w: LeafWork, direct: Uint8Array = directKeys(c), reader?: ShapeReader): void {
  w.details = null
  if (SCRATCH.length !== 0) SCRATCH.length = 0
  const f = c.flat
  const { leafList, ids, kind, param, bandStart, bandLo, bandHi, bandLoIncl, bandHiIncl, bandPts, pwStart, pwX: xs, pwY: ys } = f
  const { points, missing, rawKind, rawNum, base } = w
  const plain = plainPrototype(data)
  const lazy = w.lazy
  const L = leafList.length
  const values = plain && reader !== undefined ? reader.values : null
  if (values !== null) reader!.read(data)
  for (let k = 0; k < L; k++) {
    const i = leafList[k]!
    const id = ids[i]!
    const entry: unknown = values !== null ? values[k] : plain && direct[k] === 1 ? data[id] : Object.hasOwn(data, id) ? data[id] : undefined
    const kd = kind[i]!
    if (typeof entry !== 'number' || !Number.isFinite(entry) || kd === 10 /* KIND.OTHER */ || (kd === 8 /* KIND.DEDUCTION */ && !lazy)) {
      evaluateEntry(c, i, entry, w)
      continue
    }
    const x = entry
    const p = 3 * i
    let r: number
    switch (kd) {
      case 1 /* KIND.BENEFIT */:
        r = clamp01(x / param[p]!)
        break
      case 2 /* KIND.COST */: {
        const worst = param[p + 1]!
        r = clamp01((worst - x) / (worst - param[p]!))
        break
      }
      case 3 /* KIND.TARGET */:
        r = clamp01(1 - Math.abs(x - param[p]!) / param[p + 1]!)
        break
      case 4 /* KIND.INTERVAL */: {
        const low = param[p]!
        const high = param[p + 1]!
        // Branch-free form of x < low ? low − x : x > high ? x − high : 0 (low ≤ high; +0 inside).
        const d = Math.max(0, low - x, x - high)
        r = clamp01(1 - d / param[p + 2]!)
        break
      }
      case 5 /* KIND.GOALPOSTS */: {
        const lower = param[p]!
        const g = clamp01((x - lower) / (param[p + 1]! - lower))
        r = param[p + 2] === 1 ? g : 1 - g
        break
      }
      case 6 /* KIND.BANDS */: {
        // Inline (a call would box its double result): the first band containing x, else `otherwise`.
        r = param[p]!
        for (let b = bandStart[i]!, e = bandStart[i + 1]!; b < e; b++) {
          const okLo = bandLoIncl[b] === 1 ? x >= bandLo[b]! : x > bandLo[b]!
          const okHi = bandHiIncl[b] === 1 ? x <= bandHi[b]! : x < bandHi[b]!
          if (okLo && okHi) {
            r = bandPts[b]!
            break
          }
        }
        break
      }
      case 7 /* KIND.PIECEWISE */: {
        const first = pwStart[i]!
        const last = pwStart[i + 1]! - 1
        if (x <= xs[first]!) r = ys[first]!
        else if (x >= xs[last]!) r = ys[last]!
        else {
          let j = first + 1
          while (x > xs[j]!) j++
          r = ys[j - 1]! + ((ys[j]! - ys[j - 1]!) * (x - xs[j - 1]!)) / (xs[j]! - xs[j - 1]!)
        }
        break
      }
      default: {
        // DEDUCTION (lazy) and BONUS count: a negative count takes the general path (its error).
        if (x < 0) {
          evaluateEntry(c, i, entry, w)
          continue
        }
        if (kd === 8 /* KIND.DEDUCTION */) {
          // x · perDefect is +0 for x = +0 and −0 for x = −0, and start − (−0) = start: the same as the scorer's 0.
          const total = x * param[p + 1]!
          r = Math.max(param[p + 2]!, param[p]! - total)
        } else r = Math.min(param[p + 1]!, x * param[p]!)
      }
    }
    points[i] = r
    missing[i] = 0
    rawKind[base + i] = 1 // RAW.NUMBER
    rawNum[base + i] = x
  }
}
