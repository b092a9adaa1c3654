import { TongxinError } from '../../errors/TongxinError'
import { aggregateInto, newScratch, newStore, type SheetStore } from './internal/aggregate'
import { Batch } from './internal/batch'
import { compileRubric, type Compiled } from './internal/compile'
import { guard, invalidData, isPlainObject } from './internal/fail'
import { directKeys, evaluateLeaves, newWork, ShapeReader } from './internal/leaf'
import type { Rubric, ScoreSheet, SubjectData } from './types'

/**
 * A subject to score: an id and its data.
 * @example
 * const s: Subject = { id: 'c01', data: { teamCount: 3 } }
 */
export interface Subject {
  /** Subject id (community, team, station …). */
  readonly id: string
  /** Its indicator values and facts. */
  readonly data: SubjectData
}

/**
 * A subject's score sheet.
 * @example
 * const s: ScoredSubject = scoreSubjects(rubric, subjects).subject(0)
 */
export interface ScoredSubject {
  /** Subject id. */
  readonly id: string
  /** Its score sheet. */
  readonly sheet: ScoreSheet
}

/**
 * Which per-node number a column or matrix of a {@link ScoreBatch} holds: `points` (the
 * weighted contribution, always a number), `normalised` (NaN where the sheet shows `null`) or
 * `raw` (the raw value where it is a number, else NaN).
 * @example
 * const f: SheetField = 'normalised'
 */
export type SheetField = 'points' | 'normalised' | 'raw'

/**
 * Options of {@link ScoreBatch.matrix}.
 * @example
 * const o: ScoreMatrixOptions = { field: 'normalised', fill: 0 }
 */
export interface ScoreMatrixOptions {
  /** Node ids, one per column (any nodes, in this order); default every indicator (leaf) in rubric order. */
  readonly nodes?: readonly string[]
  /** Which number (default `points`). */
  readonly field?: SheetField
  /** A finite number written instead of NaN (a `null` normalised value, a raw value that is not a number); default: NaN stays. */
  readonly fill?: number
}

/**
 * A subjects × nodes matrix, row-major in one Float64Array (row i = subject i of the batch).
 * It has the shape of the `FlatMatrix` the ranking functions accept: pass it to `topsis`,
 * `weightedSum` … as it is.
 * @example
 * const m: ScoreMatrix = scoreSubjects(rubric, subjects).matrix()
 * m.values[m.columns * 2 + 0] // subject 2, first indicator
 */
export interface ScoreMatrix {
  /** Number of rows (subjects). */
  readonly rows: number
  /** Number of columns (nodes). */
  readonly columns: number
  /** The values, row-major: subject i, column j at `i · columns + j` (a fresh copy). */
  readonly values: Float64Array
  /** Subject id per row. */
  readonly rowIds: readonly string[]
  /** Node id per column. */
  readonly columnIds: readonly string[]
}

/**
 * The score sheets of many subjects (one rubric), kept column by column: per node one number
 * per subject (a leaf's rule points, an inner node's points), a missing-data code and the raw
 * value, and per subject the total, grade, status, vetoes, caps and gates; points and normalised
 * values are derived from them with the arithmetic the aggregation used. Ranking reads the columns directly (`totals`,
 * `column`, `matrix`); a {@link ScoreSheet} is made only when asked for (`sheet`, `subject`,
 * iteration, `toArray`) and builds its `nodes` on first read. Every sheet equals the one
 * `scoreRubric` gives for the same subject (the same numbers, bit for bit, the same own keys);
 * a sheet's `nodes` are built on first read and kept. Immutable: sheets are frozen, columns and
 * matrices are fresh copies.
 * @example
 * const batch = scoreSubjects(rubric, subjects)
 * batch.sheet(0).total                        // the first subject's total
 * for (const { id, sheet } of batch) console.log(id, sheet.grade)
 * const totals = batch.totals()               // Float64Array, one per subject
 */
export interface ScoreBatch extends Iterable<ScoredSubject> {
  /** Number of subjects. */
  readonly length: number
  /** The rubric's id. */
  readonly rubricId: string
  /** The rubric's version. */
  readonly rubricVersion: string
  /** Subject ids, in input order. */
  readonly ids: readonly string[]
  /** Every node id of the rubric, in rubric order (pre-order), as in `sheet.nodes`. */
  readonly nodeIds: readonly string[]
  /** The indicator (leaf) ids, in rubric order: the default columns of {@link ScoreBatch.matrix}. */
  readonly leafIds: readonly string[]
  /**
   * The position of a subject.
   * @param id - a subject id
   * @returns its index, or -1
   */
  indexOf(id: string): number
  /**
   * The sheet of the subject at `index` (made on first call, then the same object).
   * @param index - 0 ≤ index < length
   * @returns its score sheet
   * @throws TongxinError `EVAL_ARGUMENT_INVALID` for an index out of range
   */
  sheet(index: number): ScoreSheet
  /**
   * The subject at `index` with its sheet.
   * @param index - 0 ≤ index < length
   * @returns `{ id, sheet }`
   * @throws TongxinError `EVAL_ARGUMENT_INVALID` for an index out of range
   */
  subject(index: number): ScoredSubject
  /**
   * Every subject with its sheet, in input order (made once, then the same frozen array).
   * @returns the subjects
   */
  toArray(): readonly ScoredSubject[]
  /**
   * What `JSON.stringify(batch)` writes: every subject with its sheet (the same JSON as an array
   * of `{ id, sheet }` with the sheets of `scoreRubric`).
   * @returns the subjects
   */
  toJSON(): readonly ScoredSubject[]
  /**
   * The totals, one per subject in input order.
   * @returns a fresh Float64Array
   */
  totals(): Float64Array
  /**
   * The grades (ids, `null` for none), one per subject in input order.
   * @returns a frozen array
   */
  grades(): readonly (string | null)[]
  /**
   * One node's numbers across the subjects.
   * @param nodeId - a node id of the rubric
   * @param field - which number (default `points`)
   * @returns a fresh Float64Array, one value per subject
   * @throws TongxinError `EVAL_ARGUMENT_INVALID` for an unknown node or field
   */
  column(nodeId: string, field?: SheetField): Float64Array
  /**
   * A subjects × nodes matrix for ranking (`topsis`, `weightedSum` … accept it as it is).
   * @param options - columns, field, fill value
   * @returns the row-major matrix with its row and column ids
   * @throws TongxinError `EVAL_ARGUMENT_INVALID` for an unknown node or field, or a fill that is not finite
   */
  matrix(options?: ScoreMatrixOptions): ScoreMatrix
}

/**
 * Scores many subjects against one rubric (validated once) into a columnar {@link ScoreBatch}.
 * Subjects are independent, so results come back in input order: permuting the subjects
 * permutes the results, and each subject's sheet equals `scoreRubric(rubric, data)`.
 *
 * @param rubric - a typed rubric
 * @param subjects - subjects with unique ids
 * @returns the batch: sheets on demand, totals, grades, columns and matrices for ranking
 * @throws TongxinError `EVAL_RUBRIC_INVALID`, `EVAL_DATA_INVALID` (naming the subject), `EVAL_ARGUMENT_INVALID` for duplicate ids
 * @example
 * const batch = scoreSubjects(rubric, [{ id: 'a', data: {} }, { id: 'b', data: {} }])
 * batch.toArray().map((s) => s.sheet.total)
 * topsis(batch.matrix(), { weights, types }) // indicators' points straight into TOPSIS
 */
export function scoreSubjects(rubric: Rubric, subjects: readonly Subject[]): ScoreBatch {
  const c = compileRubric(rubric)
  return guard('EVAL_DATA_INVALID', () => {
    if (!Array.isArray(subjects)) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'subjects', reason: 'must be an array' })
    const count = subjects.length
    if (count * c.nodes.length > 50_000_000) {
      throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'subjects', reason: 'too many subjects × nodes for one batch (50 million); split it' })
    }
    const store = newStore(c, count, true)
    const index = new Map<string, number>()
    const ids = new Array<string>(count)
    scoreInto(c, subjects, store, ids, index)
    return new Batch(c, store, ids, index)
  })
}

/**
 * Scores every subject into the store, filling `ids` and `index`. (The loop is a function of its
 * own that ends with it: V8 compiles a long loop while it runs, and code after the loop that has
 * never run would throw that compiled code away on every call.)
 */
function scoreInto(c: Compiled, subjects: readonly Subject[], store: SheetStore, ids: string[], index: Map<string, number>): void {
  const count = subjects.length
  const w = newWork(c, true, store)
  const scratch = newScratch(c)
  const direct = directKeys(c)
  const reader = new ShapeReader(c, direct)
  const conditionData: SubjectData[] = [{}]
  for (let k = 0; k < count; k++) {
    const s: unknown = (subjects as readonly unknown[])[k]
    if (!isPlainObject(s) || typeof s.id !== 'string') throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'subjects', reason: 'each subject needs a string id' })
    const id = s.id
    index.set(id, k) // one hash operation; a duplicate leaves the size unchanged
    if (index.size === k) throw new TongxinError('EVAL_ARGUMENT_INVALID', { name: 'subjects', reason: `duplicate id ${id}` })
    ids[k] = id
    const data = s.data
    if (!isPlainObject(data)) invalidData('', `the data of subject ${id} must be an object`)
    w.base = k * store.n
    try {
      evaluateLeaves(c, data as SubjectData, w, direct, reader)
    } catch (e) {
      if (e instanceof TongxinError && e.code === 'EVAL_DATA_INVALID') {
        throw new TongxinError('EVAL_DATA_INVALID', { ...e.params, indicator: `${id}/${String(e.params.indicator)}` })
      }
      throw e
    }
    conditionData[0] = data as SubjectData
    aggregateInto(c, w, conditionData, store, k, scratch)
  }
}
