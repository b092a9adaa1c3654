import type { CodedMessage } from '../../i18n/types'
import type { RankOrder, TieRule } from './types'
import { readRankOptions, rankVector } from './internal/rankOptions'
import { weightedSpearman } from './weightedSpearman'
import { wsCoefficient } from './wsCoefficient'
import { at, f64, fail, invalid, opt, readEnum, readMatrix, readOptions, readVector } from './internal/validate'

/**
 * How the scores of a period were normalised. `goalposts` (fixed thresholds, 达标评估) and `none`
 * (raw absolute scores) do not depend on the cohort; the others do, so deltas between periods can move
 * because the cohort changed.
 * @see notes/evaluation.md §3 (goalposts), §6 item 9
 * @example
 * const n: PeriodNormalization = 'goalposts'
 */
export type PeriodNormalization = 'goalposts' | 'none' | 'minmax' | 'vector' | 'max' | 'sum' | 'topsis' | 'vikor' | 'rank'

/**
 * One period's results: subject ids with their scores, and optionally the indicator values behind them.
 * @example
 * const p: PeriodData = { subjects: ['c1', 'c2'], scores: [81, 77], indicators: ['hours', 'teams'], values: [[12, 3], [9, 4]] }
 */
export interface PeriodData {
  /** Subject ids (unique, non-empty). */
  readonly subjects: readonly string[]
  /** One score per subject. */
  readonly scores: readonly number[]
  /** Indicator names (unique), if indicator values are given. */
  readonly indicators?: readonly string[]
  /** Subjects × indicators values, in the order of `subjects` and `indicators`. */
  readonly values?: readonly (readonly number[])[]
}

/**
 * Options of {@link comparePeriods}.
 * @example
 * const o: ComparePeriodsOptions = { normalization: 'goalposts', order: 'descending', ties: 'competition' }
 */
export interface ComparePeriodsOptions {
  /** How both periods' scores were normalised (required: it decides the cohort warning). */
  readonly normalization: PeriodNormalization
  /** `descending` (default: higher score is better) or `ascending` (e.g. VIKOR Q). */
  readonly order?: RankOrder
  /** Tie rule (default `competition`). */
  readonly ties?: TieRule
  /** Relative tie tolerance (default 1e-12). */
  readonly tolerance?: number
}

/**
 * One subject present in both periods.
 * @example
 * const d: SubjectDelta = { id: 'c1', previousScore: 78, currentScore: 81, scoreDelta: 3, previousRank: 2, currentRank: 1, rankDelta: 1 }
 */
export interface SubjectDelta {
  /** The subject id. */
  readonly id: string
  /** Score in the previous period. */
  readonly previousScore: number
  /** Score in the current period. */
  readonly currentScore: number
  /** current − previous. */
  readonly scoreDelta: number
  /** Rank in the previous period's whole cohort. */
  readonly previousRank: number
  /** Rank in the current period's whole cohort. */
  readonly currentRank: number
  /** previousRank − currentRank: positive means the subject moved up. */
  readonly rankDelta: number
}

/**
 * How one indicator moved among the subjects present in both periods.
 * @example
 * const m: IndicatorMove = { indicator: 'hours', meanDelta: 2.5, meanAbsDelta: 3, largest: { id: 'c2', delta: -4 } }
 */
export interface IndicatorMove {
  /** The indicator name. */
  readonly indicator: string
  /** Mean of (current − previous). */
  readonly meanDelta: number
  /** Mean of |current − previous| (the sort key, largest first). */
  readonly meanAbsDelta: number
  /** The subject with the largest |delta| (first by id on ties). */
  readonly largest: {
    /** The subject id. */
    readonly id: string
    /** Its delta. */
    readonly delta: number
  }
}

/**
 * The result of {@link comparePeriods}.
 * @example
 * const r: ComparePeriodsResult = comparePeriods({ subjects: ['a', 'b'], scores: [2, 1] }, { subjects: ['a', 'b'], scores: [1, 2] }, { normalization: 'none' })
 * r.similarity.ws //=> 0.25 (the top two swapped)
 */
export interface ComparePeriodsResult {
  /** Subjects present in both periods, sorted by id. */
  readonly subjects: readonly SubjectDelta[]
  /** Ids present only in the current period, sorted. */
  readonly entering: readonly string[]
  /** Ids present only in the previous period, sorted. */
  readonly leaving: readonly string[]
  /** Top-weighted rank similarity of the common subjects (re-ranked among themselves); previous is the reference. */
  readonly similarity: {
    /** WS coefficient (Sałabun & Urbaniak 2020). */
    readonly ws: number
    /** Weighted Spearman r_w. */
    readonly rw: number
    /** How many subjects were compared. */
    readonly subjects: number
  }
  /** Common indicators, largest mean |delta| first (empty without indicator values in both periods). */
  readonly indicators: readonly IndicatorMove[]
  /** Coded warnings: cohort-relative normalisation, cohort changes, differing indicators. */
  readonly warnings: readonly CodedMessage[]
  /** The conventions used. */
  readonly conventions: {
    /** The declared normalisation. */
    readonly normalization: PeriodNormalization
    /** Whether it is cohort-relative. */
    readonly cohortRelative: boolean
    /** Which end ranks first. */
    readonly order: RankOrder
    /** The tie rule. */
    readonly ties: TieRule
    /** The relative tie tolerance. */
    readonly tolerance: number
    /** Always `previous`: the reference ranking of WS. */
    readonly similarityReference: 'previous'
  }
}

const ABSOLUTE: readonly PeriodNormalization[] = ['goalposts', 'none']

interface ReadPeriod {
  readonly ids: readonly string[]
  readonly index: ReadonlyMap<string, number>
  readonly scores: Float64Array
  readonly indicators: readonly string[] | null
  readonly values: Float64Array | null
}

function readIds(value: unknown, name: string): readonly string[] {
  if (!Array.isArray(value)) return invalid(name, 'an array of strings')
  const out: string[] = []
  for (let i = 0; i < value.length; i++) {
    const id: unknown = value[i]
    if (typeof id !== 'string' || id.length === 0) return invalid(`${name}[${i}]`, 'a non-empty string')
    out.push(id)
  }
  return out
}

function readPeriod(value: unknown, name: string): ReadPeriod {
  const p = readOptions(value, name)
  const ids = readIds(opt(p, 'subjects'), `${name}.subjects`)
  const index = new Map<string, number>()
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? ''
    if (index.has(id)) fail('MCDM_DUPLICATE_SUBJECT', { id })
    index.set(id, i)
  }
  const scores = readVector(opt(p, 'scores'), `${name}.scores`, ids.length, 0)
  const indOpt = opt(p, 'indicators')
  const valOpt = opt(p, 'values')
  if (indOpt === undefined && valOpt === undefined) return { ids, index, scores, indicators: null, values: null }
  const indicators = readIds(indOpt, `${name}.indicators`)
  if (new Set(indicators).size !== indicators.length) invalid(`${name}.indicators`, 'unique names')
  if (indicators.length === 0 || ids.length === 0) return { ids, index, scores, indicators: null, values: null }
  const m = readMatrix(valOpt, `${name}.values`, 1, 1)
  if (m.rows !== ids.length) fail('MCDM_DIMENSION_MISMATCH', { name: `${name}.values`, expected: ids.length, actual: m.rows })
  if (m.cols !== indicators.length) fail('MCDM_DIMENSION_MISMATCH', { name: `${name}.values[0]`, expected: indicators.length, actual: m.cols })
  return { ids, index, scores, indicators, values: m.data }
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Compares two periods' results (两期对比): score and rank deltas per subject, subjects entering and
 * leaving the cohort, top-weighted rank similarity (WS and r_w) of the common subjects, the indicators
 * that moved most, and a warning when a cohort-relative normalisation makes the deltas misleading.
 *
 * @param previous - the earlier period
 * @param current - the later period
 * @param options - the declared normalisation (required), order, tie rule
 * @returns deltas, entering/leaving, similarity, indicator moves, warnings and the conventions
 * @throws TongxinError `MCDM_DUPLICATE_SUBJECT`, `MCDM_DIMENSION_MISMATCH`, `MCDM_NOT_FINITE`, `MCDM_INVALID_ARGUMENT`
 * @see notes/evaluation.md §2.8 (WS, r_w), §6 item 9 (comparison between periods, goalposts)
 * @example
 * const r = comparePeriods(
 *   { subjects: ['a', 'b', 'c'], scores: [90, 80, 70] },
 *   { subjects: ['a', 'b', 'd'], scores: [85, 88, 60] },
 *   { normalization: 'goalposts' },
 * )
 * r.entering          //=> ['d']
 * r.leaving           //=> ['c']
 * r.subjects[1]?.rankDelta //=> 1 (b moved from 2nd to 1st)
 */
export function comparePeriods(previous: PeriodData, current: PeriodData, options: ComparePeriodsOptions): ComparePeriodsResult {
  const o = readOptions(options)
  const normalization = readEnum(opt(o, 'normalization'), 'normalization', [
    'goalposts',
    'none',
    'minmax',
    'vector',
    'max',
    'sum',
    'topsis',
    'vikor',
    'rank',
  ] as const)
  const rankConv = readRankOptions(o)
  const prev = readPeriod(previous, 'previous')
  const cur = readPeriod(current, 'current')
  const prevRanks = rankVector(prev.scores, rankConv).ranks
  const curRanks = rankVector(cur.scores, rankConv).ranks
  const pairs: { id: string; i: number; j: number }[] = []
  prev.ids.forEach((id, i) => {
    const j = cur.index.get(id)
    if (j !== undefined) pairs.push({ id, i, j })
  })
  pairs.sort((a, b) => byCodeUnits(a.id, b.id))
  const entering = cur.ids.filter((id) => !prev.index.has(id)).sort(byCodeUnits)
  const leaving = prev.ids.filter((id) => !cur.index.has(id)).sort(byCodeUnits)
  const subjects: SubjectDelta[] = []
  const commonPrev = new Float64Array(pairs.length)
  const commonCur = new Float64Array(pairs.length)
  pairs.forEach(({ id, i, j }, k) => {
    const ps = f64(prev.scores, i)
    const cs = f64(cur.scores, j)
    commonPrev[k] = ps
    commonCur[k] = cs
    const pr = at(prevRanks, i)
    const cr = at(curRanks, j)
    subjects.push(
      Object.freeze({ id, previousScore: ps, currentScore: cs, scoreDelta: cs - ps, previousRank: pr, currentRank: cr, rankDelta: pr - cr }),
    )
  })
  let ws = 1
  let rw = 1
  if (pairs.length > 0) {
    const x = rankVector(commonPrev, rankConv).ranks
    const y = rankVector(commonCur, rankConv).ranks
    ws = wsCoefficient(x, y)
    rw = weightedSpearman(x, y)
  }
  const warnings: CodedMessage[] = []
  const cohortRelative = !ABSOLUTE.includes(normalization)
  if (cohortRelative) {
    warnings.push(Object.freeze({ code: 'MCDM_WARN_COHORT_RELATIVE', params: Object.freeze({ normalization }) }))
    if (entering.length > 0 || leaving.length > 0) {
      warnings.push(Object.freeze({ code: 'MCDM_WARN_COHORT_CHANGED', params: Object.freeze({ entering: entering.length, leaving: leaving.length }) }))
    }
  }
  const indicators: IndicatorMove[] = []
  if (prev.indicators !== null && cur.indicators !== null && prev.values !== null && cur.values !== null && pairs.length > 0) {
    const pCols = prev.indicators.length
    const cCols = cur.indicators.length
    const curCol = new Map(cur.indicators.map((name, j) => [name, j]))
    const shared: { name: string; pj: number; cj: number }[] = []
    prev.indicators.forEach((name, pj) => {
      const cj = curCol.get(name)
      if (cj !== undefined) shared.push({ name, pj, cj })
    })
    if (shared.length !== pCols || shared.length !== cCols) {
      const names = Object.freeze(shared.map((x) => x.name).sort(byCodeUnits))
      warnings.push(Object.freeze({ code: 'MCDM_WARN_INDICATORS_DIFFER', params: Object.freeze({ names }) }))
    }
    for (const { name, pj, cj } of shared) {
      let sum = 0
      let abs = 0
      let largestId = ''
      let largest = -1
      let largestDelta = 0
      for (const { id, i, j } of pairs) {
        const d = f64(cur.values, j * cCols + cj) - f64(prev.values, i * pCols + pj)
        sum += d
        abs += Math.abs(d)
        if (Math.abs(d) > largest) {
          largest = Math.abs(d)
          largestId = id
          largestDelta = d
        }
      }
      indicators.push(
        Object.freeze({
          indicator: name,
          meanDelta: sum / pairs.length,
          meanAbsDelta: abs / pairs.length,
          largest: Object.freeze({ id: largestId, delta: largestDelta }),
        }),
      )
    }
    indicators.sort((a, b) => b.meanAbsDelta - a.meanAbsDelta || byCodeUnits(a.indicator, b.indicator))
  }
  return Object.freeze({
    subjects: Object.freeze(subjects),
    entering: Object.freeze(entering),
    leaving: Object.freeze(leaving),
    similarity: Object.freeze({ ws, rw, subjects: pairs.length }),
    indicators: Object.freeze(indicators),
    warnings: Object.freeze(warnings),
    conventions: Object.freeze({
      normalization,
      cohortRelative,
      order: rankConv.order,
      ties: rankConv.ties,
      tolerance: rankConv.tolerance,
      similarityReference: 'previous' as const,
    }),
  })
}
