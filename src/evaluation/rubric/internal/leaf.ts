/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices come from the compiled rubric and stay within their bounds */
import type { IndicatorValue, SheetDeduction, SubjectData } from '../types'
import type { Compiled } from './compile'
import { invalidData } from './fail'

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

/** Fresh work arrays for a compiled rubric; `lazy` defers numeric deductions (see {@link LeafWork.lazy}). */
export function newWork(c: Compiled, lazy = false): LeafWork {
  const n = c.nodes.length
  return { points: new Float64Array(n), missing: new Uint8Array(n), raw: new Array<IndicatorValue>(n).fill(null), details: null, lazy }
}

/**
 * The value a leaf was scored on (its raw value, or the imputed one), when its deductions were
 * deferred by a lazy {@link LeafWork}: a `deduction` leaf scored from a number. Else undefined.
 */
export function deferredValue(c: Compiled, i: number, missingCode: number, raw: IndicatorValue): number | undefined {
  if (c.flat.deduction[i] !== 1) return undefined
  const v = missingCode === 0 ? raw : missingCode === 3 ? (c.nodes[i]!.missing as { readonly value: IndicatorValue }).value : undefined
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

/** Evaluates leaf `i` against the subject data into `w`, applying its missing-data policy. */
export function evaluateLeafInto(c: Compiled, i: number, data: SubjectData, w: LeafWork): void {
  const f = c.flat
  const id = f.ids[i]!
  let value: IndicatorValue = null
  let evidence: readonly string[] = NONE
  if (Object.hasOwn(data, id)) {
    const entry: unknown = data[id]
    if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
      const r = readValue(data, id)
      value = r.value
      evidence = r.evidence
    } else if (entry !== undefined) value = entry as IndicatorValue
  }
  const score = f.scorers[i]!
  let deductions: SheetDeduction[] | undefined
  w.raw[i] = value
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

/** Evaluates every leaf of a subject into `w` (reset first). */
export function evaluateLeaves(c: Compiled, data: SubjectData, w: LeafWork): void {
  w.details = null
  if (SCRATCH.length !== 0) SCRATCH.length = 0
  for (const i of c.flat.leafList) evaluateLeafInto(c, i, data, w)
}
