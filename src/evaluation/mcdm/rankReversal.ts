import type { CriterionType, FlatMatrix, Matrix, ScoringMethod, TieRule, WeightPolicy } from './types'
import { readRankOptions } from './internal/rankOptions'
import { readScorer } from './internal/method'
import { fastRanksInto, rankScratch } from './internal/ranking'
import { f64, fail, frozenArray, i32, opt, readMatrix, readNumber, readOptions, readTypes, readWeightPolicy, readWeights } from './internal/validate'

/**
 * Options of {@link rankReversal}.
 * @example
 * const o: RankReversalOptions = { weights: [0.5, 0.5], types: ['benefit', 'cost'], method: 'topsis', degrade: 0.1 }
 */
export interface RankReversalOptions {
  /** The weights. */
  readonly weights: readonly number[]
  /** One direction per column. */
  readonly types: readonly CriterionType[]
  /** `topsis` (default) or `weighted-sum`. */
  readonly method?: ScoringMethod
  /** Normalisation of the method (TOPSIS: `vector` default or `minmax`; weighted sum: `minmax` default, `max` or `none`). */
  readonly normalization?: 'vector' | 'minmax' | 'max' | 'none'
  /**
   * How much worse the replacement of a subject is, as a share of each column's range (default 0.1):
   * benefit x − d·(max − min), cost x + d·(max − min) (a constant column uses max(|x|, 1) as its range;
   * under `max` normalisation a benefit value stops at 0).
   */
  readonly degrade?: number
  /** What to do with weights that do not sum to 1 (default `renormalize`). */
  readonly weightPolicy?: WeightPolicy
  /** Tie rule (default `competition`). */
  readonly ties?: TieRule
  /** Relative tie tolerance (default 1e-12). */
  readonly tolerance?: number
}

/**
 * What happened to the others when one subject was removed or made worse.
 * @example
 * const e: ReversalEffect = { changed: 2, leaderChanged: true }
 */
export interface ReversalEffect {
  /** How many of the other subjects changed rank among themselves. */
  readonly changed: number
  /** Whether the best of the other subjects changed. */
  readonly leaderChanged: boolean
}

/**
 * The result of {@link rankReversal}.
 * @example
 * const r: RankReversalResult = rankReversal([[3, 1], [2, 2], [1, 3]], { weights: [0.5, 0.5], types: ['benefit', 'benefit'], method: 'weighted-sum', normalization: 'none' })
 * r.removalReversals //=> 0
 */
export interface RankReversalResult {
  /** The base ranks. */
  readonly baseRanks: readonly number[]
  /** Per subject (input order): the effect of removing it, and of replacing it by a worse copy (null for a rank-1 subject). */
  readonly subjects: readonly {
    /** The subject's row index. */
    readonly subject: number
    /** Removing the subject from the cohort. */
    readonly removal: ReversalEffect
    /** Replacing it by a worse copy (Wang–Triantaphyllou test 1); null when the subject ranks first. */
    readonly worseCopy: ReversalEffect | null
  }[]
  /** How many removals changed the order of the others. */
  readonly removalReversals: number
  /** How many worse copies changed the order of the others. */
  readonly worseCopyReversals: number
  /** The conventions used. */
  readonly conventions: {
    /** The scoring method. */
    readonly method: ScoringMethod
    /** Its normalisation. */
    readonly normalization: string
    /** The weights (normalised). */
    readonly weights: readonly number[]
    /** The column directions. */
    readonly types: readonly CriterionType[]
    /** The degrade share. */
    readonly degrade: number
    /** The tie rule. */
    readonly ties: TieRule
    /** The relative tie tolerance. */
    readonly tolerance: number
  }
}

/**
 * Rank-reversal checks (排序逆转检验, Wang & Triantaphyllou 2008, as scikit-criteria's
 * RankInvariantChecker): does the order of the other subjects change when one subject is removed
 * from the cohort, or replaced by a worse copy of itself? Cohort-relative normalisations (min-max,
 * vector) can reverse ranks; a weighted sum of raw or goalpost scores cannot.
 *
 * @param matrix - subjects × indicators (at least 3 subjects)
 * @param options - weights, directions, method, normalisation, degrade share, tie rule
 * @returns the base ranks, per subject the effect of removal and of a worse copy, totals and the conventions
 * @throws TongxinError `MCDM_NO_DISCRIMINATION` when the base problem cannot rank; the validation errors of
 *   {@link topsis} / {@link weightedSum}
 * @see notes/evaluation.md §6 item 8 (rank-reversal checks, scikit-criteria-style), §3 (cohort-relative normalisations)
 * @example
 * const r = rankReversal([[3, 1], [2, 2], [1, 3]], { weights: [0.5, 0.5], types: ['benefit', 'benefit'], method: 'weighted-sum', normalization: 'none' })
 * r.removalReversals   //=> 0
 * r.worseCopyReversals //=> 0
 */
export function rankReversal(matrix: Matrix | FlatMatrix, options: RankReversalOptions): RankReversalResult {
  const o = readOptions(options)
  const m = readMatrix(matrix, 'matrix', 3, 1)
  const { rows, cols, data } = m
  const { benefit, types } = readTypes(opt(o, 'types'), cols)
  const weightPolicy = readWeightPolicy(opt(o, 'weightPolicy'))
  const w = readWeights(opt(o, 'weights'), cols, weightPolicy)
  const scorer = readScorer(o, benefit)
  const degrade = readNumber(opt(o, 'degrade'), 'degrade', { min: Number.MIN_VALUE, max: 1, fallback: 0.1 })
  const conv = readRankOptions({ ...o, order: 'descending' })
  const dense = conv.ties === 'dense'
  const tol = conv.tolerance

  const base = scorer.prepare(m)
  const scores = new Float64Array(rows)
  if (!scorer.score(base, w, scores)) fail('MCDM_NO_DISCRIMINATION')
  const baseRanks = new Int32Array(rows)
  fastRanksInto(scores, true, dense, tol, baseRanks, rankScratch(rows))

  const n1 = rows - 1
  const scratch = rankScratch(n1)
  const refScores = new Float64Array(n1)
  const refRanks = new Int32Array(n1)
  const newScores = new Float64Array(n1)
  const newRanks = new Int32Array(n1)
  // Compares the others' ranks among themselves: before (refScores) and after (newScores).
  const effect = (): ReversalEffect => {
    fastRanksInto(refScores, true, dense, tol, refRanks, scratch)
    fastRanksInto(newScores, true, dense, tol, newRanks, scratch)
    let changed = 0
    let leaderChanged = false
    for (let i = 0; i < n1; i++) {
      if (i32(refRanks, i) !== i32(newRanks, i)) changed++
      if ((i32(refRanks, i) === 1) !== (i32(newRanks, i) === 1)) leaderChanged = true
    }
    return Object.freeze({ changed, leaderChanged })
  }
  const fillRef = (k: number): void => {
    for (let i = 0, t = 0; i < rows; i++) if (i !== k) refScores[t++] = f64(scores, i)
  }

  const sub = new Float64Array(n1 * cols)
  const worse = new Float64Array(rows * cols)
  const all = new Float64Array(rows)
  const span = new Float64Array(cols)
  for (let j = 0; j < cols; j++) span[j] = f64(base.max, j) - f64(base.min, j)
  const clampAtZero = scorer.method === 'weighted-sum' && scorer.normalization === 'max'
  const subjects = []
  let removalReversals = 0
  let worseCopyReversals = 0
  for (let k = 0; k < rows; k++) {
    fillRef(k)
    // Removal: score the others without k.
    for (let i = 0, t = 0; i < rows; i++) {
      if (i === k) continue
      sub.set(data.subarray(i * cols, (i + 1) * cols), t * cols)
      t++
    }
    if (!scorer.score(scorer.prepare({ rows: n1, cols, data: sub }), w, newScores)) newScores.fill(0)
    const removal = effect()
    if (removal.changed > 0) removalReversals++
    // Worse copy (only for a subject that does not rank first).
    let worseCopy: ReversalEffect | null = null
    if (i32(baseRanks, k) !== 1) {
      worse.set(data)
      for (let j = 0; j < cols; j++) {
        const t = k * cols + j
        const x = f64(data, t)
        const d = degrade * (f64(span, j) > 0 && Number.isFinite(f64(span, j)) ? f64(span, j) : Math.max(Math.abs(x), 1))
        const v = benefit[j] === 1 ? (clampAtZero ? Math.max(0, x - d) : x - d) : x + d
        worse[t] = Number.isFinite(v) ? v : x
      }
      if (!scorer.score(scorer.prepare({ rows, cols, data: worse }), w, all)) all.fill(0)
      for (let i = 0, t = 0; i < rows; i++) if (i !== k) newScores[t++] = f64(all, i)
      worseCopy = effect()
      if (worseCopy.changed > 0) worseCopyReversals++
    }
    subjects.push(Object.freeze({ subject: k, removal, worseCopy }))
  }
  return Object.freeze({
    baseRanks: frozenArray(baseRanks),
    subjects: Object.freeze(subjects),
    removalReversals,
    worseCopyReversals,
    conventions: Object.freeze({
      method: scorer.method,
      normalization: scorer.normalization,
      weights: frozenArray(w),
      types,
      degrade,
      ties: conv.ties,
      tolerance: tol,
    }),
  })
}
