import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import type { CriterionType, FlatMatrix, Matrix, ScoringMethod, TieRule, WeightPolicy } from './types'
import { readRankOptions } from './internal/rankOptions'
import { readScorer, readSeed } from './internal/method'
import { fastRanksInto, rankScratch } from './internal/ranking'
import { at, f64, fail, frozenArray, i32, opt, readBoolean, readMatrix, readNumber, readOptions, readTypes, readWeightPolicy, readWeights, u32 } from './internal/validate'

/**
 * Options of {@link rankStability}.
 * @example
 * const o: RankStabilityOptions = { weights: [0.5, 0.3, 0.2], types: ['benefit', 'benefit', 'cost'], seed: 42, draws: 1000, weightSpread: 0.2, topK: 5 }
 */
export interface RankStabilityOptions {
  /** The base weights (non-negative; renormalised unless `weightPolicy` says otherwise). */
  readonly weights: readonly number[]
  /** One direction per column. */
  readonly types: readonly CriterionType[]
  /** The seed of the pseudo-random generator (xoroshiro128+): an integer. Same seed, same result. */
  readonly seed: number
  /** Number of Monte-Carlo draws (default 1000, at most 1,000,000). */
  readonly draws?: number
  /** `topsis` (default) or `weighted-sum`. */
  readonly method?: ScoringMethod
  /** Normalisation of the method (TOPSIS: `vector` default or `minmax`; weighted sum: `minmax` default, `max` or `none`). */
  readonly normalization?: 'vector' | 'minmax' | 'max' | 'none'
  /** Each weight is multiplied by 1 + U(−spread, +spread), then all are renormalised (default 0.2, i.e. ±20 %; at most 0.99). */
  readonly weightSpread?: number
  /** Each raw value is multiplied by 1 + U(−spread, +spread) (default 0: values are not perturbed; at most 0.99). */
  readonly valueSpread?: number
  /** The k of "probability of being in the top k" (default min(5, subjects)). */
  readonly topK?: number
  /** Whether to return the full rank distribution per subject (default true; m × m numbers). */
  readonly rankProbabilities?: boolean
  /** What to do with weights that do not sum to 1 (default `renormalize`). */
  readonly weightPolicy?: WeightPolicy
  /** Tie rule for the ranks in each draw (default `competition`). */
  readonly ties?: TieRule
  /** Relative tie tolerance (default 1e-12). */
  readonly tolerance?: number
}

/**
 * How stable one subject's rank is under perturbation.
 * @example
 * const s: SubjectStability = { subject: 0, baseRank: 1, meanRank: 1.2, medianRank: 1, rankInterval: [1, 2], topKProbability: 1, rankProbabilities: [0.8, 0.2, 0] }
 */
export interface SubjectStability {
  /** The subject's row index. */
  readonly subject: number
  /** The rank with the base weights and values. */
  readonly baseRank: number
  /** The mean rank over the draws. */
  readonly meanRank: number
  /** The median rank over the draws. */
  readonly medianRank: number
  /** The 5th and 95th percentile ranks over the draws (a 90 % rank interval). */
  readonly rankInterval: readonly [number, number]
  /** The share of draws in which the rank was ≤ k. */
  readonly topKProbability: number
  /** Probability of each rank 1…m (index 0 = rank 1); empty when `rankProbabilities: false`. */
  readonly rankProbabilities: readonly number[]
}

/**
 * The result of {@link rankStability}.
 * @example
 * const r: RankStabilityResult = rankStability([[1, 2], [2, 1], [3, 3]], { weights: [0.5, 0.5], types: ['benefit', 'benefit'], seed: 1, draws: 100 })
 * r.subjects[2]?.topKProbability //=> 1
 */
export interface RankStabilityResult {
  /** One entry per subject, in input order. */
  readonly subjects: readonly SubjectStability[]
  /** Draws in which the method could not discriminate (all subjects tied at rank 1). */
  readonly degenerateDraws: number
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
    /** The seed. */
    readonly seed: number
    /** The number of draws. */
    readonly draws: number
    /** Always `xoroshiro128plus`. */
    readonly generator: 'xoroshiro128plus'
    /** Always `uniform-multiplicative`: x · (1 + U(−spread, spread)). */
    readonly perturbation: 'uniform-multiplicative'
    /** The weight spread. */
    readonly weightSpread: number
    /** The value spread. */
    readonly valueSpread: number
    /** k. */
    readonly topK: number
    /** The tie rule. */
    readonly ties: TieRule
    /** The relative tie tolerance. */
    readonly tolerance: number
  }
}

function percentileRank(counts: Uint32Array, base: number, m: number, draws: number, p: number): number {
  const target = p * draws
  let cum = 0
  for (let r = 0; r < m - 1; r++) {
    cum += u32(counts, base + r)
    if (cum >= target) return r + 1
  }
  return m
}

/**
 * Rank stability (排名稳健性) by seeded Monte-Carlo perturbation of the weights (and optionally of the
 * raw values): for each subject the probability of each rank, of being in the top k, its mean and
 * median rank and a 90 % rank interval. Deterministic for a seed (pure-rand xoroshiro128+).
 *
 * @param matrix - subjects × indicators (at least 2 subjects)
 * @param options - weights, directions, seed, draws, method and normalisation, spreads, k, tie rule
 * @returns per-subject stability, the number of degenerate draws and the conventions
 * @throws TongxinError `MCDM_NO_DISCRIMINATION` when the base problem cannot rank (TOPSIS); the validation
 *   errors of {@link topsis} / {@link weightedSum}; `MCDM_INVALID_ARGUMENT` for a bad seed, draws or spread
 * @see notes/evaluation.md §6 item 8 (Monte-Carlo rank intervals, COINr-style; deterministic with a seeded PRNG)
 * @example
 * const r = rankStability(
 *   [[0.9, 0.2], [0.5, 0.5], [0.2, 0.9]],
 *   { weights: [0.5, 0.5], types: ['benefit', 'benefit'], seed: 42, draws: 500, weightSpread: 0.5, topK: 1 },
 * )
 * r.subjects.map((s) => s.baseRank) //=> [1, 3, 1] (ties: competition)
 */
export function rankStability(matrix: Matrix | FlatMatrix, options: RankStabilityOptions): RankStabilityResult {
  const o = readOptions(options)
  const m = readMatrix(matrix, 'matrix', 2, 1)
  const { rows, cols, data } = m
  const { benefit, types } = readTypes(opt(o, 'types'), cols)
  const weightPolicy = readWeightPolicy(opt(o, 'weightPolicy'))
  const w = readWeights(opt(o, 'weights'), cols, weightPolicy)
  const scorer = readScorer(o, benefit)
  const seed = readSeed(opt(o, 'seed'))
  const draws = readNumber(opt(o, 'draws'), 'draws', { min: 1, max: 1_000_000, integer: true, fallback: 1000 })
  const weightSpread = readNumber(opt(o, 'weightSpread'), 'weightSpread', { min: 0, max: 0.99, fallback: 0.2 })
  const valueSpread = readNumber(opt(o, 'valueSpread'), 'valueSpread', { min: 0, max: 0.99, fallback: 0 })
  const topK = readNumber(opt(o, 'topK'), 'topK', { min: 1, max: rows, integer: true, fallback: Math.min(5, rows) })
  const withDistribution = readBoolean(opt(o, 'rankProbabilities'), 'rankProbabilities', true)
  const rankConv = readRankOptions({ ...o, order: 'descending' })
  const dense = rankConv.ties === 'dense'
  const tol = rankConv.tolerance

  const basePrep = scorer.prepare(m)
  const scores = new Float64Array(rows)
  const ranks = new Int32Array(rows)
  const scratch = rankScratch(rows)
  if (!scorer.score(basePrep, w, scores)) fail('MCDM_NO_DISCRIMINATION')
  fastRanksInto(scores, true, dense, tol, ranks, scratch)
  const baseRanks = Array.from(ranks)

  const rng = xoroshiro128plus(seed)
  const counts = new Uint32Array(rows * rows)
  const topCounts = new Uint32Array(rows)
  const rankSums = new Float64Array(rows)
  const wDraw = new Float64Array(cols)
  const perturbed = valueSpread > 0 ? new Float64Array(data.length) : data
  let degenerate = 0
  for (let d = 0; d < draws; d++) {
    let sum = 0
    for (let j = 0; j < cols; j++) {
      const x = f64(w, j) * (1 + weightSpread * (2 * uniformFloat64(rng) - 1))
      wDraw[j] = x
      sum += x
    }
    // sum > 0: the base weights sum to 1 and each factor is > 0 (spread < 1).
    for (let j = 0; j < cols; j++) wDraw[j] = f64(wDraw, j) / sum
    let prep = basePrep
    if (valueSpread > 0) {
      for (let t = 0; t < data.length; t++) perturbed[t] = f64(data, t) * (1 + valueSpread * (2 * uniformFloat64(rng) - 1))
      prep = scorer.prepare({ rows, cols, data: perturbed })
    }
    if (scorer.score(prep, wDraw, scores)) fastRanksInto(scores, true, dense, tol, ranks, scratch)
    else {
      degenerate++
      ranks.fill(1)
    }
    for (let i = 0; i < rows; i++) {
      const r = i32(ranks, i)
      counts[i * rows + r - 1] = u32(counts, i * rows + r - 1) + 1
      rankSums[i] = f64(rankSums, i) + r
      if (r <= topK) topCounts[i] = u32(topCounts, i) + 1
    }
  }
  const subjects: SubjectStability[] = []
  for (let i = 0; i < rows; i++) {
    const base = i * rows
    subjects.push(
      Object.freeze({
        subject: i,
        baseRank: at(baseRanks, i),
        meanRank: f64(rankSums, i) / draws,
        medianRank: percentileRank(counts, base, rows, draws, 0.5),
        rankInterval: Object.freeze([percentileRank(counts, base, rows, draws, 0.05), percentileRank(counts, base, rows, draws, 0.95)] as const),
        topKProbability: u32(topCounts, i) / draws,
        rankProbabilities: withDistribution ? frozenArray(Array.from(counts.subarray(base, base + rows), (c) => c / draws)) : Object.freeze([]),
      }),
    )
  }
  return Object.freeze({
    subjects: Object.freeze(subjects),
    degenerateDraws: degenerate,
    conventions: Object.freeze({
      method: scorer.method,
      normalization: scorer.normalization,
      weights: frozenArray(w),
      types,
      seed,
      draws,
      generator: 'xoroshiro128plus' as const,
      perturbation: 'uniform-multiplicative' as const,
      weightSpread,
      valueSpread,
      topK,
      ties: rankConv.ties,
      tolerance: tol,
    }),
  })
}
