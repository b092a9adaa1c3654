import type { CriterionType, FlatMatrix, Matrix, ScoringMethod, TieRule, WeightPolicy } from './types'
import { readRankOptions } from './internal/rankOptions'
import { readScorer } from './internal/method'
import { fastRanksInto, rankScratch } from './internal/ranking'
import { reweight } from './internal/reweight'
import { f64, fail, frozenArray, i32, invalid, opt, readMatrix, readOptions, readTypes, readVector, readWeightPolicy, readWeights } from './internal/validate'

/**
 * Options of {@link weightSensitivity}.
 * @example
 * const o: WeightSensitivityOptions = { weights: [0.5, 0.5], types: ['benefit', 'cost'], changes: [-0.2, 0.2] }
 */
export interface WeightSensitivityOptions {
  /** The base weights. */
  readonly weights: readonly number[]
  /** One direction per column. */
  readonly types: readonly CriterionType[]
  /** Relative changes applied to one weight at a time (default [−0.2, −0.1, 0.1, 0.2], i.e. ±10 %, ±20 %); each > −1. */
  readonly changes?: readonly number[]
  /** `topsis` (default) or `weighted-sum`. */
  readonly method?: ScoringMethod
  /** Normalisation of the method (TOPSIS: `vector` default or `minmax`; weighted sum: `minmax` default, `max` or `none`). */
  readonly normalization?: 'vector' | 'minmax' | 'max' | 'none'
  /** What to do with weights that do not sum to 1 (default `renormalize`). */
  readonly weightPolicy?: WeightPolicy
  /** Tie rule (default `competition`). */
  readonly ties?: TieRule
  /** Relative tie tolerance (default 1e-12). */
  readonly tolerance?: number
}

/**
 * The effect of one weight change.
 * @example
 * const s: SensitivityStep = { change: 0.2, weight: 0.6, weights: [0.6, 0.4], ranks: [1, 2], rankChanges: 0, maxShift: 0, leaderChanged: false }
 */
export interface SensitivityStep {
  /** The relative change applied to the criterion's weight. */
  readonly change: number
  /** The criterion's new weight (clamped to [0, 1]). */
  readonly weight: number
  /** All weights after proportional renormalisation. */
  readonly weights: readonly number[]
  /** The ranks under the new weights. */
  readonly ranks: readonly number[]
  /** How many subjects changed rank. */
  readonly rankChanges: number
  /** The largest |rank change| of any subject. */
  readonly maxShift: number
  /** Whether the set of rank-1 subjects changed. */
  readonly leaderChanged: boolean
}

/**
 * The result of {@link weightSensitivity}.
 * @example
 * const r: WeightSensitivityResult = weightSensitivity([[1, 2], [2, 1]], { weights: [0.5, 0.5], types: ['benefit', 'benefit'], method: 'weighted-sum' })
 * r.criteria.length //=> 2
 */
export interface WeightSensitivityResult {
  /** The ranks under the base weights. */
  readonly baseRanks: readonly number[]
  /** Per criterion (in column order), one step per change. */
  readonly criteria: readonly {
    /** The column index. */
    readonly criterion: number
    /** The steps, in the order of `changes`. */
    readonly steps: readonly SensitivityStep[]
  }[]
  /** The conventions used. */
  readonly conventions: {
    /** The scoring method. */
    readonly method: ScoringMethod
    /** Its normalisation. */
    readonly normalization: string
    /** The base weights (normalised). */
    readonly weights: readonly number[]
    /** The column directions. */
    readonly types: readonly CriterionType[]
    /** The relative changes. */
    readonly changes: readonly number[]
    /** Always `proportional`: the other weights are rescaled to keep the sum 1 (shared equally if the changed weight was 1). */
    readonly renormalization: 'proportional'
    /** The tie rule. */
    readonly ties: TieRule
    /** The relative tie tolerance. */
    readonly tolerance: number
  }
}

/**
 * One-at-a-time weight sensitivity (单因素敏感性分析): each weight in turn is changed by each relative
 * amount (±10 %, ±20 % by default), the others rescaled proportionally, and the ranking recomputed.
 *
 * @param matrix - subjects × indicators (at least 2 subjects)
 * @param options - weights, directions, changes, method, normalisation, tie rule
 * @returns the base ranks and, per criterion and change, the new ranks and how much they moved
 * @throws TongxinError `MCDM_NO_DISCRIMINATION` when the base problem cannot rank; the validation errors of
 *   {@link topsis} / {@link weightedSum}; `MCDM_INVALID_ARGUMENT` for a change ≤ −1
 * @see notes/evaluation.md §6 item 8 (one-at-a-time weight perturbation ±x % with renormalisation)
 * @example
 * const r = weightSensitivity([[0.9, 0.1], [0.5, 0.6]], { weights: [0.5, 0.5], types: ['benefit', 'benefit'], method: 'weighted-sum', normalization: 'none', changes: [-0.5] })
 * r.baseRanks                          //=> [2, 1]
 * r.criteria[1]?.steps[0]?.ranks       //=> [1, 2]
 */
export function weightSensitivity(matrix: Matrix | FlatMatrix, options: WeightSensitivityOptions): WeightSensitivityResult {
  const o = readOptions(options)
  const m = readMatrix(matrix, 'matrix', 2, 1)
  const { rows, cols } = m
  const { benefit, types } = readTypes(opt(o, 'types'), cols)
  const weightPolicy = readWeightPolicy(opt(o, 'weightPolicy'))
  const w = readWeights(opt(o, 'weights'), cols, weightPolicy)
  const scorer = readScorer(o, benefit)
  const changesOpt = opt(o, 'changes')
  const changes = changesOpt === undefined ? Float64Array.from([-0.2, -0.1, 0.1, 0.2]) : readVector(changesOpt, 'changes', undefined, 1)
  for (const c of changes) if (!(c > -1) || c > 1e6) invalid('changes', 'relative changes in (−1, 1e6]')
  const rankConv = readRankOptions({ ...o, order: 'descending' })
  const dense = rankConv.ties === 'dense'
  const prep = scorer.prepare(m)
  const scores = new Float64Array(rows)
  const base = new Int32Array(rows)
  const ranks = new Int32Array(rows)
  const scratch = rankScratch(rows)
  if (!scorer.score(prep, w, scores)) fail('MCDM_NO_DISCRIMINATION')
  fastRanksInto(scores, true, dense, rankConv.tolerance, base, scratch)
  const w2 = new Float64Array(cols)
  const criteria = []
  for (let k = 0; k < cols; k++) {
    const steps: SensitivityStep[] = []
    for (const c of changes) {
      const t = Math.min(1, Math.max(0, f64(w, k) * (1 + c)))
      reweight(w, k, t, w2)
      if (scorer.score(prep, w2, scores)) fastRanksInto(scores, true, dense, rankConv.tolerance, ranks, scratch)
      else ranks.fill(1)
      let rankChanges = 0
      let maxShift = 0
      let leaderChanged = false
      for (let i = 0; i < rows; i++) {
        const d = Math.abs(i32(ranks, i) - i32(base, i))
        if (d > 0) rankChanges++
        if (d > maxShift) maxShift = d
        if ((ranks[i] === 1) !== (base[i] === 1)) leaderChanged = true
      }
      steps.push(
        Object.freeze({ change: c, weight: t, weights: frozenArray(w2), ranks: frozenArray(ranks), rankChanges, maxShift, leaderChanged }),
      )
    }
    criteria.push(Object.freeze({ criterion: k, steps: Object.freeze(steps) }))
  }
  return Object.freeze({
    baseRanks: frozenArray(base),
    criteria: Object.freeze(criteria),
    conventions: Object.freeze({
      method: scorer.method,
      normalization: scorer.normalization,
      weights: frozenArray(w),
      types,
      changes: frozenArray(changes),
      renormalization: 'proportional' as const,
      ties: rankConv.ties,
      tolerance: rankConv.tolerance,
    }),
  })
}
