/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices come from the compiled rubric and the batch, and stay within their bounds */
import { TongxinError } from '../../../errors/TongxinError'
import type { ScoreBatch, ScoredSubject, ScoreMatrix, ScoreMatrixOptions, SheetField } from '../scoreSubjects'
import type { ScoreSheet } from '../types'
import { normalisedAt, pointsAt, StoredSheet, type SheetStore } from './aggregate'
import type { Compiled } from './compile'
import { describe, isPlainObject } from './fail'
import { RAW } from './leaf'

function invalidArgument(name: string, reason: string): never {
  throw new TongxinError('EVAL_ARGUMENT_INVALID', { name, reason })
}

const FIELDS: readonly SheetField[] = ['points', 'normalised', 'raw']

/**
 * Writes the normalised values of nodes `at` (columns), row-major, NaN replaced by `fill`. Two
 * passes: the common case (a present leaf: rule points ÷ the rule's maximum) without a branch on
 * the data, then the exceptions (inner nodes, missing leaves, NaN) through `normalisedAt`.
 */
function normalisedMatrix(c: Compiled, st: SheetStore, at: Int32Array, rows: number, fill: number, values: Float64Array): void {
  const { value, n } = st
  const { isLeaf, ruleMax } = c.flat
  const cols = at.length
  // Per column: the rule maximum of a leaf, 0 for an inner node.
  const leafMax = new Float64Array(cols)
  for (let j = 0; j < cols; j++) leafMax[j] = isLeaf[at[j]!] === 1 ? ruleMax[at[j]!]! : 0
  for (let s = 0, base = 0, o = 0; s < rows; s++, base += n, o += cols) {
    for (let j = 0; j < cols; j++) {
      const rm = leafMax[j]!
      const v = value[base + at[j]!]!
      values[o + j] = rm === 1 ? v : v / rm
    }
  }
  fixNormalised(c, st, at, leafMax, rows, fill, values)
}

/** The second pass of {@link normalisedMatrix}. */
function fixNormalised(c: Compiled, st: SheetStore, at: Int32Array, leafMax: Float64Array, rows: number, fill: number, values: Float64Array): void {
  const { miss, n } = st
  const cols = at.length
  for (let s = 0, base = 0, o = 0; s < rows; s++, base += n, o += cols) {
    for (let j = 0; j < cols; j++) {
      const k = base + at[j]!
      const v = values[o + j]!
      if (leafMax[j]! > 0 && miss[k] !== 2 && v === v) continue
      const x = normalisedAt(c, st, k, at[j]!)
      values[o + j] = x !== x ? fill : x
    }
  }
}

/** The batch returned by `scoreSubjects`: columnar storage, sheets on demand. */
export class Batch implements ScoreBatch {
  readonly length: number
  readonly rubricId: string
  readonly rubricVersion: string
  readonly ids: readonly string[]
  readonly nodeIds: readonly string[]
  readonly leafIds: readonly string[]
  readonly #c: Compiled
  readonly #store: SheetStore
  readonly #index: ReadonlyMap<string, number>
  readonly #subjects: (ScoredSubject | undefined)[]
  #all: readonly ScoredSubject[] | undefined

  constructor(c: Compiled, store: SheetStore, ids: readonly string[], index: ReadonlyMap<string, number>) {
    this.length = ids.length
    this.rubricId = c.rubric.id
    this.rubricVersion = c.rubric.version
    this.ids = Object.freeze(ids)
    this.nodeIds = c.flat.ids
    this.leafIds = leafIdsOf(c)
    this.#c = c
    this.#store = store
    this.#index = index
    this.#subjects = new Array<ScoredSubject | undefined>(ids.length)
    this.#all = undefined
    Object.freeze(this)
  }

  indexOf(id: string): number {
    return this.#index.get(id) ?? -1
  }

  #slot(index: unknown): number {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= this.length) {
      invalidArgument('index', `must be an integer in [0, ${this.length}), got ${describe(index)}`)
    }
    return index
  }

  subject(index: number): ScoredSubject {
    const i = this.#slot(index)
    let s = this.#subjects[i]
    if (s === undefined) {
      s = Object.freeze({ id: this.ids[i]!, sheet: new StoredSheet(this.#c, this.#store, i) })
      this.#subjects[i] = s
    }
    return s
  }

  sheet(index: number): ScoreSheet {
    return this.subject(index).sheet
  }

  toArray(): readonly ScoredSubject[] {
    if (this.#all === undefined) {
      const out = new Array<ScoredSubject>(this.length)
      for (let i = 0; i < this.length; i++) out[i] = this.subject(i)
      this.#all = Object.freeze(out)
    }
    return this.#all
  }

  toJSON(): readonly ScoredSubject[] {
    return this.toArray()
  }

  *[Symbol.iterator](): Iterator<ScoredSubject> {
    for (let i = 0; i < this.length; i++) yield this.subject(i)
  }

  totals(): Float64Array {
    return this.#store.total.slice()
  }

  grades(): readonly (string | null)[] {
    return Object.freeze(this.#store.grade.slice())
  }

  column(nodeId: string, field: SheetField = 'points'): Float64Array {
    const i = this.#node(nodeId, 'nodeId')
    const f = readField(field)
    const out = new Float64Array(this.length)
    const n = this.#store.n
    for (let s = 0; s < this.length; s++) out[s] = this.#value(f, s * n + i, i)
    return out
  }

  matrix(options?: ScoreMatrixOptions): ScoreMatrix {
    if (options !== undefined && !isPlainObject(options)) invalidArgument('options', 'must be an object')
    const o: Readonly<Record<string, unknown>> = options ?? {}
    const nodesOpt = Object.hasOwn(o, 'nodes') ? o.nodes : undefined
    const fillOpt = Object.hasOwn(o, 'fill') ? o.fill : undefined
    const f = readField(Object.hasOwn(o, 'field') ? o.field : undefined)
    if (fillOpt !== undefined && (typeof fillOpt !== 'number' || !Number.isFinite(fillOpt))) invalidArgument('options.fill', 'must be a finite number')
    let columnIds: readonly string[]
    if (nodesOpt === undefined) columnIds = this.leafIds
    else {
      if (!Array.isArray(nodesOpt) || nodesOpt.length === 0) invalidArgument('options.nodes', 'must be a non-empty array of node ids')
      columnIds = Object.freeze([...(nodesOpt as readonly unknown[])].map((id) => this.#c.flat.ids[this.#node(id, 'options.nodes')]!))
    }
    const cols = columnIds.length
    const at = Int32Array.from(columnIds, (id) => this.#c.indexById.get(id)!)
    const rows = this.length
    const n = this.#store.n
    const values = new Float64Array(rows * cols)
    const fill = fillOpt ?? Number.NaN
    const st = this.#store
    const c = this.#c
    // One loop per field over the typed columns (row-major output, written in order).
    if (f === 'normalised') normalisedMatrix(c, st, at, rows, fill, values)
    else if (f === 'points') {
      for (let s = 0, base = 0, o = 0; s < rows; s++, base += n, o += cols) for (let j = 0; j < cols; j++) values[o + j] = pointsAt(c, st, base + at[j]!, at[j]!)
    } else {
      const { rawKind, rawNum } = st
      for (let s = 0, base = 0, o = 0; s < rows; s++, base += n, o += cols) {
        for (let j = 0; j < cols; j++) {
          const k = base + at[j]!
          values[o + j] = rawKind[k] === RAW.NUMBER ? rawNum[k]! : fill
        }
      }
    }
    return Object.freeze({ rows, columns: cols, values, rowIds: this.ids, columnIds })
  }

  #node(id: unknown, name: string): number {
    const i = typeof id === 'string' ? this.#c.indexById.get(id) : undefined
    if (i === undefined) return invalidArgument(name, `unknown node ${describe(id)}`)
    return i
  }

  #value(field: SheetField, k: number, i: number): number {
    const st = this.#store
    if (field === 'points') return pointsAt(this.#c, st, k, i)
    if (field === 'normalised') return normalisedAt(this.#c, st, k, i)
    return st.rawKind[k] === RAW.NUMBER ? st.rawNum[k]! : Number.NaN
  }
}

function readField(field: unknown): SheetField {
  if (field === undefined) return 'points'
  if (typeof field === 'string' && (FIELDS as readonly string[]).includes(field)) return field as SheetField
  return invalidArgument('field', `must be one of ${FIELDS.join(', ')}`)
}

const leafIdCache = new WeakMap<Compiled, readonly string[]>()

function leafIdsOf(c: Compiled): readonly string[] {
  let ids = leafIdCache.get(c)
  if (ids === undefined) {
    ids = Object.freeze(Array.from(c.flat.leafList, (i) => c.flat.ids[i]!))
    leafIdCache.set(c, ids)
  }
  return ids
}
